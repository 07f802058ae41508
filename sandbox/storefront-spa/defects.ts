import { z } from 'zod';
import type { ChecklistItemId } from '../../helpers/checklist/checklist.ts';
import { expectedFailures as referenceFailures } from '../defects.ts';

// The same catalogue of integration mistakes as the reference storefront's, each written the way a
// single-page shop gets it wrong (a bundler that inlines every env variable, a JSON body parser in
// front of the webhook HMAC, a job queue, a receipt route that believes its query string, ...).
export const SpaDefect = z.enum([
  'secret-key-in-bundle', // the generated env module ships every OWNGATEWAY_* variable, the secret key too
  'trust-return-url-status', // the receipt route believes the redirect's status; no signature, no retrieve
  'skip-amount-check', // any succeeded/authorised payment settles the order, whatever its amount
  'trust-browser-amount', // the order is priced from the unit prices the basket sent
  'webhook-without-signature', // the webhook route never looks at X-Webhook-Signature-512
  'webhook-not-idempotent', // every payment_succeeded delivery books another shipment
  'no-error-on-decline', // the pay view handles result.error only; a failed status is silently ignored
  'pay-button-below-fold', // the terms and conditions are printed above the pay button
  'pay-button-low-contrast', // the pay button uses the pale "muted" style
  'ignore-styling', // the appearance is passed under the wrong option name and never reaches the SDK
  'secret-key-in-two-places', // a process-manager file in the deployment keeps a second copy of the key
  'cancel-order-on-gateway-error', // an OwnGateway error while checking the receipt cancels the order for good
  'ignore-refund-webhooks', // the webhook route acts on payment_* events only; refunds never reach the order
  'webhook-endpoint-errors', // the webhook route reads a Stripe-shaped body (data.object) and crashes: 500
  'queued-webhook-without-signature', // webhooks are acknowledged, queued, and applied by a worker without verification
  'webhook-signature-over-reserialised-json', // the HMAC is checked over the parsed-and-restringified body
  'amount-from-return-url', // the receipt retrieves the payment the URL names and compares it with the URL's amount
  'currency-not-compared', // a payment matches its order by amount digits only
  'fulfilment-race', // "not shipped yet?" is asked before the warehouse call is awaited, and the shipment booked after it
  'stale-event-regresses-order', // a payment_processing event resets the payment to "requires payment", whenever it was sent
  'no-reconciliation', // the receipt route shows "pending" and waits for the webhook; it never retrieves the payment
  'sdk-self-hosted', // the shell loads HyperLoader.js from the shop's own /vendor copy instead of OwnGateway's CDN
  'csp-blocks-sdk-frames', // the shell's <meta> Content-Security-Policy lists the CDN under script-src but not frame-src
  'dev-gateway-url-in-build', // the deployment's public.env still points PUBLIC_OWNGATEWAY_URL at a local OwnGateway (http://127.0.0.1:8080)
]);
export type SpaDefect = z.infer<typeof SpaDefect>;

/**
 * The checklist items that must fail when the defect is on (the detection matrix's table for this
 * shop): the same mistake violates the same items as in the reference storefront, except where this
 * shop's deployment differs.
 */
export const expectedFailures: Record<SpaDefect, ChecklistItemId[]> = {
  ...(Object.fromEntries(SpaDefect.options.map((defect) => [defect, referenceFailures[defect]])) as Record<SpaDefect, ChecklistItemId[]>),
  // Its deployment folder holds no built front end, so only the browser can see a key in the bundle.
  'secret-key-in-bundle': ['api-keys.not-exposed'],
};
