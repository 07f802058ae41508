import { connectorFamily, type ConnectorFamily } from '../cards/connector-test-cards.ts';

// Test data for the payment methods that are not cards, per connector test environment, shared by the
// connector simulator (which decides outcomes from it) and the connector profiles (which the scenarios pay
// with), so both agree. The table is chosen by the connector account's connector_name, exactly as the card
// tables are (connectorFamily in connector-test-cards.ts). Where a connector's public docs say nothing,
// its table falls back to the dummy one below, and says so.

export type MethodOutcome = { kind: 'success' } | { kind: 'decline'; code: string; message: string };

export interface AchAccount {
  account_number: string;
  routing_number: string;
}
export interface BacsAccount {
  account_number: string;
  sort_code: string;
}
export interface SepaAccount {
  iban: string;
}
export type BankDebitType = 'ach' | 'bacs' | 'sepa';

/** How a debit of one type is paid and answered in a test environment. */
export interface DebitTestData<Account> {
  readonly currency: string;
  readonly holderName: string;
  readonly settles: Account;
  /** Returned by the bank after `processing`; null where the test environment documents no such account. */
  readonly returned: Account | null;
  /** The processor authorises the debit at once (Adyen's SEPA: `succeeded` straight away) instead of leaving it `processing` until the bank answers. */
  readonly answeredAtOnce: boolean;
}

export interface GiftCardPayment {
  readonly number: string;
  readonly cvc: string;
  readonly amount: number;
  readonly currency: string;
}

/** What a connector's test environment does with the non-card methods. */
export interface MethodTestEnvironment {
  readonly bankDebits: { readonly ach: DebitTestData<AchAccount>; readonly bacs: DebitTestData<BacsAccount>; readonly sepa: DebitTestData<SepaAccount> };
  /** Account number or IBAN → the return the bank sends after processing; any other account settles. */
  readonly debitReturns: Readonly<Record<string, MethodOutcome>>;
  readonly giftCards: { readonly withBalance: GiftCardPayment; readonly noBalance: GiftCardPayment };
  readonly giftCardOutcome: (attempt: MethodAttempt) => MethodOutcome;
  /** Google Pay / Apple Pay: the wallet card's last four digits decide, as a card number would. */
  readonly walletCards: { readonly approved: string; readonly declined: string };
  readonly walletOutcome: (last4: string) => MethodOutcome;
}

/** What the processor decides a non-card payment by: the credential (account number, IBAN, gift-card number, wallet card's last four) and the amount. */
export interface MethodAttempt {
  credential: string;
  amount: number;
  currency: string;
}

const decline = (code: string, message: string): MethodOutcome => ({ kind: 'decline', code, message });
const success: MethodOutcome = { kind: 'success' };

// ---- Dummy connectors (stripe_test, adyen_test, …): golive's own table, modelled on Stripe's test bank accounts.

const dummyReturned = decline('insufficient_funds', 'The debit was returned: insufficient funds in the account.');

/** The dummy connectors' accounts; the Unified Checkout tabs read these for the default profile. */
export const testBankAccounts = {
  ach: {
    settles: { account_number: '000123456789', routing_number: '110000000' },
    returned: { account_number: '000222222227', routing_number: '110000000' },
  },
  bacs: {
    settles: { account_number: '00012345', sort_code: '108800' },
    returned: { account_number: '22222227', sort_code: '108800' },
  },
  sepa: {
    settles: { iban: 'DE89370400440532013000' },
    returned: { iban: 'DE62370400440532013001' },
  },
} as const;

export const testGiftCards = {
  withBalance: { number: '6036280000000000000', cvc: '123' },
  noBalance: { number: '6036280000000000002', cvc: '123' },
} as const;

export const testWalletCards = { approved: '4242', declined: '0002' } as const;

/** The dummy connectors' answer to a debit (settles or is returned), keyed by the account number or IBAN. */
export function bankDebitOutcome(account: string): MethodOutcome {
  return dummy.debitReturns[account] ?? success;
}

export function giftCardOutcome(number: string): MethodOutcome {
  return number === testGiftCards.noBalance.number ? decline('insufficient_balance', 'Not enough balance on the gift card.') : success;
}

