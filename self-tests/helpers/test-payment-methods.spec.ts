import { expect, test } from '@playwright/test';
import { connectorProfile, ProfileMethods } from '../../helpers/connectors/connector-profiles.ts';
import {
  bankDebitOutcome,
  connectorDebitOutcome,
  giftCardOutcome,
  methodTestEnvironment,
  testBankAccounts,
  testGiftCards,
  testWalletCards,
  walletCardOutcome,
  type BankDebitType,
} from '../../helpers/connectors/test-payment-methods.ts';
import { methodResult } from '../../sandbox/connector/payment-methods.ts';

// The non-card test data per connector: the simulator's tables (what the sandbox's connector does) and the
// profiles (what the scenarios expect of it) must agree, and each table must say what its connector's docs say.

const debitTypes: BankDebitType[] = ['ach', 'bacs', 'sepa'];
const credentialOf = (account: { account_number: string } | { iban: string }) => ('iban' in account ? account.iban : account.account_number);

test("the table is chosen by the connector account's connector_name, as for cards: the *_test dummies share golive's table", () => {
  expect(methodTestEnvironment('stripe_test')).toBe(methodTestEnvironment('adyen_test'));
  expect(methodTestEnvironment('adyen')).not.toBe(methodTestEnvironment('adyen_test'));
  expect(methodTestEnvironment('stripe')).not.toBe(methodTestEnvironment('stripe_test'));
  expect(connectorDebitOutcome('stripe_test', 'ach', '000111111113'), 'an account only Stripe returns settles at the dummy connector').toEqual({
    atOnce: false,
    settles: { kind: 'success' },
  });
});

test("Stripe's test bank accounts are returned with Stripe's failure code; its succeeding account settles", () => {
  expect(connectorDebitOutcome('stripe', 'ach', '000123456789')).toEqual({ atOnce: false, settles: { kind: 'success' } });
  const code = (account: string) => {
    const outcome = connectorDebitOutcome('stripe', 'ach', account).settles;
    return outcome.kind === 'decline' ? outcome.code : outcome.kind;
  };
  expect(['000111111113', '000111111116', '000222222227', '000333333335'].map(code)).toEqual([
    'account_closed',
    'no_account',
    'insufficient_funds',
    'debit_not_authorized',
  ]);
  expect(connectorDebitOutcome('stripe', 'bacs', '22222227').settles).toMatchObject({ kind: 'decline', code: 'insufficient_funds' });
  expect(connectorDebitOutcome('stripe', 'bacs', '33333335').settles).toMatchObject({ kind: 'decline', code: 'debit_not_authorized' });
  expect(connectorDebitOutcome('stripe', 'sepa', 'DE65370400440002222227').settles).toMatchObject({ kind: 'decline', code: 'insufficient_funds' });
  expect(connectorDebitOutcome('stripe', 'sepa', 'AT861904300235473202').settles, 'a failing IBAN whose code the docs do not name').toMatchObject({
    kind: 'decline',
  });
  expect(connectorDebitOutcome('stripe', 'sepa', 'AT611904300234573201').settles).toEqual({ kind: 'success' });
});

test('Adyen authorises a SEPA debit at once and leaves BACS and ACH processing; no test account is returned', () => {
  expect(connectorDebitOutcome('adyen', 'sepa', 'DE89370400440532013000')).toEqual({ atOnce: true, settles: { kind: 'success' } });
  expect(connectorDebitOutcome('adyen', 'bacs', '09083055')).toEqual({ atOnce: false, settles: { kind: 'success' } });
  expect(connectorDebitOutcome('adyen', 'sepa', testBankAccounts.sepa.returned.iban).settles, "the dummy table's returned IBAN means nothing at Adyen").toEqual(
    { kind: 'success' },
  );
});

test("Adyen's Givex card is refused by Hyperswitch's balance check above its balance or in another currency", () => {
  const adyen = methodTestEnvironment('adyen');
  const pay = (amount: number, currency: string) => adyen.giftCardOutcome({ credential: '6006490000000000', amount, currency });
  expect(pay(1100, 'EUR')).toEqual({ kind: 'success' });
  expect(pay(14100, 'EUR')).toEqual({ kind: 'decline', code: 'No error code', message: 'Insufficient balance in the payment method' });
  expect(pay(1100, 'USD')).toEqual({ kind: 'decline', code: 'No error code', message: 'Payment Method currency does not match the payment currency' });
  expect(
    adyen.giftCardOutcome({ credential: testGiftCards.noBalance.number, amount: 100, currency: 'EUR' }),
    'another number keeps the dummy answer',
  ).toMatchObject({ kind: 'decline', code: 'insufficient_balance' });
});

