import { z } from 'zod';
import { Currency, MinorUnits } from '../schemas/common.ts';
import { IntentStatus, RefundStatus } from '../schemas/enums.ts';
import { PaymentMethodType } from '../schemas/payment-method-enums.ts';
import { testCards, type TestCardName } from '../cards/test-cards.ts';
import { methodTestEnvironment, type BankDebitType, type DebitTestData } from './test-payment-methods.ts';

// Per-connector expectations, like Hyperswitch's Cypress configs (cypress/e2e/configs/Payment/<Connector>.js):
// which card drives each flow and the status the connector should reach after each step. The cards of
// the real connectors are those of their public test environments (helpers/cards/connector-test-cards.ts holds
// what the sandbox's simulator does with them); the dummy connectors use golive's catalogue.

const CardBrand = z.enum(['Visa', 'Mastercard', 'AmericanExpress', 'Discover', 'DinersClub', 'JCB']);

/** A test card as the customer types it: the connector's own CVC (Adyen's 737, Amex's four digits) and, where the connector decides by it, the holder name. */
export const ProfileCard = z
  .object({
    number: z.string().regex(/^\d{12,19}$/, 'expected the card number as 12 to 19 digits'),
    brand: CardBrand,
    label: z.string().min(1),
    cvc: z.string().regex(/^\d{3,4}$/, 'expected 3 or 4 digits'),
    /** Adyen chooses the refusal from the cardholder name, not the number. */
    holderName: z.string().min(1).optional(),
  })
  .superRefine((card, context) => {
    const digits = card.brand === 'AmericanExpress' ? 4 : 3;
    if (card.cvc.length !== digits)
      context.addIssue({ code: 'custom', path: ['cvc'], message: `expected ${digits} digits for ${card.brand}, got ${card.cvc.length}` });
  });
export type ProfileCard = z.infer<typeof ProfileCard>;

const AchAccount = z.object({
  account_number: z.string().regex(/^\d{4,17}$/, 'expected the account number as 4 to 17 digits'),
  routing_number: z.string().regex(/^\d{9}$/, 'expected a 9-digit ABA routing number'),
});
const BacsAccount = z.object({
  account_number: z.string().regex(/^\d{8}$/, 'expected an 8-digit account number'),
  sort_code: z.string().regex(/^\d{6}$/, 'expected a 6-digit sort code'),
});
const SepaAccount = z.object({ iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/, 'expected an IBAN (country code, check digits, account), no spaces') });

/** A bank debit as a scenario pays it: the account that settles, the one the bank returns, and the statuses on the way. */
const debitFields = {
  currency: Currency,
  holderName: z.string().min(1),
  /** error_code of the returned debit. */
  returnedErrorCode: z.string().min(1).nullable(),
  /** Right after confirm: processing until the bank answers, or succeeded where the processor authorises the debit at once. */
  afterConfirm: IntentStatus,
};
// `returned` is null where the connector's test environment documents no returned debit (the scenario is skipped there).
const codeExactlyWhenReturned: [(debit: { returned: unknown; returnedErrorCode: string | null }) => boolean, { path: string[]; message: string }] = [
  (debit) => (debit.returned === null) === (debit.returnedErrorCode === null),
  { path: ['returnedErrorCode'], message: 'expected an error code exactly when there is a returned account' },
];
const AchDebit = z.object({ ...debitFields, settles: AchAccount, returned: AchAccount.nullable() }).refine(...codeExactlyWhenReturned);
const BacsDebit = z.object({ ...debitFields, settles: BacsAccount, returned: BacsAccount.nullable() }).refine(...codeExactlyWhenReturned);
const SepaDebit = z.object({ ...debitFields, settles: SepaAccount, returned: SepaAccount.nullable() }).refine(...codeExactlyWhenReturned);

const ProfileGiftCard = z.object({
  number: z.string().regex(/^\d{12,19}$/, 'expected the gift-card number as 12 to 19 digits'),
  cvc: z.string().regex(/^\d{3,8}$/, 'expected the PIN as 3 to 8 digits'),
  amount: MinorUnits.min(1),
  currency: Currency,
});

const WalletLast4 = z.string().regex(/^\d{4}$/, 'expected the last four digits');

/** The non-card methods, as the connector's test environment takes them (helpers/connectors/test-payment-methods.ts). */
export const ProfileMethods = z.object({
  ach: AchDebit,
  bacs: BacsDebit,
  sepa: SepaDebit,
  giftCard: z.object({ withBalance: ProfileGiftCard, noBalance: ProfileGiftCard, noBalanceErrorCode: z.string().min(1) }),
  wallet: z.object({ approvedLast4: WalletLast4, declinedLast4: WalletLast4, declinedErrorCode: z.string().min(1) }),
});
export type ProfileMethods = z.infer<typeof ProfileMethods>;

