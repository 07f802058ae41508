import { z } from 'zod';

// Integration mistakes the reference storefront can be switched into, one at a time, so golive can
// prove it catches each one. Every check they disable lives in exactly one named place.
export const StorefrontDefect = z.enum([
  'secret-key-in-bundle', // the secret API key shipped in the checkout script
  'trust-return-url-status', // fulfils from the return URL's status, no signature, no server-side retrieve
  'skip-amount-check', // fulfils a succeeded payment whatever its amount or currency
  'trust-browser-amount', // creates the payment for the amount the browser posted
  'webhook-without-signature', // accepts webhooks without verifying X-Webhook-Signature-512
  'webhook-not-idempotent', // fulfils again on every delivery of the same event
  'no-error-on-decline', // shows nothing when a payment is declined
  'no-double-submit-guard', // the pay button confirms on every click, even while a payment is in flight
  'pay-button-below-fold', // the pay button sits below the first screen
  'pay-button-low-contrast', // the pay button's text barely stands out
  'ignore-styling', // the configured appearance never reaches the SDK
  'secret-key-in-two-places', // the deployment keeps a second copy of the secret key in a config file
  'secret-key-only-in-environment', // the declared file (.env) does not hold the key: it is injected elsewhere, where golive was not told to look
  'secret-key-in-source-map', // the front end's source map carries a shared config module with the secret key
  'secret-key-in-release-zip', // an old release zip left in the deployment holds a copy of the key
  'cancel-order-on-gateway-error', // an error answer from OwnGateway while checking a payment cancels the order for good
  'ignore-refund-webhooks', // refunds never reach the order
  'webhook-endpoint-errors', // the webhook endpoint answers 500 to every delivery (it crashes on OwnGateway's body)
  'queued-webhook-without-signature', // webhooks are acknowledged at once and applied a second later, unverified
  'webhook-signature-over-reserialised-json', // the webhook HMAC is checked over JSON.stringify(JSON.parse(body)), not the bytes received
  'amount-from-return-url', // the return page checks the payment the URL names against the URL's amount, not the order's
  'currency-not-compared', // a payment is matched to its order by amount only, whatever its currency
  'fulfilment-race', // asks "released yet?", then books the warehouse, then records the release: a webhook and the customer's return arriving together both release
  'stale-event-regresses-order', // a webhook's status is taken as the order's newest, so a retried older payment_processing moves a paid order back
  'no-reconciliation', // the return page never asks OwnGateway; only a webhook settles the order, so a lost one leaves it unpaid
  'sdk-self-hosted', // the checkout page loads a copy of HyperLoader.js from the shop's own host instead of OwnGateway's
  'csp-blocks-sdk-frames', // the checkout page's Content-Security-Policy header allows OwnGateway's script but frames from 'self' only: no card form
  'dev-gateway-url-in-build', // the deployed front end's config still names the developer's local OwnGateway (http://127.0.0.1:8080)
]);
export type StorefrontDefect = z.infer<typeof StorefrontDefect>;
