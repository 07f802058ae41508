import { outcomeForCardNumber as dummyOutcome, fundingForCardNumber as dummyFunding, type CardFunding, type CardOutcome } from './test-cards.ts';

// Each processor's own test environment, as its public testing docs describe it, with the error
// code and message Hyperswitch reports for each decline (the connector's transformer in
// crates/hyperswitch_connectors: Stripe's error.code and "message - …, decline_code - …", Adyen's
// refusalReasonCode and refusalReason, Checkout.com's response_code and response_summary). The
// connector simulator picks the table by the connector account's connector_name; Hyperswitch's
// dummy connectors (stripe_test, adyen_test, checkout_test, …) keep golive's catalogue in test-cards.ts.

export type ConnectorFamily = 'stripe' | 'adyen' | 'checkout' | 'dummy';

export interface ConnectorTestCard {
  readonly number: string;
  readonly brand: 'Visa' | 'Mastercard' | 'AmericanExpress' | 'Discover' | 'DinersClub' | 'JCB';
  readonly label: string;
  readonly outcome: CardOutcome;
  /** 3DS-enrolled card whose issuer challenges only when the payment asks for 3DS (Adyen, Checkout.com); otherwise it is approved. */
  readonly challengeWhenRequested?: true;
  readonly funding?: 'debit';
}

/** What a processor does with a card number missing from its table. */
interface ConnectorTestEnvironment {
  readonly cards: readonly ConnectorTestCard[];
  readonly unknownCard: CardOutcome;
  /** Adyen decides declines from the cardholder name, not the number. */
  readonly holderNameDeclines?: Readonly<Record<string, CardOutcome>>;
  /** Refunds report "pending" and settle later by webhook (Adyen answers every refund "received"). */
  readonly refundsSettleLater: boolean;
  /** Captures report "pending" and settle later by webhook (Adyen answers every capture "received"). */
  readonly capturesSettleLater: boolean;
}

const decline = (code: string, message: string): CardOutcome => ({ kind: 'decline', code, message });
const success: CardOutcome = { kind: 'success' };
const challenge: CardOutcome = { kind: 'challenge' };
const frictionless: CardOutcome = { kind: 'frictionless' };

// Stripe (docs.stripe.com/testing): declines carry error.code and a decline_code, which Hyperswitch joins into error_message.
const stripeDecline = (code: string, declineCode: string, message: string) => decline(code, `message - ${message}, decline_code - ${declineCode}`);
const stripe: ConnectorTestEnvironment = {
  cards: [
    { number: '4242424242424242', brand: 'Visa', label: 'Visa', outcome: success },
    { number: '4000056655665556', brand: 'Visa', label: 'Visa (debit)', outcome: success, funding: 'debit' },
    { number: '5555555555554444', brand: 'Mastercard', label: 'Mastercard', outcome: success },
    { number: '5200828282828210', brand: 'Mastercard', label: 'Mastercard (debit)', outcome: success, funding: 'debit' },
    { number: '378282246310005', brand: 'AmericanExpress', label: 'American Express', outcome: success },
    { number: '371449635398431', brand: 'AmericanExpress', label: 'American Express', outcome: success },
    { number: '6011111111111117', brand: 'Discover', label: 'Discover', outcome: success },
    { number: '3056930009020004', brand: 'DinersClub', label: 'Diners Club', outcome: success },
    { number: '3566002020360505', brand: 'JCB', label: 'JCB', outcome: success },
    {
      number: '4000000000000002',
      brand: 'Visa',
      label: 'generic decline',
      outcome: stripeDecline('card_declined', 'generic_decline', 'Your card was declined.'),
    },
    {
      number: '4000000000009995',
      brand: 'Visa',
      label: 'insufficient funds',
      outcome: stripeDecline('card_declined', 'insufficient_funds', 'Your card has insufficient funds.'),
    },
    { number: '4000000000009987', brand: 'Visa', label: 'lost card', outcome: stripeDecline('card_declined', 'lost_card', 'Your card was declined.') },
    { number: '4000000000009979', brand: 'Visa', label: 'stolen card', outcome: stripeDecline('card_declined', 'stolen_card', 'Your card was declined.') },
    { number: '4000000000000069', brand: 'Visa', label: 'expired card', outcome: stripeDecline('expired_card', 'expired_card', 'Your card has expired.') },
    {
      number: '4000000000000127',
      brand: 'Visa',
      label: 'incorrect CVC',
      outcome: stripeDecline('incorrect_cvc', 'incorrect_cvc', "Your card's security code is incorrect."),
    },
    {
      number: '4000000000000119',
      brand: 'Visa',
      label: 'processing error',
      outcome: stripeDecline('processing_error', 'processing_error', 'An error occurred while processing your card. Try again in a little bit.'),
    },
    {
      number: '4100000000000019',
      brand: 'Visa',
      label: 'fraudulent (blocked)',
      outcome: stripeDecline('card_declined', 'fraudulent', 'Your card was declined.'),
    },
    { number: '4000000000003220', brand: 'Visa', label: '3DS2 authentication required', outcome: challenge },
    { number: '4000000000003063', brand: 'Visa', label: '3DS authentication required', outcome: challenge },
    { number: '4000002500003155', brand: 'Visa', label: '3DS required on session', outcome: challenge },
    { number: '4000002760003184', brand: 'Visa', label: '3DS always required', outcome: challenge },
    { number: '4000003800000446', brand: 'Visa', label: '3DS required on session (set up off session)', outcome: challenge },
    { number: '4000000000003055', brand: 'Visa', label: '3DS supported, not required', outcome: frictionless },
  ],
  // A card number that is not one of Stripe's, sent in test mode.
  unknownCard: stripeDecline(
    'card_declined',
    'test_mode_live_card',
    'Your card was declined. Your request was in test mode, but used a non test (live) card. For a list of valid test cards, visit: https://stripe.com/docs/testing.',
  ),
  refundsSettleLater: false,
  capturesSettleLater: false,
};

