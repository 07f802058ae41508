import { z } from 'zod';
import { SpaDefect } from './defects.ts';

// How the shop is started: where OwnGateway and its CDN are, the merchant's keys, where the deployment
// keeps its files, and which of the shop's mistakes are switched on.

export const SpaStorefrontOptions = z.object({
  /** OwnGateway's API, as this server reaches it (possibly through a proxy). */
  gatewayUrl: z.url(),
  /** The OwnGateway URL the customer's browser uses, when the server reaches OwnGateway another way (a proxy); gatewayUrl by default. */
  publicGatewayUrl: z.url().optional(),
  /** Where HyperLoader.js (Unified Checkout) is served. */
  sdkUrl: z.url(),
  /** The secret API key: server side only. */
  apiKey: z.string().min(1),
  publishableKey: z.string().min(1),
  /** The profile's payment_response_hash_key: it signs return URLs and webhooks. */
  paymentResponseHashKey: z.string().min(1),
  /** The deployment's folder: the secret key file and the order journal live here. */
  dataDir: z.string().min(1),
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(0),
  /** Passed to elements({ appearance }). */
  appearance: z
    .record(z.string(), z.unknown())
    .default({ theme: 'default', variables: { colorPrimary: '#0b57d0', borderRadius: '8px', fontFamily: 'system-ui, sans-serif' } }),
  /** Ask OwnGateway for 3DS through its authentication connector (in the SDK's overlay) rather than the processor's redirect. */
  requestExternalThreeDs: z.boolean().default(false),
  defects: z.array(SpaDefect).default([]),
});
export type SpaStorefrontOptions = z.input<typeof SpaStorefrontOptions>;
export type SpaStorefrontSettings = z.output<typeof SpaStorefrontOptions>;
