// The test-card catalogue merchants already know from Hyperswitch's dummy connector and Stripe's test mode.
// The connector simulator decides outcomes from it and the scenarios pick cards from it, so both agree.

export type CardOutcome =
  | { kind: 'success' }
  | { kind: 'decline'; code: string; message: string }
  | { kind: 'challenge' } // 3DS challenge page: Complete -> succeeded, Reject -> failed
  | { kind: 'frictionless' } // 3DS without a challenge: authenticated silently
  | { kind: 'async' }; // pending at the processor, settled later by a connector webhook

export interface TestCard {
  readonly number: string;
  readonly brand: 'Visa' | 'Mastercard' | 'AmericanExpress';
  readonly label: string;
  readonly outcome: CardOutcome;
  /** Debit cards are their own payment method type (card/debit) on OwnGateway and at the processor. */
  readonly funding?: 'debit';
}

export type CardFunding = 'credit' | 'debit';

const decline = (code: string, message: string): CardOutcome => ({ kind: 'decline', code, message });

export const testCards = {
  visa: { number: '4242424242424242', brand: 'Visa', label: 'Visa success', outcome: { kind: 'success' } },
  visaAlt: { number: '4111111111111111', brand: 'Visa', label: 'Visa success (alt)', outcome: { kind: 'success' } },
  mastercard: { number: '5555555555554444', brand: 'Mastercard', label: 'Mastercard success', outcome: { kind: 'success' } },
  amex: { number: '378282246310005', brand: 'AmericanExpress', label: 'Amex success', outcome: { kind: 'success' } },
  visaDebit: { number: '4000056655665556', brand: 'Visa', label: 'Visa debit success', outcome: { kind: 'success' }, funding: 'debit' },
  mastercardDebit: { number: '5200828282828210', brand: 'Mastercard', label: 'Mastercard debit success', outcome: { kind: 'success' }, funding: 'debit' },
  genericDecline: { number: '4000000000000002', brand: 'Visa', label: 'generic decline', outcome: decline('card_declined', 'Your card was declined.') },
  mastercardDecline: {
    number: '5105105105105100',
    brand: 'Mastercard',
    label: 'generic decline (Mastercard)',
    outcome: decline('card_declined', 'Your card was declined.'),
  },
  lostCard: { number: '4000000000009987', brand: 'Visa', label: 'lost card', outcome: decline('lost_card', 'Your card was declined: lost card.') },
  stolenCard: { number: '4000000000009979', brand: 'Visa', label: 'stolen card', outcome: decline('stolen_card', 'Your card was declined: stolen card.') },
  insufficientFunds: {
    number: '4000000000009995',
    brand: 'Visa',
    label: 'insufficient funds',
    outcome: decline('insufficient_funds', 'Your card has insufficient funds.'),
  },
  expiredCard: { number: '4000000000000069', brand: 'Visa', label: 'expired card', outcome: decline('expired_card', 'Your card has expired.') },
  incorrectCvc: {
    number: '4000000000000127',
    brand: 'Visa',
    label: 'incorrect CVC',
    outcome: decline('incorrect_cvc', "Your card's security code is incorrect."),
  },
  processingError: {
    number: '4000000000000119',
    brand: 'Visa',
    label: 'processing error',
    outcome: decline('processing_error', 'An error occurred while processing your card. Try again in a little bit.'),
  },
  threeDsChallenge: { number: '4000003800000446', brand: 'Visa', label: '3DS challenge', outcome: { kind: 'challenge' } },
  threeDsChallengeStripe: { number: '4000002500003155', brand: 'Visa', label: '3DS challenge (Stripe)', outcome: { kind: 'challenge' } },
  threeDsFrictionless: { number: '4000000000003220', brand: 'Visa', label: '3DS frictionless', outcome: { kind: 'frictionless' } },
  // golive's own: the processor answers "pending" and settles minutes later with a webhook (like a bank debit).
  asyncSettlement: { number: '4000000000007726', brand: 'Visa', label: 'async settlement', outcome: { kind: 'async' } },
} as const satisfies Record<string, TestCard>;

export type TestCardName = keyof typeof testCards;

/** Any number not in the catalogue is declined, as Hyperswitch's dummy connector does. */
export const NOT_A_TEST_CARD = decline('card_not_supported', 'Card not supported. Please use test cards');

function catalogueCard(cardNumber: string): TestCard | undefined {
  const digits = cardNumber.replace(/\D/g, '');
  return (Object.values(testCards) as TestCard[]).find((card) => card.number === digits);
}

export function outcomeForCardNumber(cardNumber: string): CardOutcome {
  return catalogueCard(cardNumber)?.outcome ?? NOT_A_TEST_CARD;
}

export function fundingForCardNumber(cardNumber: string): CardFunding {
  return catalogueCard(cardNumber)?.funding ?? 'credit';
}

export const declineCards = (Object.entries(testCards) as [TestCardName, TestCard][])
  .filter(([, card]) => card.outcome.kind === 'decline')
  .map(([name, card]) => ({ name, card, outcome: card.outcome as Extract<CardOutcome, { kind: 'decline' }> }));

export function luhnValid(cardNumber: string): boolean {
  const digits = cardNumber.replace(/\D/g, '');
  if (digits.length < 12 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
