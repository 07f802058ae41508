import { expect, test } from '@playwright/test';
import { ApiError } from '../../sandbox/gateway/model/api-error.ts';
import { validateCard } from '../../sandbox/gateway/rules/card.ts';

// The sandbox's card checks against Hyperswitch's (crates/cards, core/payments/helpers.rs), with a fixed clock.

const now = new Date(Date.UTC(2026, 11, 1, 15, 0, 0)); // 1 December 2026
const card = (overrides: Partial<Record<'card_number' | 'card_exp_month' | 'card_exp_year' | 'card_cvc', string>> = {}) => ({
  card_number: '4242424242424242',
  card_exp_month: '12',
  card_exp_year: '2026',
  card_cvc: '123',
  ...overrides,
});
const verdict = (overrides: Parameters<typeof card>[0]) => {
  try {
    validateCard(card(overrides), now);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return `${error.status} ${error.code} ${error.message}`;
  }
};

test('card numbers: characters, length 8..19 and Luhn, as deserialisation errors', () => {
  expect(verdict({ card_number: '4242 4242 4242 4242' })).toBe('accepted');
  expect(verdict({ card_number: '4242-4242' })).toBe('400 IR_06 Json deserialize error: invalid character found in card number');
  expect(verdict({ card_number: '4242424' })).toBe('400 IR_06 Json deserialize error: invalid card number length');
  expect(verdict({ card_number: '42424242424242424242' })).toBe('400 IR_06 Json deserialize error: invalid card number length');
  expect(verdict({ card_number: '4242424242424241' })).toBe('400 IR_06 Json deserialize error: card number invalid');
});

test('CVC: length first (IR_16), then digits (IR_07)', () => {
  expect(verdict({ card_cvc: '1234' })).toBe('accepted');
  expect(verdict({ card_cvc: '12' })).toBe('400 IR_16 Invalid card_cvc length');
  expect(verdict({ card_cvc: '12345' })).toBe('400 IR_16 Invalid card_cvc length');
  expect(verdict({ card_cvc: '12a' })).toBe('400 IR_07 Invalid value provided: card_cvc');
});

test('expiry: month range, year before this one, and a month already over', () => {
  expect(verdict({ card_exp_month: '1', card_exp_year: '27' })).toBe('accepted');
  expect(verdict({ card_exp_month: 'ab' })).toBe('400 IR_07 Invalid value provided: card_exp_month');
  expect(verdict({ card_exp_month: '00' })).toBe('400 IR_16 Invalid Expiry Month');
  expect(verdict({ card_exp_month: '13' })).toBe('400 IR_16 Invalid Expiry Month');
  expect(verdict({ card_exp_year: '2025' })).toBe('400 IR_16 Invalid Expiry Year');
  expect(verdict({ card_exp_year: '25' })).toBe('400 IR_16 Invalid Expiry Year');
  expect(verdict({ card_exp_year: '20x6' })).toBe('400 IR_07 Invalid value provided: card_exp_year');
  expect(verdict({ card_exp_month: '11', card_exp_year: '2026' })).toBe('400 IR_16 Card Expired');
  // December 2026 is valid through the last day of the month (and a day's grace for time zones).
  expect(verdict({ card_exp_month: '12', card_exp_year: '2026' })).toBe('accepted');
});