export function walletCardOutcome(last4: string): MethodOutcome {
  return last4 === testWalletCards.declined ? decline('card_declined', 'Your card was declined.') : success;
}

const dummyDebit = <Account>(type: BankDebitType, currency: string): DebitTestData<Account> => ({
  currency,
  holderName: 'Golive Tester',
  settles: testBankAccounts[type].settles as Account,
  returned: testBankAccounts[type].returned as Account,
  answeredAtOnce: false,
});

const dummyGiftCards = {
  withBalance: { ...testGiftCards.withBalance, amount: 1500, currency: 'USD' },
  noBalance: { ...testGiftCards.noBalance, amount: 1500, currency: 'USD' },
};

const dummy: MethodTestEnvironment = {
  bankDebits: { ach: dummyDebit('ach', 'USD'), bacs: dummyDebit('bacs', 'GBP'), sepa: dummyDebit('sepa', 'EUR') },
  debitReturns: {
    [testBankAccounts.ach.returned.account_number]: dummyReturned,
    [testBankAccounts.bacs.returned.account_number]: dummyReturned,
    [testBankAccounts.sepa.returned.iban]: dummyReturned,
  },
  giftCards: dummyGiftCards,
  giftCardOutcome: ({ credential }) => giftCardOutcome(credential),
  walletCards: testWalletCards,
  walletOutcome: walletCardOutcome,
};

// ---- Stripe. Bank debits from its test account numbers: docs.stripe.com/testing#non-card-payments and the
// per-method pages (docs.stripe.com/payments/ach-direct-debit/accept-a-payment#test-account-numbers,
// docs.stripe.com/payments/sepa-debit/accept-a-payment "Test the integration",
// docs.stripe.com/payments/bacs-debit/accept-a-payment test accounts). error_code is Stripe's failure_code of the
// returned debit, the message Stripe's description of that code. Hyperswitch reads a late failure from its sync
// of the PaymentIntent (last_payment_error); that mapping was not traced for debits. An account outside Stripe's
// list settles, like the dummy default (the docs do not say). The "delayed" accounts (three minutes later) and
// the disputed ones are not modelled. Stripe takes no Givex gift cards and Hyperswitch's Stripe connector has no
// gift-card flow: the dummy table stands in (docs/hyperswitch-differences.md). Wallet tokens: no per-token test
// outcomes in the docs, dummy table.

const stripeInsufficientFunds = decline('insufficient_funds', "The customer's account has insufficient funds to cover this payment.");
const stripeDebitNotAuthorized = decline('debit_not_authorized', 'The customer has notified their bank that this payment was unauthorized.');
const stripe: MethodTestEnvironment = {
  bankDebits: {
    ach: {
      currency: 'USD',
      holderName: 'Jenny Rosen',
      settles: { account_number: '000123456789', routing_number: '110000000' },
      returned: { account_number: '000111111113', routing_number: '110000000' },
      answeredAtOnce: false,
    },
    bacs: {
      currency: 'GBP',
      holderName: 'Jenny Rosen',
      settles: { account_number: '00012345', sort_code: '108800' },
      returned: { account_number: '33333335', sort_code: '108800' },
      answeredAtOnce: false,
    },
    sepa: {
      currency: 'EUR',
      holderName: 'Jenny Rosen',
      settles: { iban: 'DE89370400440532013000' },
      returned: { iban: 'DE65370400440002222227' },
      answeredAtOnce: false,
    },
  },
  debitReturns: {
    // ACH, routing number 110000000 (R02, R03, R01, R10).
    '000111111113': decline('account_closed', "The customer's bank account has been closed."),
    '000111111116': decline('no_account', "The customer's bank account could not be located."),
    '000222222227': stripeInsufficientFunds,
    '000333333335': stripeDebitNotAuthorized,
    // BACS, sort code 108800.
    '22222227': stripeInsufficientFunds,
    '33333335': stripeDebitNotAuthorized,
    // SEPA (the DE and AT lists): these name insufficient_funds; DE62… and AT861… "fail" (processing → requires_payment_method)
    // without a named code, so they keep the sandbox's own.
    DE65370400440002222227: stripeInsufficientFunds,
    AT981904300002222227: stripeInsufficientFunds,
    DE62370400440532013001: dummyReturned,
    AT861904300235473202: dummyReturned,
  },
  giftCards: dummyGiftCards,
  giftCardOutcome: dummy.giftCardOutcome,
  walletCards: testWalletCards,
  walletOutcome: walletCardOutcome,
};

