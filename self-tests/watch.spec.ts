import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { payWithCard } from '../helpers/cards/card-data.ts';
import { GatewayClient } from '../helpers/gateway-client/index.ts';
import { testCards } from '../helpers/cards/test-cards.ts';
import { assessWatch } from '../helpers/watch/assess.ts';
import { listen } from '../sandbox/http/json-server.ts';
import { startSandboxStack, type StartedSandboxStack } from '../sandbox/stack.ts';

// npm run watch against the sandbox: a merchant whose endpoint stopped acknowledging (the reference
// storefront's seeded webhook-endpoint-errors) and a payment left waiting for the customer must raise
// the alarm (exit 1) in an Allure report that holds no key; a healthy account must not; bad thresholds
// stop it (exit 2).

test.describe.configure({ mode: 'serial' });

interface WatchRun {
  code: number | null;
  output: string;
  reportDir: string;
}

function runWatch(stack: StartedSandboxStack, env: Record<string, string>): Promise<WatchRun> {
  const reportDir = mkdtempSync(join(tmpdir(), 'golive-watch-'));
  const c = stack.credentials;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/watch.ts'], {
      env: {
        PATH: process.env.PATH ?? '',
        OWNGATEWAY_BASE_URL: stack.gatewayUrl,
        OWNGATEWAY_MERCHANT_ID: c.merchant_id,
        OWNGATEWAY_API_KEY: c.api_key,
        OWNGATEWAY_ADMIN_API_KEY: c.admin_api_key,
        GOLIVE_WATCH_REPORT_DIR: reportDir,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, reportDir }));
  });
}

/** Every file the watch wrote, as text: none may hold a key. */
function writtenText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'latin1'))
    .join('\n');
}

async function merchantEndpoint(status: number) {
  return listen(
    (_req, res) => {
      res.writeHead(status, { 'content-length': '0' });
      res.end();
    },
    '127.0.0.1',
    0,
  );
}

test('a seeded delivery failure and a payment left waiting for the customer are reported, and the run exits 1 with no secret in the report', async () => {
  // The reference storefront with its seeded webhook-endpoint-errors (every delivery answered 500) is the merchant's endpoint.
  const shopDir = mkdtempSync(join(tmpdir(), 'golive-watch-shop-'));
  const stack = await startSandboxStack({ storefront: { dataDir: shopDir, defects: ['webhook-endpoint-errors'] }, webhookRetryScheduleMs: [50, 100] });
  try {
    const c = stack.credentials;
    const gateway = new GatewayClient({ baseUrl: stack.gatewayUrl, merchantId: c.merchant_id, apiKey: c.api_key, adminApiKey: c.admin_api_key });
    const paid = await gateway.payments.create({ amount: 1200, currency: 'USD', confirm: true, ...payWithCard(testCards.visa) });
    const waiting = await gateway.payments.create({
      amount: 900,
      currency: 'USD',
      confirm: true,
      authentication_type: 'three_ds',
      return_url: 'https://shop.example/return',
      ...payWithCard(testCards.threeDsChallenge),
    });
    expect(waiting.status).toBe('requires_customer_action');
    // OwnGateway's retries for the paid payment's event are spent: three refused attempts.
    await expect
      .poll(async () => (await gateway.admin.listEvents(c.merchant_id, { object_id: paid.payment_id })).flatMap((e) => e.delivery_attempts).length)
      .toBe(3);
    const run = await runWatch(stack, { GOLIVE_WATCH_GIVE_UP_MINUTES: '0', GOLIVE_WATCH_STUCK_MINUTES: '0' });
    expect(run.code, run.output).toBe(1);
    expect(run.output).toMatch(
      /ALERT webhook deliveries not acknowledged: \d+ of \d+ delivery attempts not acknowledged \(100\.0%\); the endpoint answered 500/,
    );
    expect(run.output).toMatch(/ALERT events never acknowledged after retries: [1-9]\d* event/);
    expect(run.output).toContain(paid.payment_id);
    expect(run.output).toMatch(
      new RegExp(`ALERT payments left in processing or requires_customer_action: 1 payment[\\s\\S]*${waiting.payment_id} \\(requires_customer_action`),
    );
    const written = writtenText(run.reportDir);
    expect(readdirSync(join(run.reportDir, 'allure-report'))).toContain('index.html');
    expect(written).toContain('webhook deliveries not acknowledged');
    for (const secret of [c.api_key, c.admin_api_key, c.publishable_key, c.payment_response_hash_key])
      expect(written.includes(secret) || run.output.includes(secret), "no key in the watch's report or output").toBe(false);
    rmSync(run.reportDir, { recursive: true, force: true });
  } finally {
    await stack.stop();
    rmSync(shopDir, { recursive: true, force: true });
  }
});

