import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { attestationItems } from '../helpers/checklist/attestations.ts';
import { freeLoopbackPort } from '../helpers/network/free-loopback-port.ts';
import { runCommandLine, usage } from '../helpers/configuration/command-line.ts';
import { shareCompileCache } from '../helpers/configuration/compile-cache.ts';
import { SECRET_KEY_FILE } from '../sandbox/storefront/deployment.ts';
import { SPA_SECRET_KEY_FILE } from '../sandbox/storefront-spa/deployment.ts';
import { SECRET_KEY_FILE as VENDURE_SECRET_KEY_FILE } from '../sandbox/shop-vendure/deployment.ts';
import type { ChecklistReport } from '../reporting/checklist-report.ts';
import { readyLine } from './ready-line.ts';
import { cli } from './node-bin.ts';

// The certification as a merchant runs it against staging, on one machine: an OwnGateway process of
// its own (the embedded gateway started alone, as a stand-in for staging), the merchant's shop as
// another process that reaches OwnGateway through golive's fault proxy, and golive told about both
// only through environment variables and the shop's adapter file. Every required merchant item must
// pass (or be attested) with no failing test: golive must certify a correct shop it did not write.

// Each shop as its own process is configured by its own environment: the reference and single-page shops
// read STOREFRONT_*, the Vendure shop SHOP_* (it also has an admin login, which its adapter reads from
// golive's environment). sdkFromCdn: the shop loads HyperLoader.js from a CDN of its own (its entry starts one).
interface ShopProcess {
  entry: string;
  adapter: string;
  sdkFromCdn: boolean;
  /** Where the shop's deployment keeps its secret key, as its merchant would declare it. */
  keyFile: string;
  /** The shop's own environment: its data folder, port, styling and seeded defects. */
  env: (dataDir: string, port: number, appearance: string, defect: string | undefined) => Record<string, string>;
}
const storefrontEnv: ShopProcess['env'] = (dataDir, port, appearance, defect) => ({
  STOREFRONT_DATA_DIR: dataDir,
  STOREFRONT_PORT: String(port),
  STOREFRONT_APPEARANCE: appearance,
  ...(defect ? { STOREFRONT_DEFECTS: defect } : {}),
});
const STOREFRONTS: Record<'reference' | 'spa' | 'vendure', ShopProcess> = {
  reference: {
    entry: 'sandbox/storefront/main.ts',
    adapter: 'sandbox/storefront/golive.adapter.json',
    sdkFromCdn: false,
    keyFile: SECRET_KEY_FILE,
    env: storefrontEnv,
  },
  spa: {
    entry: 'sandbox/storefront-spa/main.ts',
    adapter: 'sandbox/storefront-spa/golive.adapter.json',
    sdkFromCdn: true,
    keyFile: SPA_SECRET_KEY_FILE,
    env: storefrontEnv,
  },
  vendure: {
    entry: 'sandbox/shop-vendure/main.ts',
    adapter: 'sandbox/shop-vendure/golive.adapter.json',
    sdkFromCdn: false,
    keyFile: VENDURE_SECRET_KEY_FILE,
    env: (dataDir, port, appearance, defect) => ({
      SHOP_DATA_DIR: dataDir,
      SHOP_PORT: String(port),
      SHOP_APPEARANCE: appearance,
      ...(defect ? { SHOP_DEFECTS: defect } : {}),
    }),
  },
};
type StorefrontName = keyof typeof STOREFRONTS;
// The styling the merchant gives Unified Checkout, and so declares to golive.
const APPEARANCE = JSON.stringify({ theme: 'default', variables: { colorPrimary: '#7b2cbf', borderRadius: '4px', fontFamily: 'Georgia, serif' } });

const TARGETS = ['staging', 'production-readiness'] as const;
const commandLine = {
  command: 'node scripts/staging-shaped-certification.ts',
  synopsis: '[--target T] [--storefront NAME] [--keep] [-- playwright args]',
  describe: [
    ['--target', 'staging (default: the full certification) or production-readiness (live connectors, nothing created)'],
    ['--storefront', `which shop to certify: ${Object.keys(STOREFRONTS).join(', ')} (default reference)`],
    ['--keep', "keep the run's folder (reports, data) and print its path"],
    ['--defect', "start the shop with one of its seeded defects (the detection matrix's staging-shaped runs)"],
    ['--results-json', "copy the run's Playwright JSON results here (the detection matrix reads them)"],
    ['--tests-only', "with --results-json: run the tests alone, no reports, certificate or OwnGateway's confirmation (the detection matrix's defect runs)"],
    ['-- args', 'go to npm run certify (e.g. -- --project=webhooks); the verdict then covers only what ran'],
  ],
  options: {
    keep: { type: 'boolean' },
    storefront: { type: 'string' },
    target: { type: 'string' },
    defect: { type: 'string' },
    'results-json': { type: 'string' },
    'tests-only': { type: 'boolean' },
  },
  allowPositionals: true,
} as const;
const { values, positionals: certifyArgs } = runCommandLine(commandLine);
function usageError(message: string): never {
  console.error(`staging-shaped certification: ${message}\n${usage(commandLine)}`);
  process.exit(2);
}
const storefrontName = (values.storefront ?? 'reference') as StorefrontName;
if (!(storefrontName in STOREFRONTS))
  usageError(`--storefront: expected one of ${Object.keys(STOREFRONTS).join(', ')}, got ${JSON.stringify(values.storefront)}`);
