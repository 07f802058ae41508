import { z } from 'zod';
import { runCommandLine } from '../helpers/configuration/command-line.ts';
import { startSandboxStack } from './stack.ts';
import { StorefrontDefect } from './storefront/index.ts';

// `npm run sandbox`: the embedded stack alone, for a person with a browser or curl. Set up through the environment.
runCommandLine({
  command: 'npm run sandbox',
  describe: [
    ['GOLIVE_SANDBOX_PORT', 'gateway port (default: any free port)'],
    ['GOLIVE_SANDBOX_MERCHANT_ID', 'merchant id (default: generated)'],
    ['GOLIVE_SANDBOX_CONNECTOR', 'connector name (default stripe_test)'],
    ['GOLIVE_SANDBOX_WEBHOOK_URL', 'where merchant webhooks go (default: the storefront)'],
    ['GOLIVE_SANDBOX_DATA_DIR', 'storefront data (default .golive/sandbox-storefront)'],
    ['GOLIVE_STOREFRONT_DEFECTS', 'seeded storefront defects, comma separated'],
  ],
  options: {},
});
const Env = z.object({
  GOLIVE_SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  GOLIVE_SANDBOX_MERCHANT_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected 1-64 letters, digits, "_" or "-"')
    .optional(),
  GOLIVE_SANDBOX_CONNECTOR: z.string().min(1).default('stripe_test'),
  GOLIVE_SANDBOX_WEBHOOK_URL: z.url().optional(),
  GOLIVE_SANDBOX_DATA_DIR: z.string().min(1).default('.golive/sandbox-storefront'),
  GOLIVE_STOREFRONT_DEFECTS: z.string().optional(),
  /** 1: connector accounts in live mode, as a production account has them. */
  GOLIVE_SANDBOX_LIVE_CONNECTORS: z.enum(['0', '1'], { message: 'expected 0 or 1' }).default('0'),
});
const env = Env.safeParse(process.env);
if (!env.success) {
  console.error(`golive sandbox: bad environment\n${z.prettifyError(env.error)}`);
  process.exit(2);
}

const defects = StorefrontDefect.array().safeParse(
  (env.data.GOLIVE_STOREFRONT_DEFECTS ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean),
);
if (!defects.success) {
  console.error(
    `golive sandbox: GOLIVE_STOREFRONT_DEFECTS: expected a comma-separated list of ${StorefrontDefect.options.join(', ')}\n${z.prettifyError(defects.error)}`,
  );
  process.exit(2);
}

const stack = await startSandboxStack({
  storefront: { dataDir: env.data.GOLIVE_SANDBOX_DATA_DIR, defects: defects.data },
  gatewayPort: env.data.GOLIVE_SANDBOX_PORT,
  connectorName: env.data.GOLIVE_SANDBOX_CONNECTOR,
  liveConnectors: env.data.GOLIVE_SANDBOX_LIVE_CONNECTORS === '1',
  ...(env.data.GOLIVE_SANDBOX_MERCHANT_ID ? { merchantId: env.data.GOLIVE_SANDBOX_MERCHANT_ID } : {}),
  ...(env.data.GOLIVE_SANDBOX_WEBHOOK_URL ? { webhookUrl: env.data.GOLIVE_SANDBOX_WEBHOOK_URL } : {}),
});
// One JSON line, so another tool can read it; these are sandbox-only keys, printed on purpose.
console.log(
  JSON.stringify({
    gateway_url: stack.gatewayUrl,
    connector_url: stack.connectorUrl,
    storefront_url: stack.storefrontUrl,
    ...stack.credentials,
  }),
);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void stack.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
