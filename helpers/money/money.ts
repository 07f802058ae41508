// Money is always an integer number of minor units; the exponent says where the decimal point sits.
// ISO 4217 exponents for the currencies golive exercises, plus the common ones a merchant may configure.
const CURRENCY_EXPONENTS: Readonly<Record<string, number>> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  INR: 2,
  AUD: 2,
  CAD: 2,
  SGD: 2,
  CHF: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  BRL: 2,
  MXN: 2,
  JPY: 0,
  KRW: 0,
  VND: 0,
  CLP: 0,
  ISK: 0,
  XOF: 0,
  XAF: 0,
  UGX: 0,
  KWD: 3,
  BHD: 3,
  JOD: 3,
  OMR: 3,
  TND: 3,
  LYD: 3,
  IQD: 3,
};

export type CurrencyCode = string;

export function isSupportedCurrency(code: string): boolean {
  return Object.hasOwn(CURRENCY_EXPONENTS, code);
}

export function supportedCurrencies(): string[] {
  return Object.keys(CURRENCY_EXPONENTS);
}

export function currencyExponent(currency: CurrencyCode): number {
  const exponent = CURRENCY_EXPONENTS[currency];
  if (exponent === undefined) throw new RangeError(`currency: expected an ISO 4217 code golive knows, got ${JSON.stringify(currency)}`);
  return exponent;
}

export function isMinorUnitAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** "12.34" USD -> 1234; "1234" JPY -> 1234; "1.234" KWD -> 1234. Refuses more decimals than the currency has. */
export function toMinorUnits(major: string, currency: CurrencyCode): number {
  const exponent = currencyExponent(currency);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(major.trim());
  if (!match) throw new RangeError(`amount: expected a decimal like "12.34", got ${JSON.stringify(major)}`);
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > exponent) {
    throw new RangeError(`amount: ${currency} has ${exponent} decimal place(s), got ${JSON.stringify(major)}`);
  }
  const minor = BigInt(whole) * 10n ** BigInt(exponent) + BigInt(fraction.padEnd(exponent, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`amount: ${major} ${currency} is too large`);
  return Number(minor);
}

/** 1234 USD -> "12.34"; 1234 JPY -> "1234"; 1234 KWD -> "1.234". */
export function formatMinorUnits(minor: number, currency: CurrencyCode): string {
  if (!isMinorUnitAmount(minor)) throw new RangeError(`amount: expected a non-negative integer of minor units, got ${String(minor)}`);
  const exponent = currencyExponent(currency);
  if (exponent === 0) return String(minor);
  const digits = String(minor).padStart(exponent + 1, '0');
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** A display string such as "12.34 USD", for steps and report titles. */
export function describeMoney(minor: number, currency: CurrencyCode): string {
  return `${formatMinorUnits(minor, currency)} ${currency}`;
}