export const ConnectorProfile = z.object({
  connector: z.string().min(1),
  methods: ProfileMethods,
  /** Non-card methods OwnGateway's connector does not implement (its Hyperswitch transformer): refused with IR_00, so scenarios paying with one are not run. */
  notImplemented: z.array(PaymentMethodType),
  cards: z.object({
    /** Approved without 3DS; the card of every API lifecycle. */
    success: ProfileCard,
    debit: ProfileCard,
    /** Challenges when the payment asks for 3DS. */
    threeDsChallenge: ProfileCard,
    /** Authenticated without a challenge when the payment asks for 3DS: the card a customer pays with on a page that always asks for it. */
    threeDsFrictionless: ProfileCard,
    /** Left pending by the processor and settled by its webhook; null where the test environment has none. */
    async: ProfileCard.nullable(),
  }),
  declines: z.array(z.object({ card: ProfileCard, errorCode: z.string().min(1) })).min(1),
  /** error_code for a Luhn-valid number that is not one of the test environment's cards. */
  unknownCardErrorCode: z.string().min(1),
  expect: z.object({
    autoCapture: IntentStatus,
    manualAuthorize: IntentStatus,
    /** Right after the capture call: Adyen answers "received" (processing) and settles by webhook. */
    fullCapture: IntentStatus,
    partialCapture: IntentStatus,
    void: IntentStatus,
    decline: IntentStatus,
    threeDsPending: IntentStatus,
    threeDsRejected: IntentStatus,
    asyncPending: IntentStatus,
    /** Right after the refund call: Adyen answers every refund "received" (pending) and settles by webhook. */
    refund: RefundStatus,
  }),
});
export type ConnectorProfile = z.infer<typeof ConnectorProfile>;

/** A card of golive's catalogue, for the dummy connectors. */
function catalogueCard(name: TestCardName): ProfileCard {
  const card = testCards[name];
  return { number: card.number, brand: card.brand, label: card.label, cvc: card.brand === 'AmericanExpress' ? '1234' : '123' };
}

const dummyStatuses: ConnectorProfile['expect'] = {
  autoCapture: 'succeeded',
  manualAuthorize: 'requires_capture',
  fullCapture: 'succeeded',
  partialCapture: 'partially_captured',
  void: 'cancelled',
  decline: 'failed',
  threeDsPending: 'requires_customer_action',
  threeDsRejected: 'failed',
  asyncPending: 'processing',
  refund: 'succeeded',
};

type DebitExpectation = Pick<ProfileMethods['ach'], 'returnedErrorCode' | 'afterConfirm'>;
interface MethodExpectations {
  debits: Record<BankDebitType, DebitExpectation>;
  giftCardNoBalanceErrorCode: string;
  walletDeclinedErrorCode: string;
}

/** The connector's test credentials (one table, shared with the simulator) with what the profile expects of them. */
function profileMethods(connector: string, expected: MethodExpectations): ProfileMethods {
  const environment = methodTestEnvironment(connector);
  const debit = <Account>({ currency, holderName, settles, returned }: DebitTestData<Account>, expectation: DebitExpectation) => ({
    currency,
    holderName,
    settles,
    returned,
    ...expectation,
  });
  const { ach, bacs, sepa } = environment.bankDebits;
  return {
    ach: debit(ach, expected.debits.ach),
    bacs: debit(bacs, expected.debits.bacs),
    sepa: debit(sepa, expected.debits.sepa),
    giftCard: { ...environment.giftCards, noBalanceErrorCode: expected.giftCardNoBalanceErrorCode },
    wallet: {
      approvedLast4: environment.walletCards.approved,
      declinedLast4: environment.walletCards.declined,
      declinedErrorCode: expected.walletDeclinedErrorCode,
    },
  };
}

const returnedLater = (returnedErrorCode: string | null): DebitExpectation => ({ returnedErrorCode, afterConfirm: 'processing' });
const dummyMethodExpectations: MethodExpectations = {
  debits: { ach: returnedLater('insufficient_funds'), bacs: returnedLater('insufficient_funds'), sepa: returnedLater('insufficient_funds') },
  giftCardNoBalanceErrorCode: 'insufficient_balance',
  walletDeclinedErrorCode: 'card_declined',
};