// ---- Adyen. Hyperswitch's Cypress Adyen config (cypress-tests/cypress/e2e/configs/Payment/Adyen.js) pays SEPA with
// DE89370400440532013000 and gets `succeeded` at once (Adyen authorises a SEPA debit; a later return is a
// chargeback, not a failed payment), BACS with sort code 560036 / 09083055 "David Archer" and gets
// `processing`, and ACH with 000123456789 / 121000358 (skipped there). Adyen's docs list no account whose debit
// is returned (docs.adyen.com/payment-methods/sepa-direct-debit, …/bacs, …/ach-direct-debit): returned is null and
// every account settles. Givex: Hyperswitch checks the card's balance with Adyen first (the connector's balance
// call in crates/hyperswitch_connectors/src/connectors/adyen.rs) and refuses a shortfall or another currency
// itself, with error_code "No error code" and the reason as error_message; the Cypress config pays 11.00 EUR with
// 6006490000000000 (PIN 737) and is refused at 141.00 EUR. The exact test balance is not published: the sandbox
// gives the card 100.00 EUR, inside that range. Other gift-card numbers and wallet tokens: the dummy table.

const ADYEN_GIVEX = { number: '6006490000000000', cvc: '737', balance: 10000, currency: 'EUR' } as const;
const adyen: MethodTestEnvironment = {
  bankDebits: {
    ach: {
      currency: 'USD',
      holderName: 'John Doe',
      settles: { account_number: '000123456789', routing_number: '121000358' },
      returned: null,
      answeredAtOnce: false,
    },
    bacs: { currency: 'GBP', holderName: 'David Archer', settles: { account_number: '09083055', sort_code: '560036' }, returned: null, answeredAtOnce: false },
    sepa: { currency: 'EUR', holderName: 'John Doe', settles: { iban: 'DE89370400440532013000' }, returned: null, answeredAtOnce: true },
  },
  debitReturns: {},
  giftCards: {
    withBalance: { number: ADYEN_GIVEX.number, cvc: ADYEN_GIVEX.cvc, amount: 1100, currency: 'EUR' },
    noBalance: { number: ADYEN_GIVEX.number, cvc: ADYEN_GIVEX.cvc, amount: 14100, currency: 'EUR' },
  },
  giftCardOutcome: (attempt) => {
    if (attempt.credential !== ADYEN_GIVEX.number) return giftCardOutcome(attempt.credential);
    if (attempt.currency !== ADYEN_GIVEX.currency) return decline('No error code', 'Payment Method currency does not match the payment currency');
    return attempt.amount > ADYEN_GIVEX.balance ? decline('No error code', 'Insufficient balance in the payment method') : success;
  },
  walletCards: testWalletCards,
  walletOutcome: walletCardOutcome,
};

// ---- Checkout.com. Hyperswitch's Checkout.com connector builds a payment source for cards and wallet tokens
// only (crates/hyperswitch_connectors/src/connectors/checkout/transformers.rs answers the other methods "not
// implemented"), so there is no Checkout.com test data to follow: the dummy table stands in for every
// non-card method (docs/hyperswitch-differences.md lists this).
const checkout: MethodTestEnvironment = dummy;

const environments: Record<ConnectorFamily, MethodTestEnvironment> = { dummy, stripe, adyen, checkout };

/** The non-card test environment of the connector a payment routes to (its connector_name). */
export function methodTestEnvironment(connectorName: string): MethodTestEnvironment {
  return environments[connectorFamily(connectorName)];
}

/** A bank debit at this connector: settled at once, or pending until the bank settles or returns it. */
export function connectorDebitOutcome(connectorName: string, type: BankDebitType, account: string): { atOnce: boolean; settles: MethodOutcome } {
  const environment = methodTestEnvironment(connectorName);
  return { atOnce: environment.bankDebits[type].answeredAtOnce, settles: environment.debitReturns[account] ?? success };
}
