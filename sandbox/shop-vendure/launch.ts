import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandboxStack } from '../stack.ts';
import { startVendureShop } from './server.ts';

// `npm run shop:vendure`: the embedded OwnGateway sandbox and the Vendure shop beside it, the
// merchant's webhooks pointed at the shop. Runs until Ctrl-C. (The sandbox launcher, not the merchant.)
const stack = await startSandboxStack();
const { credentials } = stack;
const dataDir = process.env.SHOP_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'golive-shop-vendure-'));
const shop = await startVendureShop({
  gatewayUrl: stack.gatewayUrl,
  apiKey: credentials.api_key,
  publishableKey: credentials.publishable_key,
  paymentResponseHashKey: credentials.payment_response_hash_key,
  dataDir,
  ...(process.env.SHOP_PORT ? { port: Number(process.env.SHOP_PORT) } : {}),
});
const pointed = await fetch(`${stack.gatewayUrl}/accounts/${credentials.merchant_id}`, {
  method: 'POST',
  headers: { 'api-key': credentials.admin_api_key, 'content-type': 'application/json' },
  body: JSON.stringify({ webhook_details: { webhook_url: shop.webhookUrl } }),
});
if (!pointed.ok) throw new Error(`pointing the merchant's webhooks at the shop answered ${pointed.status}`);
console.log(
  [
    `Vendure shop:   ${shop.url}/products/field-notebook`,
    `Admin API:      ${shop.adminApiUrl} (user ${shop.admin.username}, password ${shop.admin.password})`,
    `Webhook URL:    ${shop.webhookUrl}`,
    `OwnGateway:     ${stack.gatewayUrl} (merchant ${credentials.merchant_id})`,
    `Data dir:       ${dataDir}`,
    'Ctrl-C to stop.',
  ].join('\n'),
);

const stop = () => {
  void shop
    .stop()
    .then(() => stack.stop())
    .then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
