import { z } from 'zod';
import { IntentStatus } from './schemas/enums.ts';
import { testCards, type TestCardName } from './test-cards.ts';

// Per-connector expectations, like Hyperswitch's Cypress configs (cypress/e2e/configs/Payment/<Connector>.js):
// which card drives each flow and the status the connector should reach after each step.

const CardName = z.custom<TestCardName>((value) => typeof value === 'string' && value in testCards, { message: 'expected a card name from helpers/test-cards.ts' });

export const ConnectorProfile = z.object({
  connector: z.string().min(1),
  cards: z.object({ success: CardName, debit: CardName, threeDsChallenge: CardName, threeDsFrictionless: CardName, async: CardName.nullable() }),
  declines: z.array(z.object({ card: CardName, errorCode: z.string() })).min(1),
  expect: z.object({
    autoCapture: IntentStatus,
    manualAuthorize: IntentStatus,
    fullCapture: IntentStatus,
    partialCapture: IntentStatus,
    void: IntentStatus,
    decline: IntentStatus,
    threeDsPending: IntentStatus,
    threeDsRejected: IntentStatus,
    asyncPending: IntentStatus,
  }),
});
export type ConnectorProfile = z.infer<typeof ConnectorProfile>;

const stripeTest: ConnectorProfile = {
  connector: 'stripe_test',
  cards: { success: 'visa', debit: 'visaDebit', threeDsChallenge: 'threeDsChallenge', threeDsFrictionless: 'threeDsFrictionless', async: 'asyncSettlement' },
  declines: [
    { card: 'genericDecline', errorCode: 'card_declined' },
    { card: 'mastercardDecline', errorCode: 'card_declined' },
    { card: 'lostCard', errorCode: 'lost_card' },
    { card: 'stolenCard', errorCode: 'stolen_card' },
    { card: 'insufficientFunds', errorCode: 'insufficient_funds' },
    { card: 'expiredCard', errorCode: 'expired_card' },
    { card: 'incorrectCvc', errorCode: 'incorrect_cvc' },
    { card: 'processingError', errorCode: 'processing_error' },
  ],
  expect: {
    autoCapture: 'succeeded', manualAuthorize: 'requires_capture', fullCapture: 'succeeded', partialCapture: 'partially_captured',
    void: 'cancelled', decline: 'failed', threeDsPending: 'requires_customer_action', threeDsRejected: 'failed', asyncPending: 'processing',
  },
};

const profiles: Record<string, ConnectorProfile> = {
  stripe_test: stripeTest,
  // The same processor behaviour under the other dummy names; their webhooks are signed per scheme.
  adyen_test: { ...stripeTest, connector: 'adyen_test' },
  checkout_test: { ...stripeTest, connector: 'checkout_test' },
};

export function connectorProfile(name: string): ConnectorProfile {
  const profile = profiles[name];
  if (!profile) throw new RangeError(`GOLIVE_CONNECTOR_PROFILE: expected one of ${Object.keys(profiles).join(', ')}, got ${JSON.stringify(name)}`);
  return ConnectorProfile.parse(profile);
}
