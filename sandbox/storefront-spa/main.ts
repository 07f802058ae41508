import { z } from 'zod';
import { startSdkCdn, type StartedSdkCdn } from '../sdk/cdn.ts';
import { SpaDefect } from './defects.ts';
import { startSpaStorefront } from './server.ts';

// The SPA shop as a process of its own, for a CI run against a separately started gateway:
//   OWNGATEWAY_BASE_URL=… OWNGATEWAY_API_KEY=… OWNGATEWAY_PUBLISHABLE_KEY=… OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY=… \
//   node sandbox/storefront-spa/main.ts
// Without OWNGATEWAY_SDK_URL it starts the SDK CDN beside it; OWNGATEWAY_PUBLIC_URL is the gateway
// URL for browsers when OWNGATEWAY_BASE_URL is a proxy only this server goes through. Prints one JSON line; stops on SIGINT/SIGTERM.
const Env = z.object({
  OWNGATEWAY_BASE_URL: z.url({ error: "expected the gateway's base URL, e.g. http://127.0.0.1:8080" }),
  OWNGATEWAY_PUBLIC_URL: z.url({ error: 'expected the OwnGateway URL browsers use (when this server reaches it through a proxy)' }).optional(),
  OWNGATEWAY_SDK_URL: z.url({ error: 'expected the URL HyperLoader.js is served under' }).optional(),
  OWNGATEWAY_API_KEY: z.string({ error: "expected the merchant's secret API key" }).min(1, "expected the merchant's secret API key"),
  OWNGATEWAY_PUBLISHABLE_KEY: z
    .string({ error: 'expected a publishable key starting pk_dev_, pk_snd_ or pk_prd_' })
    .regex(/^pk_(dev|snd|prd)_/, 'expected a publishable key starting pk_dev_, pk_snd_ or pk_prd_'),
  OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: z
    .string({ error: 'expected the payment response hash key (it signs return URLs and webhooks)' })
    .min(1, 'expected the payment response hash key (it signs return URLs and webhooks)'),
  STOREFRONT_DATA_DIR: z.string().min(1).default('.golive/spa-storefront'),
  STOREFRONT_HOST: z.string().min(1).default('127.0.0.1'),
  STOREFRONT_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** JSON passed to elements({ appearance }); the shop's default when absent. */
  STOREFRONT_APPEARANCE: z
    .string()
    .optional()
    .transform((json, ctx) => {
      if (json === undefined) return undefined;
      const parsed = z.record(z.string(), z.unknown()).safeParse(
        (() => {
          try {
            return JSON.parse(json) as unknown;
          } catch {
            return null;
          }
        })(),
      );
      if (!parsed.success) ctx.addIssue({ code: 'custom', message: 'expected a JSON object such as {"variables":{"colorPrimary":"#1f5c45"}}' });
      return parsed.success ? parsed.data : undefined;
    }),
  STOREFRONT_DEFECTS: z
    .string()
    .default('')
    .transform((list, ctx) => {
      const names = list
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean);
      const parsed = SpaDefect.array().safeParse(names);
      if (!parsed.success) ctx.addIssue({ code: 'custom', message: `expected a comma-separated list of ${SpaDefect.options.join(', ')}` });
      return parsed.success ? parsed.data : [];
    }),
});

const env = Env.safeParse(process.env);
if (!env.success) {
  console.error(`spa storefront: bad environment\n${z.prettifyError(env.error)}`);
  process.exit(2);
}
const config = env.data;
const cdn: StartedSdkCdn | null = config.OWNGATEWAY_SDK_URL ? null : await startSdkCdn({ host: config.STOREFRONT_HOST });
const shop = await startSpaStorefront({
  gatewayUrl: config.OWNGATEWAY_BASE_URL,
  sdkUrl: config.OWNGATEWAY_SDK_URL ?? cdn!.url,
  apiKey: config.OWNGATEWAY_API_KEY,
  ...(config.OWNGATEWAY_PUBLIC_URL ? { publicGatewayUrl: config.OWNGATEWAY_PUBLIC_URL } : {}),
  publishableKey: config.OWNGATEWAY_PUBLISHABLE_KEY,
  paymentResponseHashKey: config.OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY,
  dataDir: config.STOREFRONT_DATA_DIR,
  host: config.STOREFRONT_HOST,
  port: config.STOREFRONT_PORT,
  defects: config.STOREFRONT_DEFECTS,
  ...(config.STOREFRONT_APPEARANCE ? { appearance: config.STOREFRONT_APPEARANCE } : {}),
});
// The same line as the reference storefront's entry, so a CI script can start either.
console.log(JSON.stringify({ url: shop.url, webhook_url: shop.webhookUrl, sdk_url: config.OWNGATEWAY_SDK_URL ?? cdn!.url }));

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void Promise.all([shop.stop(), cdn?.stop()]).then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
