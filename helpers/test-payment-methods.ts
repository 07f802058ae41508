// Test data for the payment methods that are not cards, shared by the connector simulator (which decides
// outcomes from it) and the scenarios (which pick from it), so both agree. Modelled on Stripe's test bank
// accounts (docs.stripe.com/testing#non-card-payments): one account that settles, one whose debit is
// returned later; a gift card with balance and one without; a wallet card that declines.

export type MethodOutcome =
  | { kind: 'success' }
  | { kind: 'decline'; code: string; message: string };

const returned = { kind: 'decline', code: 'insufficient_funds', message: 'The debit was returned: insufficient funds in the account.' } as const;

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

/** Google Pay / Apple Pay: the wallet card's last four digits decide, as a card number would. */
export const testWalletCards = { approved: '4242', declined: '0002' } as const;

/** What the processor's test environment does with a debit (settles or is returned), keyed by the account number or IBAN. */
export function bankDebitOutcome(account: string): MethodOutcome {
  const failing: string[] = [testBankAccounts.ach.returned.account_number, testBankAccounts.bacs.returned.account_number, testBankAccounts.sepa.returned.iban];
  return failing.includes(account) ? returned : { kind: 'success' };
}

export function giftCardOutcome(number: string): MethodOutcome {
  return number === testGiftCards.noBalance.number ? { kind: 'decline', code: 'insufficient_balance', message: 'Not enough balance on the gift card.' } : { kind: 'success' };
}

export function walletCardOutcome(last4: string): MethodOutcome {
  return last4 === testWalletCards.declined ? { kind: 'decline', code: 'card_declined', message: 'Your card was declined.' } : { kind: 'success' };
}