test('the dummy exports keep their shape and answers (the Unified Checkout tabs read them)', () => {
  expect(testBankAccounts.sepa.settles.iban).toBe('DE89370400440532013000');
  expect(bankDebitOutcome(testBankAccounts.ach.returned.account_number)).toMatchObject({ kind: 'decline', code: 'insufficient_funds' });
  expect(bankDebitOutcome(testBankAccounts.bacs.settles.account_number)).toEqual({ kind: 'success' });
  expect(giftCardOutcome(testGiftCards.withBalance.number)).toEqual({ kind: 'success' });
  expect(walletCardOutcome(testWalletCards.declined)).toMatchObject({ kind: 'decline', code: 'card_declined' });
});

for (const name of ['stripe_test', 'stripe', 'adyen', 'checkout'] as const) {
  test(`the ${name} profile's non-card methods do at ${name}'s test environment what the profile expects`, () => {
    const { methods, connector } = connectorProfile(name);
    const environment = methodTestEnvironment(connector);
    for (const type of debitTypes) {
      const debit = methods[type];
      const settled = connectorDebitOutcome(connector, type, credentialOf(debit.settles));
      expect(settled.settles, `${type} settles`).toEqual({ kind: 'success' });
      expect(debit.afterConfirm, `${type} right after confirm`).toBe(settled.atOnce ? 'succeeded' : 'processing');
      if (debit.returned) {
        expect(connectorDebitOutcome(connector, type, credentialOf(debit.returned)).settles, `${type} returned`).toMatchObject({
          kind: 'decline',
          code: debit.returnedErrorCode,
        });
      }
    }
    const { withBalance, noBalance } = methods.giftCard;
    expect(environment.giftCardOutcome({ credential: withBalance.number, amount: withBalance.amount, currency: withBalance.currency })).toEqual({
      kind: 'success',
    });
    expect(environment.giftCardOutcome({ credential: noBalance.number, amount: noBalance.amount, currency: noBalance.currency })).toMatchObject({
      kind: 'decline',
      code: methods.giftCard.noBalanceErrorCode,
    });
    expect(environment.walletOutcome(methods.wallet.approvedLast4)).toEqual({ kind: 'success' });
    expect(environment.walletOutcome(methods.wallet.declinedLast4)).toMatchObject({ kind: 'decline', code: methods.wallet.declinedErrorCode });
  });
}

test("the simulator leaves a debit pending, or answers it at once where the connector authorises it, by the request's connector", () => {
  const sepa = (connector: string) =>
    methodResult(
      { payment_method: 'bank_debit', payment_method_type: 'sepa', flow: 'debit', credential: 'DE89370400440532013000' },
      { amount: 4200, currency: 'EUR', connector },
    );
  expect(sepa('stripe_test')).toEqual({ kind: 'pending', settles: { kind: 'success' } });
  expect(sepa('adyen')).toEqual({ kind: 'success' });
  const givex = methodResult(
    { payment_method: 'gift_card', payment_method_type: 'givex', flow: 'direct', credential: '6006490000000000' },
    { amount: 14100, currency: 'EUR', connector: 'adyen' },
  );
  expect(givex).toMatchObject({ kind: 'decline', message: 'Insufficient balance in the payment method' });
  const returned = methodResult(
    { payment_method: 'bank_debit', payment_method_type: 'ach', flow: 'debit', credential: '000111111113' },
    { amount: 4200, currency: 'USD' },
  );
  expect(returned, 'without a connector the dummy table decides').toEqual({ kind: 'pending', settles: { kind: 'success' } });
});

test('profile methods are refused with the field named: an IBAN with spaces, a returned account without its code', () => {
  const methods = connectorProfile('stripe_test').methods;
  const spaced = ProfileMethods.safeParse({ ...methods, sepa: { ...methods.sepa, settles: { iban: 'DE89 3704 0044 0532 0130 00' } } });
  expect(spaced.error?.issues[0]).toMatchObject({
    path: ['sepa', 'settles', 'iban'],
    message: 'expected an IBAN (country code, check digits, account), no spaces',
  });
  const uncoded = ProfileMethods.safeParse({ ...methods, ach: { ...methods.ach, returnedErrorCode: null } });
  expect(uncoded.error?.issues[0]).toMatchObject({
    path: ['ach', 'returnedErrorCode'],
    message: 'expected an error code exactly when there is a returned account',
  });
});