// Adyen (docs.adyen.com/development-resources/testing): any listed card authorises; declines come from
// the holder name (result codes and refusal reasons page); 3DS2-enrolled cards challenge when 3DS is asked for.
const adyenRefusal = (code: number, reason: string) => decline(String(code), reason);
const adyen: ConnectorTestEnvironment = {
  cards: [
    { number: '4111111111111111', brand: 'Visa', label: 'Visa', outcome: success },
    { number: '4988438843884305', brand: 'Visa', label: 'Visa (classic)', outcome: success },
    { number: '4166676667666746', brand: 'Visa', label: 'Visa (classic)', outcome: success },
    { number: '4646464646464644', brand: 'Visa', label: 'Visa (classic)', outcome: success },
    { number: '4400000000000008', brand: 'Visa', label: 'Visa (debit)', outcome: success, funding: 'debit' },
    { number: '5555555555554444', brand: 'Mastercard', label: 'Mastercard', outcome: success },
    { number: '5500000000000004', brand: 'Mastercard', label: 'Mastercard (debit)', outcome: success, funding: 'debit' },
    { number: '370000000000002', brand: 'AmericanExpress', label: 'American Express', outcome: success },
    { number: '4917610000000000', brand: 'Visa', label: 'Visa, 3DS2', outcome: challenge, challengeWhenRequested: true },
    { number: '5454545454545454', brand: 'Mastercard', label: 'Mastercard, 3DS2', outcome: challenge, challengeWhenRequested: true },
    { number: '371449635398431', brand: 'AmericanExpress', label: 'American Express, 3DS2', outcome: challenge, challengeWhenRequested: true },
    // Adyen's 3DS2 frictionless card (adyen-web's e2e constants, THREEDS2_FRICTIONLESS_CARD): authorised without a challenge.
    { number: '5201281505129736', brand: 'Mastercard', label: 'Mastercard, 3DS2 frictionless', outcome: frictionless },
    // Refused "2 Refused" in Adyen's test environment, as Hyperswitch's Cypress Adyen config records (No3DSFailPayment).
    { number: '4242424242424242', brand: 'Visa', label: 'refused', outcome: adyenRefusal(2, 'Refused') },
  ],
  unknownCard: adyenRefusal(8, 'Invalid Card Number'),
  holderNameDeclines: {
    DECLINED: adyenRefusal(2, 'Refused'),
    REFERRAL: adyenRefusal(3, 'Referral'),
    ERROR: adyenRefusal(4, 'Acquirer Error'),
    BLOCK_CARD: adyenRefusal(5, 'Blocked Card'),
    CARD_EXPIRED: adyenRefusal(6, 'Expired Card'),
    INVALID_AMOUNT: adyenRefusal(7, 'Invalid Amount'),
    INVALID_CARD: adyenRefusal(8, 'Invalid Card Number'),
    ISSUER_UNAVAILABLE: adyenRefusal(9, 'Issuer Unavailable'),
    NOT_SUPPORTED: adyenRefusal(10, 'Not supported'),
    NOT_3D_AUTHENTICATED: adyenRefusal(11, '3D Not Authenticated'),
    NOT_ENOUGH_BALANCE: adyenRefusal(12, 'Not enough balance'),
    FRAUD: adyenRefusal(20, 'FRAUD'),
    CVC_DECLINED: adyenRefusal(24, 'CVC Declined'),
    RESTRICTED_CARD: adyenRefusal(25, 'Restricted Card'),
    DECLINED_NON_GENERIC: adyenRefusal(27, 'Declined Non Generic'),
    WITHDRAWAL_AMOUNT_EXCEEDED: adyenRefusal(28, 'Withdrawal amount exceeded'),
    ISSUER_SUSPECTED_FRAUD: adyenRefusal(31, 'Issuer Suspected Fraud'),
  },
  refundsSettleLater: true,
  capturesSettleLater: true,
};

