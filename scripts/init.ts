import { existsSync, writeFileSync } from 'node:fs';
import { referenceStorefrontAdapterConfig } from '../fixtures/merchant-adapters/reference-storefront.ts';
import { runCommandLine } from '../helpers/configuration/command-line.ts';

// `npm run init`: starter files for a real target, with comments. Never overwrites; never writes a key.
runCommandLine({
  command: 'npm run init',
  describe: [['(no arguments)', 'writes golive.config.ts and golive.adapter.json here, unless they exist']],
  options: {},
});

const files: Record<string, string> = {
  'golive.config.ts': `// golive configuration for a real target. Non-secret values only: keys come from the environment
// (OWNGATEWAY_API_KEY, OWNGATEWAY_PUBLISHABLE_KEY, OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY), and a
// key-looking value here is refused.
export default {
  // sandbox (embedded, default) | staging | production-readiness
  target: 'staging',
  // Your OwnGateway deployment and merchant id.
  baseUrl: 'https://sandbox.owngateway.example',
  merchantId: 'merchant_123',
  // Cards and expected statuses per connector: stripe_test, adyen_test, checkout_test.
  connectorProfile: 'stripe_test',
  // Your storefront, for the browser checks (describe it in golive.adapter.json, GOLIVE_MERCHANT_ADAPTER).
  storefrontUrl: 'https://shop.staging.example',
  // The one file your deployment keeps the secret key in, and every place it must NOT be (repositories,
  // build output, mobile app bundles; archives are opened). Paths are relative to where golive runs.
  secretKeyLocation: '../shop/deploy/.env',
  scanPaths: ['../shop', '../shop-app/build/app-release.apk'],
};
`,
  'golive.adapter.json': `${JSON.stringify({ ...referenceStorefrontAdapterConfig('https://shop.staging.example'), name: 'my storefront' }, null, 2)}\n`,
};

let wrote = 0;
for (const [path, content] of Object.entries(files)) {
  if (existsSync(path)) {
    console.log(`golive init: ${path} exists, left as it is`);
    continue;
  }
  writeFileSync(path, content);
  wrote += 1;
  console.log(`golive init: wrote ${path}`);
}
if (wrote) console.log('golive init: edit the files, export the OWNGATEWAY_* keys, set GOLIVE_MERCHANT_ADAPTER=golive.adapter.json, then npm run certify');
