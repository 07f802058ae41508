import { toMinorUnits } from '../../helpers/money/money.ts';

// Every lifecycle runs in currencies with 2, 0 and 3 decimal places.
export const lifecycleCurrencies = [
  { currency: 'USD', amount: toMinorUnits('65.40', 'USD') },
  { currency: 'JPY', amount: toMinorUnits('980', 'JPY') },
  { currency: 'KWD', amount: toMinorUnits('12.345', 'KWD') },
] as const;