// Checkout.com (checkout.com/docs/testing/test-cards): listed cards approve (10000); response-code cards decline.
const checkout: ConnectorTestEnvironment = {
  cards: [
    { number: '4242424242424242', brand: 'Visa', label: 'Visa', outcome: success, challengeWhenRequested: true },
    { number: '4543474002249996', brand: 'Visa', label: 'Visa', outcome: success, challengeWhenRequested: true },
    { number: '4005519200000004', brand: 'Visa', label: 'Visa', outcome: success },
    { number: '5436031030606378', brand: 'Mastercard', label: 'Mastercard', outcome: success, challengeWhenRequested: true },
    { number: '2223000010479399', brand: 'Mastercard', label: 'Mastercard (2-series)', outcome: success, challengeWhenRequested: true },
    { number: '4658584090000001', brand: 'Visa', label: 'Visa (debit)', outcome: success, funding: 'debit', challengeWhenRequested: true },
    { number: '5000186622346654', brand: 'Mastercard', label: 'Mastercard (debit)', outcome: success, funding: 'debit', challengeWhenRequested: true },
    { number: '345678901234564', brand: 'AmericanExpress', label: 'American Express', outcome: success },
    { number: '378282246310005', brand: 'AmericanExpress', label: 'American Express', outcome: success },
    { number: '6011111111111117', brand: 'Discover', label: 'Discover', outcome: success },
    { number: '3530111333300000', brand: 'JCB', label: 'JCB', outcome: success },
    // The 3DS card of Hyperswitch's Cypress Checkout config: challenges when 3DS is asked for.
    { number: '372688581899681', brand: 'AmericanExpress', label: 'American Express, 3DS2', outcome: success, challengeWhenRequested: true },
    // 3DS test cards, "authentication successful" without a challenge.
    { number: '4485040371536584', brand: 'Visa', label: 'Visa, 3DS2 frictionless', outcome: frictionless },
    { number: '4544249167673670', brand: 'Visa', label: 'insufficient funds', outcome: decline('20051', 'Insufficient Funds') },
    { number: '4724117215951699', brand: 'Visa', label: 'expired card', outcome: decline('20054', 'Expired Card') },
    { number: '4897453568485113', brand: 'Visa', label: 'suspected fraud', outcome: decline('20059', 'Suspected Fraud') },
    { number: '4818924250131070', brand: 'Visa', label: 'restricted card', outcome: decline('20062', 'Restricted Card') },
    { number: '4556253752712245', brand: 'Visa', label: 'security violation', outcome: decline('20063', 'Security Violation') },
    { number: '4024007103573027', brand: 'Visa', label: 'invalid transaction', outcome: decline('20012', 'Invalid Transaction') },
    { number: '4485381577182090', brand: 'Visa', label: 'invalid card number', outcome: decline('20014', 'Invalid Card Number') },
    { number: '4556294593757189', brand: 'Visa', label: 'activity amount limit exceeded', outcome: decline('20061', 'Activity Amount Limit Exceeded') },
    { number: '4734868958733862', brand: 'Visa', label: 'CVV2 failure', outcome: decline('200N7', 'Decline for CVV2 failure') },
  ],
  // "Genuine card numbers will produce an error in your test environment."
  unknownCard: decline('20014', 'Invalid Card Number'),
  refundsSettleLater: false,
  capturesSettleLater: false,
};

const environments: Record<Exclude<ConnectorFamily, 'dummy'>, ConnectorTestEnvironment> = { stripe, adyen, checkout };

/** Hyperswitch connector names of the real processors; anything else (the *_test dummies among them) behaves as the dummy connector. */
export function connectorFamily(connectorName: string): ConnectorFamily {
  return connectorName === 'stripe' || connectorName === 'adyen' || connectorName === 'checkout' ? connectorName : 'dummy';
}

export function connectorTestCards(family: Exclude<ConnectorFamily, 'dummy'>): readonly ConnectorTestCard[] {
  return environments[family].cards;
}

export interface CardAttempt {
  number: string;
  holderName?: string | undefined;
  threeDsRequested: boolean;
}

/** What the connector's test environment does with this card. */
export function connectorCardOutcome(connectorName: string, attempt: CardAttempt): CardOutcome {
  const family = connectorFamily(connectorName);
  if (family === 'dummy') return dummyOutcome(attempt.number);
  const environment = environments[family];
  const digits = attempt.number.replace(/\D/g, '');
  const card = environment.cards.find((candidate) => candidate.number === digits);
  if (!card) return environment.unknownCard;
  const byHolder = environment.holderNameDeclines?.[(attempt.holderName ?? '').trim().toUpperCase()];
  if (byHolder) return byHolder;
  if (card.challengeWhenRequested) return attempt.threeDsRequested ? challenge : success;
  return card.outcome;
}

export function connectorCardFunding(connectorName: string, cardNumber: string): CardFunding {
  const family = connectorFamily(connectorName);
  if (family === 'dummy') return dummyFunding(cardNumber);
  const digits = cardNumber.replace(/\D/g, '');
  return environments[family].cards.find((card) => card.number === digits)?.funding ?? 'credit';
}

/** Adyen-style processors answer refunds and captures "received" and settle them later by webhook. */
export function settlesLater(connectorName: string, operation: 'refund' | 'capture'): boolean {
  const family = connectorFamily(connectorName);
  if (family === 'dummy') return false;
  return operation === 'refund' ? environments[family].refundsSettleLater : environments[family].capturesSettleLater;
}