const storefront = STOREFRONTS[storefrontName];
const target = (values.target ?? 'staging') as (typeof TARGETS)[number];
const testsOnly = values['tests-only'] === true;
if (testsOnly && !values['results-json']) usageError('--tests-only: needs --results-json, where the results of the tests go');
if (!TARGETS.includes(target)) usageError(`--target: expected one of ${TARGETS.join(', ')}, got ${JSON.stringify(values.target)}`);

const GatewayLine = z.object({
  gateway_url: z.url(),
  merchant_id: z.string(),
  api_key: z.string(),
  publishable_key: z.string(),
  admin_api_key: z.string(),
  payment_response_hash_key: z.string(),
  connector: z.string(),
  connector_webhook_secret: z.string(),
});
// The Vendure shop also names its admin login, which its adapter reads from golive's environment.
const StorefrontLine = z.object({ url: z.url(), webhook_url: z.url(), admin_username: z.string().optional(), admin_password: z.string().optional() });
const AdapterFacts = z.object({ webhookUrl: z.string().optional() }).loose();

// The stand-in OwnGateway and the shop (a Vendure start compiles thousands of modules) reuse compiled code.
shareCompileCache();
const children: ChildProcess[] = [];
function start(label: string, entry: string, env: NodeJS.ProcessEnv): Promise<unknown> {
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return readyLine(child, label);
}

