import { z } from 'zod';
import { StorefrontDefect } from './defects.ts';

// How the storefront is deployed: where OwnGateway is, its keys, and the defects it is switched into.

export const StorefrontOptions = z.object({
  gatewayUrl: z.url(),
  sdkUrl: z.url(),
  apiKey: z.string().min(1),
  publishableKey: z.string().min(1),
  paymentResponseHashKey: z.string().min(1),
  dataDir: z.string().min(1),
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(0),
  appearance: z
    .record(z.string(), z.unknown())
    .default({ theme: 'default', variables: { colorPrimary: '#0b57d0', borderRadius: '8px', fontFamily: 'system-ui, sans-serif' } }),
  defects: z.array(StorefrontDefect).default([]),
  /** Ask OwnGateway for 3DS through its authentication connector (in page, in the SDK's overlay) rather than the processor's redirect. */
  requestExternalThreeDs: z.boolean().default(false),
});
export type StorefrontOptions = z.input<typeof StorefrontOptions>;
export type StorefrontConfig = z.output<typeof StorefrontOptions>;
