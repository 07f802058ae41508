import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpaStorefrontSettings } from './options.ts';

// The files the shop's deployment keeps beside it: the secret key, and, where a defect says so, the
// copies of settings someone left behind.

/** Where the shop's deployment keeps its secret key, relative to its data folder. */
export const SPA_SECRET_KEY_FILE = '.env.production';

/**
 * The secret key's one home: the deployment's `.env.production`, owner-readable only. The
 * secret-key-in-two-places defect is the process-manager file someone pasted the environment into as well;
 * the dev-gateway-url-in-build defect, public settings that still name the OwnGateway the shop was developed against.
 */
export function writeDeployment({ dataDir, apiKey: secretKey, defects }: SpaStorefrontSettings): void {
  const seeded = new Set(defects);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, SPA_SECRET_KEY_FILE), `OWNGATEWAY_SECRET_KEY=${secretKey}\n`, { mode: 0o600 });
  if (seeded.has('secret-key-in-two-places')) {
    writeFileSync(
      join(dataDir, 'ecosystem.config.json'),
      JSON.stringify({ apps: [{ name: 'atelier-nord', script: 'server.js', env: { NODE_ENV: 'production', OWNGATEWAY_SECRET_KEY: secretKey } }] }, null, 2),
    );
  }
  if (seeded.has('dev-gateway-url-in-build')) writeFileSync(join(dataDir, 'public.env'), 'PUBLIC_OWNGATEWAY_URL=http://127.0.0.1:8080\n');
}
