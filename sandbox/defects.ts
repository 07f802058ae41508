import { z } from 'zod';
import type { ChecklistItemId } from '../helpers/checklist/checklist.ts';
import { StorefrontDefect } from './storefront/defects.ts';

// Every integration mistake golive can seed, and the checklist items that must fail when it is on.
// The detection matrix (scripts/detection-matrix.ts, run by npm test) holds the harness to this table.
export const MerchantSetupDefect = z.enum([
  'connector-without-webhook-secret', // the connector account has no webhook secret configured
  'payment-method-not-enabled', // a required payment method type (debit) is not enabled on the connector
  'connector-webhooks-not-set', // the processor's dashboard has no webhook endpoint pointing at OwnGateway
  'processor-raw-cards-disabled', // the processor account refuses card numbers sent directly
  'processor-debit-disabled', // debit cards are not enabled on the processor's own dashboard
]);
export type MerchantSetupDefect = z.infer<typeof MerchantSetupDefect>;

export const SeededDefect = z.enum([...StorefrontDefect.options, ...MerchantSetupDefect.options]);
export type SeededDefect = z.infer<typeof SeededDefect>;

export const expectedFailures: Record<SeededDefect, ChecklistItemId[]> = {
  'secret-key-in-bundle': ['api-keys.not-exposed', 'api-keys.single-location'],
  'trust-return-url-status': ['payments.verify-signed-payload'],
  'skip-amount-check': ['payments.verify-amount-status'],
  'trust-browser-amount': ['payments.verify-amount-status'],
  'webhook-without-signature': ['webhooks.merchant-endpoint'],
  'webhook-not-idempotent': ['webhooks.merchant-endpoint'],
  'no-error-on-decline': ['errors.sdk'],
  'no-double-submit-guard': ['errors.sdk'],
  'pay-button-below-fold': ['experience.pay-button'],
  'pay-button-low-contrast': ['experience.pay-button'],
  'ignore-styling': ['experience.styling'],
  'connector-without-webhook-secret': ['webhooks.connector-secret'],
  'payment-method-not-enabled': ['connectors.configured'],
  'connector-webhooks-not-set': ['webhooks.connector-points-to-gateway'],
  // Without raw card processing no card payment reaches the processor, so no card type can be shown enabled there either.
  'processor-raw-cards-disabled': ['connectors.raw-card-processing', 'connectors.methods-enabled-at-processor'],
  'processor-debit-disabled': ['connectors.methods-enabled-at-processor'],
  'secret-key-in-two-places': ['api-keys.single-location'],
  'secret-key-only-in-environment': ['api-keys.single-location'],
  // The map is served to every browser and deployed with the site: both checks must see it.
  'secret-key-in-source-map': ['api-keys.not-exposed', 'api-keys.single-location'],
  'secret-key-in-release-zip': ['api-keys.single-location'],
  'cancel-order-on-gateway-error': ['errors.api'],
  'ignore-refund-webhooks': ['errors.lifecycle'],
  'webhook-endpoint-errors': ['webhooks.merchant-endpoint'],
  'queued-webhook-without-signature': ['webhooks.merchant-endpoint'],
  'webhook-signature-over-reserialised-json': ['webhooks.merchant-endpoint'],
  'amount-from-return-url': ['payments.verify-amount-status'],
  'currency-not-compared': ['payments.verify-amount-status'],
  'fulfilment-race': ['webhooks.merchant-endpoint'],
  'stale-event-regresses-order': ['errors.lifecycle'],
  'no-reconciliation': ['after-go-live.reconciliation'],
  'sdk-self-hosted': ['after-go-live.environment-parity'],
  'csp-blocks-sdk-frames': ['after-go-live.frames-and-policy'],
  'dev-gateway-url-in-build': ['after-go-live.environment-parity'],
};

/** GOLIVE_DEFECT: one seeded defect for a self-certification run, validated with a clear error. */
export function defectFromEnvironment(value: string | undefined): SeededDefect | null {
  if (!value) return null;
  const parsed = SeededDefect.safeParse(value);
  if (!parsed.success) throw new Error(`GOLIVE_DEFECT: expected one of ${SeededDefect.options.join(', ')}, got ${JSON.stringify(value)}`);
  return parsed.data;
}
