import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { buildChecklistReport, PlaywrightJsonReport } from '../reporting/checklist-report.ts';
import { cli } from '../scripts/node-bin.ts';
import { readyLine } from '../scripts/ready-line.ts';

// The same certification, unchanged, against an independent gateway process with its own keys and
// ids, configured only through environment variables: a stand-in for a merchant's staging deployment.

const SandboxLine = z.object({
  gateway_url: z.url(),
  storefront_url: z.url(),
  merchant_id: z.string(),
  api_key: z.string(),
  publishable_key: z.string(),
  admin_api_key: z.string(),
  payment_response_hash_key: z.string(),
  connector: z.string(),
  connector_webhook_secret: z.string(),
});

test('GOLIVE_TARGET=staging runs the API lifecycle certification and the conformance suite against a separately started gateway', async () => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'golive-staging-'));
  const merchantId = `staging_merchant_${Date.now()}`;
  const gateway = spawn(process.execPath, ['sandbox/main.ts'], {
    env: { ...process.env, GOLIVE_SANDBOX_MERCHANT_ID: merchantId, GOLIVE_SANDBOX_DATA_DIR: join(work, 'storefront') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const staging = SandboxLine.parse(await readyLine(gateway, 'the stand-in gateway'));
    expect(staging.merchant_id).toBe(merchantId);
    // Only the environment: no fixture knows this gateway; any PLAYWRIGHT_/TEST_ variables of this run are dropped.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(PLAYWRIGHT_|TEST_|GOLIVE_)/.test(key)));
    const results = join(work, 'results.json');
    const run = spawnSync(...cli('playwright', ['test', '--project=api', '--project=conformance', '--reporter=json', '--retries=0']), {
      env: {
        ...env,
        GOLIVE_REPORTS_DIR: join(work, 'reports'),
        PLAYWRIGHT_JSON_OUTPUT_NAME: results,
        GOLIVE_TARGET: 'staging',
        OWNGATEWAY_BASE_URL: staging.gateway_url,
        OWNGATEWAY_API_KEY: staging.api_key,
        OWNGATEWAY_PUBLISHABLE_KEY: staging.publishable_key,
        OWNGATEWAY_MERCHANT_ID: staging.merchant_id,
        OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: staging.payment_response_hash_key,
        OWNGATEWAY_ADMIN_API_KEY: staging.admin_api_key,
        OWNGATEWAY_CONNECTOR_WEBHOOK_SECRET: staging.connector_webhook_secret,
        GOLIVE_STOREFRONT_URL: staging.storefront_url,
      },
      encoding: 'utf8',
    });
    const report = JSON.parse(readFileSync(results, 'utf8')) as { stats: { expected: number; unexpected: number; skipped: number; flaky: number } };
    expect(report.stats, run.stderr.slice(-2000)).toMatchObject({ unexpected: 0 });
    expect(report.stats.expected).toBeGreaterThan(100);
    expect(run.status).toBe(0);
    // An API-only run looks at OwnGateway, not at the merchant: no merchant item may pass on it.
    const checklist = buildChecklistReport(PlaywrightJsonReport.parse(JSON.parse(readFileSync(results, 'utf8'))), [], 'staging');
    expect(
      checklist.items.filter((item) => item.verdict === 'pass').map((item) => item.id),
      'merchant items passed by gateway checks',
    ).toEqual([]);
    expect(checklist.gateway.length, 'the gateway checks are listed in their own section').toBeGreaterThan(3);
    expect(checklist.passed).toBe(false);
  } finally {
    gateway.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
});
