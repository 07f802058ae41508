import { z } from 'zod';
import { startSandboxStack } from './stack.ts';

// `npm run sandbox`: the embedded stack alone, for a person with a browser or curl.
const Env = z.object({
  GOLIVE_SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  GOLIVE_SANDBOX_MERCHANT_ID: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected 1-64 letters, digits, "_" or "-"').optional(),
  GOLIVE_SANDBOX_CONNECTOR: z.string().min(1).default('stripe_test'),
  GOLIVE_SANDBOX_WEBHOOK_URL: z.url().optional(),
});
const env = Env.safeParse(process.env);
if (!env.success) {
  console.error(`golive sandbox: bad environment\n${z.prettifyError(env.error)}`);
  process.exit(2);
}

const stack = await startSandboxStack({
  gatewayPort: env.data.GOLIVE_SANDBOX_PORT,
  connectorName: env.data.GOLIVE_SANDBOX_CONNECTOR,
  ...(env.data.GOLIVE_SANDBOX_MERCHANT_ID ? { merchantId: env.data.GOLIVE_SANDBOX_MERCHANT_ID } : {}),
  ...(env.data.GOLIVE_SANDBOX_WEBHOOK_URL ? { webhookUrl: env.data.GOLIVE_SANDBOX_WEBHOOK_URL } : {}),
});
// One JSON line, so another tool can read it; these are sandbox-only keys, printed on purpose.
console.log(JSON.stringify({
  gateway_url: stack.gatewayUrl,
  connector_url: stack.connectorUrl,
  ...stack.credentials,
}));

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void stack.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
