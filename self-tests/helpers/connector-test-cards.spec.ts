import { expect, test } from '@playwright/test';
import { connectorCardFunding, connectorCardOutcome, connectorFamily, connectorTestCards, settlesLater } from '../../helpers/cards/connector-test-cards.ts';
import { luhnValid } from '../../helpers/cards/test-cards.ts';

const families = ['stripe', 'adyen', 'checkout'] as const;
const noThreeDs = { threeDsRequested: false };
const withThreeDs = { threeDsRequested: true };

test('every card in every connector table is a real card number (Luhn, 12-19 digits) and listed once', () => {
  for (const family of families) {
    const numbers = connectorTestCards(family).map((card) => card.number);
    expect(
      numbers.filter((n) => !luhnValid(n)),
      `${family}: numbers failing Luhn`,
    ).toEqual([]);
    expect(new Set(numbers).size, `${family}: duplicates`).toBe(numbers.length);
  }
});

test('the cards their docs name are accepted as their docs say', () => {
  expect(connectorCardOutcome('stripe', { number: '4000000000003063', ...noThreeDs })).toEqual({ kind: 'challenge' });
  expect(connectorCardOutcome('stripe', { number: '371449635398431', ...noThreeDs })).toEqual({ kind: 'success' });
  expect(connectorCardOutcome('adyen', { number: '4917610000000000', ...withThreeDs })).toEqual({ kind: 'challenge' });
  expect(connectorCardOutcome('adyen', { number: '4917610000000000', ...noThreeDs }), 'no challenge when 3DS was not asked for').toEqual({ kind: 'success' });
  expect(connectorCardOutcome('adyen', { number: '371449635398431', ...withThreeDs })).toEqual({ kind: 'challenge' });
  expect(connectorCardOutcome('checkout', { number: '4005519200000004', ...noThreeDs })).toEqual({ kind: 'success' });
  expect(connectorCardOutcome('checkout', { number: '4242424242424242', ...withThreeDs })).toEqual({ kind: 'challenge' });
});

test('declines carry the code and message Hyperswitch reports for that connector', () => {
  expect(connectorCardOutcome('stripe', { number: '4000000000009995', ...noThreeDs })).toEqual({
    kind: 'decline',
    code: 'card_declined',
    message: 'message - Your card has insufficient funds., decline_code - insufficient_funds',
  });
  expect(connectorCardOutcome('stripe', { number: '4000000000000069', ...noThreeDs })).toMatchObject({ kind: 'decline', code: 'expired_card' });
  expect(connectorCardOutcome('adyen', { number: '4111111111111111', holderName: 'not_enough_balance', ...noThreeDs })).toEqual({
    kind: 'decline',
    code: '12',
    message: 'Not enough balance',
  });
  expect(connectorCardOutcome('adyen', { number: '4111111111111111', holderName: 'Jane Doe', ...noThreeDs })).toEqual({ kind: 'success' });
  expect(connectorCardOutcome('checkout', { number: '4544249167673670', ...noThreeDs })).toEqual({
    kind: 'decline',
    code: '20051',
    message: 'Insufficient Funds',
  });
});

test("a number outside a connector's table is refused the way that test environment refuses it", () => {
  expect(connectorCardOutcome('stripe', { number: '4111111111111111', ...noThreeDs })).toMatchObject({
    kind: 'decline',
    code: 'card_declined',
    message: expect.stringContaining('test_mode_live_card'),
  });
  expect(connectorCardOutcome('adyen', { number: '4012888888881881', ...noThreeDs })).toEqual({ kind: 'decline', code: '8', message: 'Invalid Card Number' });
  expect(connectorCardOutcome('checkout', { number: '4111111111111111', ...noThreeDs })).toMatchObject({ kind: 'decline', code: '20014' });
});

test("Hyperswitch's dummy connectors keep golive's catalogue, and the table is chosen by connector_name", () => {
  expect(connectorFamily('stripe_test')).toBe('dummy');
  expect(connectorFamily('adyen')).toBe('adyen');
  expect(connectorCardOutcome('stripe_test', { number: '4000003800000446', ...noThreeDs })).toEqual({ kind: 'challenge' });
  expect(connectorCardOutcome('adyen_test', { number: '4917610000000000', ...withThreeDs })).toMatchObject({ kind: 'decline', code: 'card_not_supported' });
});

test('debit cards, and the processors that settle refunds and captures later', () => {
  expect(connectorCardFunding('adyen', '4400000000000008')).toBe('debit');
  expect(connectorCardFunding('checkout', '4242424242424242')).toBe('credit');
  expect(connectorCardFunding('stripe_test', '4000056655665556')).toBe('debit');
  expect([
    settlesLater('adyen', 'refund'),
    settlesLater('adyen', 'capture'),
    settlesLater('stripe', 'refund'),
    settlesLater('checkout_test', 'capture'),
  ]).toEqual([true, true, false, false]);
});
