import { expect, test } from '@playwright/test';
import { currencyExponent, describeMoney, formatMinorUnits, toMinorUnits } from '../../helpers/money/money.ts';

test('exponents follow ISO 4217: USD 2, JPY 0, KWD 3', () => {
  expect([currencyExponent('USD'), currencyExponent('JPY'), currencyExponent('KWD')]).toEqual([2, 0, 3]);
});

test('major to minor units and back, per exponent', () => {
  expect(toMinorUnits('65.40', 'USD')).toBe(6540);
  expect(toMinorUnits('65.4', 'USD')).toBe(6540);
  expect(toMinorUnits('980', 'JPY')).toBe(980);
  expect(toMinorUnits('12.345', 'KWD')).toBe(12345);
  expect(formatMinorUnits(6540, 'USD')).toBe('65.40');
  expect(formatMinorUnits(5, 'USD')).toBe('0.05');
  expect(formatMinorUnits(980, 'JPY')).toBe('980');
  expect(formatMinorUnits(12345, 'KWD')).toBe('12.345');
  expect(describeMoney(1, 'KWD')).toBe('0.001 KWD');
});

test('refuses more decimals than the currency has, naming the field', () => {
  expect(() => toMinorUnits('1.5', 'JPY')).toThrow('amount: JPY has 0 decimal place(s), got "1.5"');
  expect(() => toMinorUnits('1.2345', 'KWD')).toThrow(/KWD has 3 decimal place/);
  expect(() => toMinorUnits('abc', 'USD')).toThrow(/amount: expected a decimal/);
  expect(() => currencyExponent('XYZ')).toThrow(/currency: expected an ISO 4217 code/);
  expect(() => formatMinorUnits(1.5, 'USD')).toThrow(/non-negative integer/);
});