const stripeTest: ConnectorProfile = {
  connector: 'stripe_test',
  methods: profileMethods('stripe_test', dummyMethodExpectations),
  notImplemented: [],
  cards: {
    success: catalogueCard('visa'),
    debit: catalogueCard('visaDebit'),
    threeDsChallenge: catalogueCard('threeDsChallenge'),
    threeDsFrictionless: catalogueCard('threeDsFrictionless'),
    async: catalogueCard('asyncSettlement'),
  },
  declines: [
    { card: catalogueCard('genericDecline'), errorCode: 'card_declined' },
    { card: catalogueCard('mastercardDecline'), errorCode: 'card_declined' },
    { card: catalogueCard('lostCard'), errorCode: 'lost_card' },
    { card: catalogueCard('stolenCard'), errorCode: 'stolen_card' },
    { card: catalogueCard('insufficientFunds'), errorCode: 'insufficient_funds' },
    { card: catalogueCard('expiredCard'), errorCode: 'expired_card' },
    { card: catalogueCard('incorrectCvc'), errorCode: 'incorrect_cvc' },
    { card: catalogueCard('processingError'), errorCode: 'processing_error' },
  ],
  unknownCardErrorCode: 'card_not_supported',
  expect: dummyStatuses,
};

// Stripe (docs.stripe.com/testing; Hyperswitch's Cypress Stripe.js): any CVC and future expiry; error_code
// is Stripe's error.code (card_declined for most declines, the decline_code goes into error_message).
// Non-card: Stripe's test bank accounts are returned with its failure_code (ACH 000111111113 account_closed,
// BACS 33333335 debit_not_authorized, SEPA DE65370400440002222227 insufficient_funds); gift cards and wallets
// follow the dummy table (test-payment-methods.ts says why).
const stripe: ConnectorProfile = {
  connector: 'stripe',
  methods: profileMethods('stripe', {
    ...dummyMethodExpectations,
    debits: { ach: returnedLater('account_closed'), bacs: returnedLater('debit_not_authorized'), sepa: returnedLater('insufficient_funds') },
  }),
  // Hyperswitch's Stripe transformer: no PayPal redirect, no gift card, no Sofort.
  notImplemented: ['paypal', 'givex', 'sofort'],
  cards: {
    success: { number: '4242424242424242', brand: 'Visa', label: 'Visa', cvc: '123' },
    debit: { number: '4000056655665556', brand: 'Visa', label: 'Visa (debit)', cvc: '123' },
    threeDsChallenge: { number: '4000002760003184', brand: 'Visa', label: '3DS always required', cvc: '123' },
    threeDsFrictionless: { number: '4000000000003055', brand: 'Visa', label: '3DS supported, not required', cvc: '123' },
    async: null,
  },
  declines: [
    { card: { number: '4000000000000002', brand: 'Visa', label: 'generic decline', cvc: '123' }, errorCode: 'card_declined' },
    { card: { number: '4000000000009995', brand: 'Visa', label: 'insufficient funds', cvc: '123' }, errorCode: 'card_declined' },
    { card: { number: '4000000000009987', brand: 'Visa', label: 'lost card', cvc: '123' }, errorCode: 'card_declined' },
    { card: { number: '4000000000000069', brand: 'Visa', label: 'expired card', cvc: '123' }, errorCode: 'expired_card' },
    { card: { number: '4000000000000127', brand: 'Visa', label: 'incorrect CVC', cvc: '123' }, errorCode: 'incorrect_cvc' },
    { card: { number: '4000000000000119', brand: 'Visa', label: 'processing error', cvc: '123' }, errorCode: 'processing_error' },
  ],
  unknownCardErrorCode: 'card_declined',
  expect: dummyStatuses,
};

