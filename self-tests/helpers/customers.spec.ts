import { expect, test } from '@playwright/test';
import { CustomerBook, currencyCountry, derivedSeed, fakeCustomer, paymentCustomerFields } from '../../helpers/customers/customers.ts';
import { supportedCurrencies } from '../../helpers/money/money.ts';
import { PaymentCustomerFields } from '../../helpers/schemas/index.ts';
import { parseRunSeed, ensureRunSeed } from '../../fixtures/internal/run-seed.ts';

test('the same seed gives the same customer, a different seed a different one', () => {
  expect(fakeCustomer(1234, 'USD')).toEqual(fakeCustomer(1234, 'USD'));
  const [a, b] = [fakeCustomer(1234, 'USD'), fakeCustomer(1235, 'USD')];
  expect(a.id).not.toBe(b.id);
  expect(`${a.firstName} ${a.lastName} ${a.email}`).not.toBe(`${b.firstName} ${b.lastName} ${b.email}`);
});

test("a test's customers follow the run seed and the test id", () => {
  const forTest = (runSeed: number, testId: string) => new CustomerBook(derivedSeed(runSeed, testId)).for('EUR');
  expect(forTest(7, 'test-a')).toEqual(forTest(7, 'test-a'));
  expect(forTest(7, 'test-a').id).not.toBe(forTest(8, 'test-a').id);
  expect(forTest(7, 'test-a').id).not.toBe(forTest(7, 'test-b').id);
  const book = new CustomerBook(99);
  expect(book.for('JPY')).toBe(book.for('JPY'));
});

test("the customer lives in the currency's country", () => {
  expect(fakeCustomer(1, 'USD').billing.country).toBe('US');
  expect(fakeCustomer(1, 'GBP').billing.country).toBe('GB');
  expect(fakeCustomer(1, 'KWD').billing.country).toBe('KW');
  const japanese = fakeCustomer(1, 'JPY');
  expect(japanese).toMatchObject({ callingCode: '+81', billing: { country: 'JP' } });
  // faker's ja names are written in Japanese script.
  expect(japanese.lastName).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
});

test('every currency golive knows has a country for its customers', () => {
  for (const currency of supportedCurrencies()) expect(() => currencyCountry(currency), currency).not.toThrow();
  expect(() => currencyCountry('XYZ')).toThrow(/currency: expected one of .* got "XYZ"/);
});

test("the payment fields are Hyperswitch's: customer_id equals customer.id, addresses with the customer's email", () => {
  const customer = fakeCustomer(42, 'EUR');
  const fields = PaymentCustomerFields.parse(paymentCustomerFields(customer));
  expect(fields.customer?.id).toBe(fields.customer_id);
  expect(fields.billing?.address).toMatchObject({ first_name: customer.firstName, last_name: customer.lastName, country: 'DE' });
  expect(fields.shipping?.email).toBe(customer.email);
  expect(customer.email).toMatch(/@example\.(com|net|org)$/);
  expect(customer.phone).toMatch(/^\d{6,12}$/);
});

test('GOLIVE_SEED is kept when given, chosen and exported when not, and refused when not a number', () => {
  expect(ensureRunSeed({ GOLIVE_SEED: '31337' })).toBe(31337);
  const env: NodeJS.ProcessEnv = {};
  const chosen = ensureRunSeed(env);
  expect(env.GOLIVE_SEED).toBe(String(chosen));
  expect(ensureRunSeed(env)).toBe(chosen);
  expect(() => parseRunSeed('abc')).toThrow(/GOLIVE_SEED: expected a whole number from 0 to 4294967295, got "abc"/);
  expect(() => parseRunSeed('99999999999')).toThrow(/GOLIVE_SEED/);
});