test('a healthy account passes (exit 0), and a bad threshold stops the watch before it reads anything (exit 2, naming the variable)', async () => {
  const endpoint = await merchantEndpoint(200);
  const stack = await startSandboxStack({ webhookUrl: `${endpoint.url}/hooks` });
  try {
    const c = stack.credentials;
    const gateway = new GatewayClient({ baseUrl: stack.gatewayUrl, merchantId: c.merchant_id, apiKey: c.api_key, adminApiKey: c.admin_api_key });
    const paid = await gateway.payments.create({ amount: 1200, currency: 'USD', confirm: true, ...payWithCard(testCards.visa) });
    await expect.poll(async () => (await gateway.admin.listEvents(c.merchant_id, { object_id: paid.payment_id })).every((e) => e.is_delivered)).toBe(true);
    const healthy = await runWatch(stack, {});
    expect(healthy.code, healthy.output).toBe(0);
    expect(healthy.output).toMatch(/ok {4}webhook deliveries not acknowledged: 0 of [1-9]\d* delivery attempts/);
    const bad = await runWatch(stack, { GOLIVE_WATCH_MAX_UNACKNOWLEDGED_RATE: '5%', GOLIVE_WATCH_STUCK_MINUTES: '-1' });
    expect(bad.code, bad.output).toBe(2);
    expect(bad.output).toMatch(
      /GOLIVE_WATCH_MAX_UNACKNOWLEDGED_RATE[\s\S]*GOLIVE_WATCH_STUCK_MINUTES|GOLIVE_WATCH_STUCK_MINUTES[\s\S]*GOLIVE_WATCH_MAX_UNACKNOWLEDGED_RATE/,
    );
    for (const run of [healthy, bad]) rmSync(run.reportDir, { recursive: true, force: true });
  } finally {
    await stack.stop();
    await endpoint.stop();
  }
});

test("the watch's figures: refused attempts as a rate, events given up only after the give-up time, payments stuck only past the bound", () => {
  const now = new Date('2026-12-07T12:00:00Z');
  const event = (id: string, created: string, ok: boolean[]) => ({
    event_id: id,
    object_id: `pay_${id}`,
    event_type: 'payment_succeeded',
    created,
    acknowledged: ok.includes(true),
    attempts: ok.map((is_success) => ({ response_status: is_success ? 200 : 503, is_success })),
  });
  const figures = assessWatch(
    [event('a', '2026-12-07T10:00:00Z', [false, false, true]), event('b', '2026-12-07T09:00:00Z', [false, false]), event('c', '2026-12-07T11:50:00Z', [false])],
    [
      { payment_id: 'pay_old', status: 'processing', created: '2026-12-07T10:00:00Z' },
      { payment_id: 'pay_new', status: 'requires_customer_action', created: '2026-12-07T11:30:00Z' },
      { payment_id: 'pay_ok', status: 'succeeded', created: '2026-12-07T08:00:00Z' },
    ],
    { maxUnacknowledgedRate: 0.5, giveUpMinutes: 60, maxUndeliveredEvents: 0, stuckMinutes: 60, maxStuckPayments: 0 },
    now,
  );
  expect(figures.map((f) => [f.name, f.breached])).toEqual([
    ['webhook deliveries not acknowledged', true],
    ['events never acknowledged after retries', true],
    ['payments left in processing or requires_customer_action', true],
  ]);
  expect(figures[0]!.measured).toBe('5 of 6 delivery attempts not acknowledged (83.3%); the endpoint answered 503');
  expect(figures[1]!.examples).toEqual(['b (payment_succeeded for pay_b, 2 attempt(s))']);
  expect(figures[2]!.examples).toEqual(['pay_old (processing since 2026-12-07T10:00:00Z)']);
});

test('the watch workflow runs nightly, keys come from secrets only, and the report is kept even when the watch alerts', async () => {
  const workflow = parse(await readFile('.github/workflows/golive-watch.yml', 'utf8')) as {
    on: Record<string, unknown>;
    env: Record<string, string>;
    jobs: { watch: { steps: { run?: string; if?: string; with?: { path?: string } }[] } };
  };
  expect(Object.keys(workflow.on)).toContain('schedule');
  for (const key of ['OWNGATEWAY_API_KEY', 'OWNGATEWAY_ADMIN_API_KEY']) expect(workflow.env[key]).toBe(`\${{ secrets.${key} }}`);
  const steps = workflow.jobs.watch.steps;
  expect(steps.some((step) => step.run === 'npm run watch')).toBe(true);
  expect(steps.find((step) => step.with?.path === workflow.env.GOLIVE_WATCH_REPORT_DIR)?.if).toBe('always()');
});