// Adyen (docs.adyen.com/development-resources/testing: test card numbers, 3D Secure 2, result codes and
// refusal reasons; Hyperswitch's Cypress Adyen.js): CVC 737 (7373 for Amex), refusals chosen by the holder
// name with refusalReasonCode as error_code; captures answer processing and refunds pending until the webhook.
const adyenCard = (number: string, brand: ProfileCard['brand'], label: string, holderName?: string): ProfileCard => ({
  number,
  brand,
  label,
  cvc: brand === 'AmericanExpress' ? '7373' : '737',
  ...(holderName ? { holderName } : {}),
});
const adyenRefusal = (holderName: string, errorCode: string, label: string) => ({
  card: adyenCard('4111111111111111', 'Visa', `${label} (holder ${holderName})`, holderName),
  errorCode,
});
// Non-card (Hyperswitch's Cypress Adyen.js): SEPA is authorised at once, ACH and BACS stay processing, no
// test account is returned; Givex is refused by Hyperswitch's balance check ("No error code").
const adyen: ConnectorProfile = {
  connector: 'adyen',
  methods: profileMethods('adyen', {
    debits: { ach: returnedLater(null), bacs: returnedLater(null), sepa: { returnedErrorCode: null, afterConfirm: 'succeeded' } },
    giftCardNoBalanceErrorCode: 'No error code',
    walletDeclinedErrorCode: 'card_declined',
  }),
  // Hyperswitch's Adyen connector lists neither giropay nor Sofort (adyen.rs) and its transformer refuses both.
  notImplemented: ['giropay', 'sofort'],
  cards: {
    success: adyenCard('4111111111111111', 'Visa', 'Visa'),
    debit: adyenCard('4400000000000008', 'Visa', 'Visa (debit)'),
    threeDsChallenge: adyenCard('4917610000000000', 'Visa', 'Visa, 3DS2'),
    threeDsFrictionless: adyenCard('5201281505129736', 'Mastercard', 'Mastercard, 3DS2 frictionless'),
    async: null,
  },
  declines: [
    adyenRefusal('DECLINED', '2', 'refused'),
    adyenRefusal('NOT_ENOUGH_BALANCE', '12', 'not enough balance'),
    adyenRefusal('CARD_EXPIRED', '6', 'expired card'),
    adyenRefusal('CVC_DECLINED', '24', 'CVC declined'),
    adyenRefusal('BLOCK_CARD', '5', 'blocked card'),
    // Hyperswitch's Cypress No3DSFailPayment: a card typed without a holder name the form could carry.
    { card: adyenCard('4242424242424242', 'Visa', 'refused card'), errorCode: '2' },
  ],
  unknownCardErrorCode: '8',
  expect: { ...dummyStatuses, fullCapture: 'processing', partialCapture: 'processing', refund: 'pending' },
};

// Checkout.com (checkout.com/docs/testing/test-cards and 3DS test cards; Hyperswitch's Cypress Checkout.js):
// response-code cards decline with response_code as error_code; 4242… is 3DS2-enrolled (challenges when 3DS
// is asked for), 4485040371536584 authenticates frictionlessly.
// Non-card: Hyperswitch's Checkout.com connector takes none of these but wallet tokens (the rest are refused,
// notImplemented); the dummy table stands in for the data the refused methods would have used.
const checkout: ConnectorProfile = {
  connector: 'checkout',
  methods: profileMethods('checkout', dummyMethodExpectations),
  notImplemented: ['klarna', 'affirm', 'afterpay_clearpay', 'ideal', 'eps', 'sofort', 'giropay', 'ach', 'bacs', 'sepa', 'givex', 'paypal'],
  cards: {
    success: { number: '4242424242424242', brand: 'Visa', label: 'Visa', cvc: '100' },
    debit: { number: '4658584090000001', brand: 'Visa', label: 'Visa (debit)', cvc: '257' },
    threeDsChallenge: { number: '372688581899681', brand: 'AmericanExpress', label: 'American Express, 3DS2', cvc: '1000' },
    threeDsFrictionless: { number: '4485040371536584', brand: 'Visa', label: 'Visa, 3DS2 frictionless', cvc: '100' },
    async: null,
  },
  declines: [
    { card: { number: '4544249167673670', brand: 'Visa', label: 'insufficient funds', cvc: '100' }, errorCode: '20051' },
    { card: { number: '4724117215951699', brand: 'Visa', label: 'expired card', cvc: '100' }, errorCode: '20054' },
    { card: { number: '4897453568485113', brand: 'Visa', label: 'suspected fraud', cvc: '100' }, errorCode: '20059' },
    { card: { number: '4734868958733862', brand: 'Visa', label: 'CVV2 failure', cvc: '100' }, errorCode: '200N7' },
  ],
  unknownCardErrorCode: '20014',
  expect: dummyStatuses,
};

const profiles: Record<string, ConnectorProfile> = {
  stripe_test: stripeTest,
  // The same processor behaviour under the other dummy names; their webhooks are signed per scheme.
  adyen_test: { ...stripeTest, connector: 'adyen_test' },
  checkout_test: { ...stripeTest, connector: 'checkout_test' },
  stripe,
  adyen,
  checkout,
};

/** Whether the profile's connector leaves this non-card type unimplemented (OwnGateway refuses it with IR_00). */
export function notImplementedBy(profile: ConnectorProfile, paymentMethodType: string): boolean {
  return profile.notImplemented.some((type) => type === paymentMethodType);
}

export const connectorProfileNames = Object.keys(profiles);

export function connectorProfile(name: string): ConnectorProfile {
  const profile = profiles[name];
  if (!profile) throw new RangeError(`GOLIVE_CONNECTOR_PROFILE: expected one of ${connectorProfileNames.join(', ')}, got ${JSON.stringify(name)}`);
  return ConnectorProfile.parse(profile);
}