const work = mkdtempSync(join(tmpdir(), 'golive-staging-shaped-'));
const began = Date.now();
let exitCode = 1;
try {
  const [proxyPort, shopPort, relayPort] = [await freeLoopbackPort(), await freeLoopbackPort(), await freeLoopbackPort()];
  const webhookPath = AdapterFacts.parse(JSON.parse(readFileSync(storefront.adapter, 'utf8'))).webhookUrl ?? '/';
  const staging = GatewayLine.parse(
    await start('the stand-in OwnGateway', 'sandbox/main.ts', {
      ...process.env,
      GOLIVE_SANDBOX_MERCHANT_ID: `staging_${Date.now()}`,
      GOLIVE_SANDBOX_DATA_DIR: join(work, 'unused-storefront'),
      // Set on the merchant account as the merchant sets it on the dashboard.
      GOLIVE_SANDBOX_WEBHOOK_URL: new URL(webhookPath, `http://127.0.0.1:${shopPort}`).toString(),
      GOLIVE_SANDBOX_LIVE_CONNECTORS: target === 'production-readiness' ? '1' : '0',
    }),
  );
  const shopDataDir = join(work, 'shop');
  const shop = StorefrontLine.parse(
    await start(`the ${storefrontName} storefront`, storefront.entry, {
      ...process.env,
      // The shop's server goes through the fault proxy; its customers' browsers reach OwnGateway directly.
      OWNGATEWAY_BASE_URL: `http://127.0.0.1:${proxyPort}`,
      OWNGATEWAY_PUBLIC_URL: staging.gateway_url,
      ...(storefront.sdkFromCdn ? {} : { OWNGATEWAY_SDK_URL: staging.gateway_url }),
      OWNGATEWAY_API_KEY: staging.api_key,
      OWNGATEWAY_PUBLISHABLE_KEY: staging.publishable_key,
      OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: staging.payment_response_hash_key,
      ...storefront.env(shopDataDir, shopPort, APPEARANCE, values.defect),
    }),
  );

  // What a person signs for; this run stands in for them.
  const attestations = join(work, 'golive.attestations.json');
  writeFileSync(
    attestations,
    JSON.stringify(
      attestationItems().map((item) => ({
        item,
        who: 'golive staging-shaped self-test',
        when: new Date().toISOString().slice(0, 10),
        evidence: 'stand-in merchant, no real agreement',
      })),
    ),
  );

  // Only the environment and the adapter: nothing of this process's own golive settings leaks in.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(PLAYWRIGHT_|TEST_|GOLIVE_|OWNGATEWAY_)/.test(key)));
  const reportsDir = join(work, 'reports');
  console.log(`staging-shaped certification: ${storefrontName} storefront at ${shop.url}, OwnGateway at ${staging.gateway_url}, fault proxy on ${proxyPort}`);
  // A defect run of the detection matrix needs only the tests' results: Playwright alone, as certify would start it.
  const [command, commandArgs] = testsOnly
    ? cli('playwright', ['test', '--reporter=json', ...certifyArgs])
    : [process.execPath, ['scripts/certify.ts', ...certifyArgs]];
  const run = spawnSync(command, commandArgs, {
    stdio: 'inherit',
    env: {
      ...inherited,
      ...(testsOnly ? { PLAYWRIGHT_JSON_OUTPUT_NAME: resolve(values['results-json']!) } : {}),
      GOLIVE_TARGET: target,
      GOLIVE_REPORTS_DIR: reportsDir,
      GOLIVE_ATTESTATIONS: attestations,
      GOLIVE_CONTAINERS: process.env.GOLIVE_CONTAINERS ?? 'auto',
      OWNGATEWAY_BASE_URL: staging.gateway_url,
      OWNGATEWAY_MERCHANT_ID: staging.merchant_id,
      OWNGATEWAY_API_KEY: staging.api_key,
      OWNGATEWAY_PUBLISHABLE_KEY: staging.publishable_key,
      OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: staging.payment_response_hash_key,
      OWNGATEWAY_ADMIN_API_KEY: staging.admin_api_key,
      OWNGATEWAY_CONNECTOR_WEBHOOK_SECRET: staging.connector_webhook_secret,
      GOLIVE_CONNECTOR_PROFILE: staging.connector,
      GOLIVE_STOREFRONT_URL: shop.url,
      GOLIVE_MERCHANT_ADAPTER: resolve(storefront.adapter),
      ...(shop.admin_username && shop.admin_password ? { SHOP_ADMIN_USERNAME: shop.admin_username, SHOP_ADMIN_PASSWORD: shop.admin_password } : {}),
      GOLIVE_GATEWAY_PROXY_PORT: String(proxyPort),
      // golive's webhook relay, which the lost-webhook check puts in front of the shop's endpoint for its payment.
      GOLIVE_WEBHOOK_RELAY_PORT: String(relayPort),
      GOLIVE_WEBHOOK_RELAY_URL: `http://127.0.0.1:${relayPort}/`,
      GOLIVE_SCAN_PATHS: shopDataDir,
      GOLIVE_SECRET_KEY_LOCATION: join(shopDataDir, storefront.keyFile),
      GOLIVE_EXPECTED_APPEARANCE: APPEARANCE,
    },
  });
  if (testsOnly) {
    exitCode = run.status ?? 1;
    console.log(`staging-shaped certification: tests only, Playwright exited with ${run.status} (${Math.round((Date.now() - began) / 1000)} s)`);
  } else {
    if (values['results-json']) copyFileSync(join(reportsDir, 'results.json'), values['results-json']);
    const report = JSON.parse(readFileSync(join(reportsDir, 'go-live-checklist.json'), 'utf8')) as ChecklistReport;
    const notCertified = report.passed ? [] : report.items.filter((item) => item.required && item.verdict !== 'pass' && item.verdict !== 'attested');
    console.log(`\n${target} certification of the ${storefrontName} storefront (${Math.round((Date.now() - began) / 1000)} s):`);
    for (const item of report.items)
      console.log(`  ${item.verdict.padEnd(8)} ${item.id}${item.verdict === 'pass' || item.verdict === 'attested' ? '' : `: ${item.reason}`}`);
    if (run.status !== 0) console.error(`staging-shaped certification: certify exited with ${run.status}`);
    if (notCertified.length) console.error(`staging-shaped certification: not certified: ${notCertified.map((i) => `${i.id} (${i.verdict})`).join(', ')}`);
    exitCode = run.status === 0 && report.passed ? 0 : 1;
    // OwnGateway's reviewer's step, while the stand-in OwnGateway still runs: every object the sealed
    // evidence names, looked up in its records. A passing certification OwnGateway does not confirm,
    // or a certificate verify refuses or cannot read, is golive's own failure.
    const certificate = join(reportsDir, 'golive-certificate.json');
    if (existsSync(certificate)) {
      const verified = spawnSync(process.execPath, ['scripts/verify.ts', certificate], {
        stdio: 'inherit',
        env: {
          ...inherited,
          OWNGATEWAY_BASE_URL: staging.gateway_url,
          OWNGATEWAY_MERCHANT_ID: staging.merchant_id,
          OWNGATEWAY_ADMIN_API_KEY: staging.admin_api_key,
        },
      });
      if (verified.status !== 0 && (report.passed || verified.status !== 1)) {
        console.error(`staging-shaped certification: OwnGateway did not confirm golive's own certificate (verify exited with ${verified.status})`);
        exitCode = 1;
      }
    } else if (report.passed) {
      console.error('staging-shaped certification: certify passed but wrote no certificate');
      exitCode = 1;
    }
  }
  if (values.keep) console.log(`staging-shaped certification: run folder kept at ${work}`);
} catch (error) {
  console.error(`staging-shaped certification: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  for (const child of children) child.kill('SIGTERM');
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
