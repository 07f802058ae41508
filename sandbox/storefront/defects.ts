import { z } from 'zod';

// Integration mistakes the reference storefront can be switched into, one at a time, so golive can
// prove it catches each one. Every check they disable lives in exactly one named place.
export const StorefrontDefect = z.enum([
  'secret-key-in-bundle',          // the secret API key shipped in the checkout script
  'trust-return-url-status',       // fulfils from the return URL's status, no signature, no server-side retrieve
  'skip-amount-check',             // fulfils a succeeded payment whatever its amount or currency
  'trust-browser-amount',          // creates the payment for the amount the browser posted
  'webhook-without-signature',     // accepts webhooks without verifying X-Webhook-Signature-512
  'webhook-not-idempotent',        // fulfils again on every delivery of the same event
  'no-error-on-decline',           // shows nothing when a payment is declined
  'pay-button-below-fold',         // the pay button sits below the first screen
  'pay-button-low-contrast',       // the pay button's text barely stands out
  'ignore-styling',                // the configured appearance never reaches the SDK
]);
export type StorefrontDefect = z.infer<typeof StorefrontDefect>;
