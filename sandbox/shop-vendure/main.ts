import { z } from 'zod';
import { defectsFromList } from './defects.ts';
import { startVendureShop } from './server.ts';

// The Vendure shop as a process of its own, configured by environment only:
//   OWNGATEWAY_BASE_URL=… OWNGATEWAY_API_KEY=… OWNGATEWAY_PUBLISHABLE_KEY=… OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY=… \
//   node sandbox/shop-vendure/main.ts
// Prints one JSON line on stdout once it listens (Vendure's logs go to stderr); stops on SIGINT/SIGTERM.
const Env = z
  .object({
    OWNGATEWAY_BASE_URL: z.url({ error: 'expected the OwnGateway base URL the server calls, e.g. http://127.0.0.1:8080' }),
    OWNGATEWAY_PUBLIC_URL: z.url({ error: 'expected the OwnGateway URL browsers load HyperLoader.js from' }).optional(),
    OWNGATEWAY_API_KEY: z.string({ error: "expected the merchant's secret API key" }).min(1, "expected the merchant's secret API key"),
    OWNGATEWAY_PUBLISHABLE_KEY: z
      .string({ error: 'expected a publishable key starting pk_dev_, pk_snd_ or pk_prd_' })
      .regex(/^pk_(dev|snd|prd)_/, 'expected a publishable key starting pk_dev_, pk_snd_ or pk_prd_'),
    OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: z
      .string({ error: 'expected the payment response hash key (it signs return URLs and webhooks)' })
      .min(1, 'expected the payment response hash key'),
    SHOP_DATA_DIR: z.string().min(1).default('.golive/shop-vendure'),
    SHOP_HOST: z.string().min(1).default('127.0.0.1'),
    SHOP_PORT: z.coerce.number({ error: 'expected a port number (0 for any free port)' }).int().min(0).max(65535).default(0),
    SHOP_ADMIN_USERNAME: z.string().min(1).optional(),
    SHOP_ADMIN_PASSWORD: z.string().min(8, 'expected at least 8 characters').optional(),
    SHOP_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'verbose', 'debug']).default('warn'),
    SHOP_APPEARANCE: z
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
        if (!parsed.success) ctx.addIssue({ code: 'custom', message: 'expected a JSON object such as {"variables":{"colorPrimary":"#0b57d0"}}' });
        return parsed.success ? parsed.data : undefined;
      }),
    SHOP_DEFECTS: z
      .string()
      .default('')
      .transform((list, ctx) => {
        try {
          return defectsFromList(list);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
          return [];
        }
      }),
  })
  .refine((env) => (env.SHOP_ADMIN_USERNAME === undefined) === (env.SHOP_ADMIN_PASSWORD === undefined), {
    message: 'set both SHOP_ADMIN_USERNAME and SHOP_ADMIN_PASSWORD, or neither (then a password is generated)',
    path: ['SHOP_ADMIN_PASSWORD'],
  });

const env = Env.safeParse(process.env);
if (!env.success) {
  console.error(`vendure shop: bad environment\n${z.prettifyError(env.error)}`);
  process.exit(2);
}
const config = env.data;
const shop = await startVendureShop({
  gatewayUrl: config.OWNGATEWAY_BASE_URL,
  ...(config.OWNGATEWAY_PUBLIC_URL ? { publicGatewayUrl: config.OWNGATEWAY_PUBLIC_URL } : {}),
  apiKey: config.OWNGATEWAY_API_KEY,
  publishableKey: config.OWNGATEWAY_PUBLISHABLE_KEY,
  paymentResponseHashKey: config.OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY,
  dataDir: config.SHOP_DATA_DIR,
  host: config.SHOP_HOST,
  port: config.SHOP_PORT,
  defects: config.SHOP_DEFECTS,
  logLevel: config.SHOP_LOG_LEVEL,
  ...(config.SHOP_APPEARANCE ? { appearance: config.SHOP_APPEARANCE } : {}),
  ...(config.SHOP_ADMIN_USERNAME && config.SHOP_ADMIN_PASSWORD
    ? { admin: { username: config.SHOP_ADMIN_USERNAME, password: config.SHOP_ADMIN_PASSWORD } }
    : {}),
});
console.log(
  JSON.stringify({
    url: shop.url,
    webhook_url: shop.webhookUrl,
    admin_api_url: shop.adminApiUrl,
    shop_api_url: shop.shopApiUrl,
    admin_username: shop.admin.username,
    admin_password: shop.admin.password,
  }),
);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void shop.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
