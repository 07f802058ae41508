import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { StorefrontDefect } from './defects.ts';

// The reference storefront's deployment folder, laid out as a deploy step would leave it: `.env`
// (readable by its owner only) as the one home of the secret key, the built front end with its
// source map, and the order data. golive's "stored in one place" check scans this folder; each
// key-handling defect puts a copy of the key where merchants actually leave one, or none at all.

export interface FrontEndBuild {
  readonly script: string;
  readonly sourceMap: string;
}

const FRONT_END_DIR = join('public', 'assets');
export const SECRET_KEY_FILE = '.env';

/**
 * The source map a bundler writes next to the checkout script. Its `sourcesContent` carries every
 * module the bundle was built from, also the ones tree-shaken out of the script itself: the defect
 * is a shared config module with the server's key in it.
 */
function sourceMapOf(script: string, leakedSecretKey: string | null): string {
  const config = leakedSecretKey
    ? `// Shared by the server and the browser build.\nexport const OWNGATEWAY_API_KEY = ${JSON.stringify(leakedSecretKey)};\nexport const PAYMENT_LAYOUT = 'tabs';\n`
    : `// Browser-safe settings only; the secret key lives in the server's environment.\nexport const PAYMENT_LAYOUT = 'tabs';\n`;
  return JSON.stringify({
    version: 3,
    file: 'checkout.js',
    sources: ['src/checkout.js', 'src/config.js'],
    sourcesContent: [script, config],
    names: [],
    mappings: '',
  });
}

export function frontEndBuild(script: string, defects: ReadonlySet<StorefrontDefect>, apiKey: string): FrontEndBuild {
  return {
    script: `${script}\n//# sourceMappingURL=checkout.js.map\n`,
    sourceMap: sourceMapOf(script, defects.has('secret-key-in-source-map') ? apiKey : null),
  };
}

export function writeDeployment(
  dataDir: string,
  input: { apiKey: string; gatewayUrl: string; frontEnd: FrontEndBuild; defects: ReadonlySet<StorefrontDefect> },
): void {
  const { apiKey, defects } = input;
  mkdirSync(join(dataDir, FRONT_END_DIR), { recursive: true });
  // The defect: the platform injects the key into the process environment, and the declared file does not hold it.
  const keyLine = defects.has('secret-key-only-in-environment') ? '' : `OWNGATEWAY_API_KEY=${apiKey}\n`;
  writeFileSync(join(dataDir, SECRET_KEY_FILE), `OWNGATEWAY_BASE_URL=${input.gatewayUrl}\n${keyLine}`, { mode: 0o600 });
  writeFileSync(join(dataDir, FRONT_END_DIR, 'checkout.js'), input.frontEnd.script);
  writeFileSync(join(dataDir, FRONT_END_DIR, 'checkout.js.map'), input.frontEnd.sourceMap);
  if (defects.has('dev-gateway-url-in-build')) {
    // The defect: the front end was built with the developer's settings, a local OwnGateway among them.
    writeFileSync(
      join(dataDir, FRONT_END_DIR, 'payments.config.json'),
      JSON.stringify({ owngatewayBaseUrl: 'http://127.0.0.1:8080', layout: 'tabs' }, null, 2),
    );
  }
  if (defects.has('secret-key-in-two-places')) {
    // The second copy a merchant often forgets: a settings file with the key pasted in.
    mkdirSync(join(dataDir, 'config'), { recursive: true });
    writeFileSync(join(dataDir, 'config', 'settings.json'), JSON.stringify({ owngateway: { api_key: apiKey, timeout_ms: 10_000 } }, null, 2));
  }
  if (defects.has('secret-key-in-release-zip')) {
    // The previous release's artefact, left in the deployment with its own copy of the environment file.
    mkdirSync(join(dataDir, 'releases'), { recursive: true });
    writeFileSync(
      join(dataDir, 'releases', 'storefront-1.4.2.zip'),
      zipSync({
        'storefront/server.js': strToU8('// built server\n'),
        'storefront/.env.production': strToU8(`OWNGATEWAY_API_KEY=${apiKey}\n`),
      }),
    );
  }
}
