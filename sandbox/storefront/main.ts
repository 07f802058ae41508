import { z } from 'zod';
import { StorefrontDefect } from './defects.ts';
import { startStorefront } from './server.ts';

// The reference storefront alone, deployed as a merchant deploys its shop: told where OwnGateway is
// and given its keys through the environment. Used for the staging-shaped certification, where
// golive knows it only by URL and adapter.
const Env = z.object({
  OWNGATEWAY_BASE_URL: z.url({ message: 'expected the OwnGateway base URL the server calls' }),
  OWNGATEWAY_SDK_URL: z.url({ message: 'expected the origin HyperLoader.js is loaded from' }).optional(),
  OWNGATEWAY_API_KEY: z.string({ message: 'expected the secret API key' }).min(1),
  OWNGATEWAY_PUBLISHABLE_KEY: z.string({ message: 'expected the publishable key' }).min(1),
  OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: z.string({ message: 'expected the payment response hash key' }).min(1),
  STOREFRONT_DATA_DIR: z.string({ message: "expected the folder for orders and the deployment's .env" }).min(1),
  STOREFRONT_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  STOREFRONT_DEFECTS: z.string().default(''),
  /** JSON passed to elements({ appearance }); the storefront's own default when absent. */
  STOREFRONT_APPEARANCE: z
    .string()
    .optional()
    .transform((json, ctx) => {
      if (json === undefined) return undefined;
      try {
        return z.record(z.string(), z.unknown()).parse(JSON.parse(json));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected a JSON object such as {"variables":{"colorPrimary":"#0b57d0"}}' });
        return z.NEVER;
      }
    }),
});
const env = Env.safeParse(process.env);
if (!env.success) {
  console.error(`reference storefront: bad environment\n${z.prettifyError(env.error)}`);
  process.exit(2);
}
const defects = StorefrontDefect.array().safeParse(
  env.data.STOREFRONT_DEFECTS.split(',')
    .map((d) => d.trim())
    .filter(Boolean),
);
if (!defects.success) {
  console.error(
    `reference storefront: STOREFRONT_DEFECTS: expected a comma-separated list of ${StorefrontDefect.options.join(', ')}\n${z.prettifyError(defects.error)}`,
  );
  process.exit(2);
}

const storefront = await startStorefront({
  gatewayUrl: env.data.OWNGATEWAY_BASE_URL,
  sdkUrl: env.data.OWNGATEWAY_SDK_URL ?? env.data.OWNGATEWAY_BASE_URL,
  apiKey: env.data.OWNGATEWAY_API_KEY,
  publishableKey: env.data.OWNGATEWAY_PUBLISHABLE_KEY,
  paymentResponseHashKey: env.data.OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY,
  dataDir: env.data.STOREFRONT_DATA_DIR,
  port: env.data.STOREFRONT_PORT,
  defects: defects.data,
  ...(env.data.STOREFRONT_APPEARANCE ? { appearance: env.data.STOREFRONT_APPEARANCE } : {}),
});
console.log(JSON.stringify({ url: storefront.url, webhook_url: storefront.webhookUrl }));

const stop = () => {
  void storefront.stop().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
