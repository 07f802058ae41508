import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { GatewayClient } from '../../helpers/gateway-client/index.ts';
import { testCards } from '../../helpers/cards/test-cards.ts';
import type { CertificateBundle } from '../../reporting/certificate/bundle.ts';
import { loadOrCreateSigningKey, type SigningKey } from '../../reporting/certificate/signing-key.ts';
import { verifyCertificate, VerifyExit, type VerifyAccess } from '../../reporting/certificate/verify-certificate.ts';
import { startSandboxStack, type StartedSandboxStack } from '../../sandbox/stack.ts';
import { certifySandboxRun, startAcknowledgingEndpoint, type SandboxRun } from './sandbox-run.ts';
import { editFiles, editStatement, readBundle, reseal } from './tamper-bundle.ts';

// OwnGateway's reviewer confirms a certificate against OwnGateway's own records: a genuine sandbox
// certificate is confirmed by the running sandbox it was made against, and every forgery in the
// tampering matrix is refused with a message that names the cause. Last, a freshly started sandbox
// (same address, same merchant id, none of the objects) answers "not found".

test.describe.configure({ mode: 'serial' });

let endpoint: Awaited<ReturnType<typeof startAcknowledgingEndpoint>>;
let stack: StartedSandboxStack;
let passing: SandboxRun;
let failing: SandboxRun;

test.beforeAll(async () => {
  endpoint = await startAcknowledgingEndpoint();
  stack = await startSandboxStack({ webhookUrl: endpoint.url, webhookRetryScheduleMs: [50, 100], connectorAsyncSettleDelayMs: 50 });
});
test.afterAll(async () => {
  await stack.stop();
  await endpoint.stop();
});

const adminAccess = (): VerifyAccess => ({ baseUrl: stack.gatewayUrl, adminApiKey: stack.credentials.admin_api_key });
const verify = (bundle: CertificateBundle, key: SigningKey = passing.key, access: VerifyAccess | null = adminAccess()) =>
  verifyCertificate(bundle, createPublicKey(key.privateKey), access);

test('a genuine sandbox certificate is confirmed by the sandbox it was made against', async ({}, testInfo) => {
  passing = await certifySandboxRun(stack, testInfo);
  failing = await certifySandboxRun(stack, testInfo, { failing: 'errors.lifecycle' });
  const outcome = await verify(readBundle(passing.certificatePath));
  expect(outcome.exit, outcome.lines.join('\n')).toBe(VerifyExit.confirmed);
  expect(outcome.lines.join('\n')).toMatch(/errors\.lifecycle\s+confirmed by OwnGateway \(1 payment, 1 refund, [2-9] events\)/);
  expect(outcome.items.find((i) => i.id === 'api-keys.single-location')).toMatchObject({ answer: 'nothing-to-look-up', blocking: false });
  expect(outcome.lines.at(-1)).toBe('CONFIRMED: every required item is confirmed by OwnGateway');

  // The merchant's own key reads its payments and refunds, but not OwnGateway's delivery log.
  const merchantKeyOnly = await verify(readBundle(passing.certificatePath), passing.key, {
    baseUrl: stack.gatewayUrl,
    merchantApiKey: stack.credentials.api_key,
  });
  expect(merchantKeyOnly.exit).toBe(VerifyExit.notConfirmed);
  expect(merchantKeyOnly.lines.join('\n')).toMatch(/not checked \(webhook deliveries are read through the events API, which needs OWNGATEWAY_ADMIN_API_KEY\)/);

  // A certificate whose checklist failed is genuine, and says so: not confirmed, by its own verdict.
  const failed = await verify(readBundle(failing.certificatePath), failing.key);
  expect(failed.exit).toBe(VerifyExit.notConfirmed);
  expect(failed.lines.join('\n')).toMatch(/errors\.lifecycle\s+not passed \(fail\)/);
});

test('tampering matrix: every forgery is refused, naming the cause', async () => {
  const genuine = readBundle(passing.certificatePath);
  const failed = readBundle(failing.certificatePath);
  const lifecycle = (c: Parameters<Parameters<typeof editFiles>[1]>[0]) => c.checklist.items.find((i) => i.id === 'errors.lifecycle')!;

  // Another merchant at the same OwnGateway, with a payment of its own.
  const admin = new GatewayClient({ baseUrl: stack.gatewayUrl, merchantId: 'unused', apiKey: 'unused', adminApiKey: stack.credentials.admin_api_key });
  const other = await admin.admin.createMerchant({ merchant_id: `other_merchant_${Date.now()}`, merchant_name: 'another shop' });
  const otherKey = await admin.admin.createApiKey(other.merchant_id, { name: 'other', expiration: 'never' });
  const otherPayment = await new GatewayClient({ baseUrl: stack.gatewayUrl, merchantId: other.merchant_id, apiKey: otherKey.api_key }).payments.create({
    amount: 2_500,
    currency: 'EUR',
  });

  const laterStart = new Date(Date.now() + 3_600_000);
  const laterWindow = { start: laterStart.toISOString(), end: new Date(laterStart.getTime() + 600_000).toISOString() };
  const matrix: { row: string; bundle: CertificateBundle; key?: SigningKey; access?: VerifyAccess; exit: VerifyExit; cause: RegExp }[] = [
    {
      row: 'a verdict edited from fail to pass',
      bundle: editFiles(failed, (c) => {
        lifecycle(c).verdict = 'pass';
        c.checklist.passed = true;
      }),
      key: failing.key,
      exit: VerifyExit.refused,
      cause: /go-live-checklist\.json: changed after signing/,
    },
    {
      row: "a verdict edited from fail to pass, signed again with the merchant's key",
      bundle: reseal(failed, failing.key, {
        files: (c) => {
          lifecycle(c).verdict = 'pass';
          c.checklist.passed = true;
        },
        predicate: (p) => {
          p.passed = true;
        },
      }),
      key: failing.key,
      exit: VerifyExit.refused,
      cause: /errors\.lifecycle: verdict pass, but its check "errors\.lifecycle check" failed/,
    },
    {
      row: "an item's evidence removed",
      bundle: editFiles(genuine, (c) => {
        c.evidence.checks = c.evidence.checks.filter((check) => !check.items.includes('webhooks.merchant-endpoint'));
      }),
      exit: VerifyExit.refused,
      cause: /golive-evidence\.json: changed after signing/,
    },
    {
      row: "an item's evidence removed, signed again",
      bundle: reseal(genuine, passing.key, {
        files: (c) => {
          c.evidence.checks = c.evidence.checks.filter((check) => !check.items.includes('webhooks.merchant-endpoint'));
        },
      }),
      exit: VerifyExit.refused,
      cause: /webhooks\.merchant-endpoint: the evidence of check "webhooks\.merchant-endpoint check" \[go-live\] is missing/,
    },
    {
      row: "a payment id swapped for another merchant's",
      bundle: reseal(genuine, passing.key, { text: (t) => t.replaceAll(passing.paymentId, otherPayment.payment_id) }),
      exit: VerifyExit.notConfirmed,
      cause: new RegExp(`payment ${otherPayment.payment_id} succeeded 2500 EUR: not found \\(OwnGateway answered 404`),
    },
    {
      row: 'an old certificate presented for a new run',
      bundle: reseal(genuine, passing.key, {
        files: (c) => {
          c.evidence.run_id = 'golive-new-run';
          c.environment.run_id = 'golive-new-run';
        },
        predicate: (p) => {
          p.run_id = 'golive-new-run';
        },
      }),
      exit: VerifyExit.refused,
      cause: new RegExp(`payment ${passing.paymentId}: carries run ${passing.runId}, the certificate is for run golive-new-run`),
    },
    {
      row: 'an old certificate presented for a new run, every run id rewritten',
      bundle: reseal(genuine, passing.key, { text: (t) => t.replaceAll(passing.runId, 'golive-new-run') }),
      exit: VerifyExit.notConfirmed,
      cause: new RegExp(`run id golive-new-run in the evidence, ${passing.runId} at OwnGateway`),
    },
    {
      row: 'an old certificate presented for a new run, every date and run id rewritten',
      bundle: reseal(genuine, passing.key, {
        text: (t) => t.replaceAll(passing.runId, 'golive-new-run'),
        files: (c) => {
          c.evidence.window = laterWindow;
          c.environment.window = laterWindow;
          for (const object of c.evidence.checks.flatMap((check) => check.objects)) if ('created' in object) object.created = laterWindow.start;
        },
        predicate: (p) => {
          p.window = laterWindow;
        },
      }),
      exit: VerifyExit.notConfirmed,
      cause: new RegExp(`run id golive-new-run in the evidence, ${passing.runId} at OwnGateway; created .* at OwnGateway, outside the run`),
    },
    {
      row: 'the target changed',
      bundle: editStatement(genuine, (p) => {
        p.target = 'staging';
      }),
      exit: VerifyExit.refused,
      cause: /the signed statement \(DSSE payload or its type\) was changed after signing/,
    },
    {
      row: 'the target changed to staging, signed again, presented to the sandbox it was made on',
      bundle: reseal(genuine, passing.key, {
        text: (t) => t.replaceAll(stack.gatewayUrl, 'https://staging.owngateway.test'),
        files: (c) => {
          c.checklist.target = 'staging';
          c.evidence.target = 'staging';
          c.environment.target = 'staging';
          // Staging needs the attestations the sandbox run lacked: the forger claims them too.
          for (const item of c.checklist.items) if (item.verdict === 'missing') item.verdict = 'attested';
        },
        predicate: (p) => {
          p.target = 'staging';
        },
      }),
      exit: VerifyExit.refused,
      cause: new RegExp(
        `made against https://staging\\.owngateway\\.test \\(target staging\\), not ${stack.gatewayUrl.replaceAll('.', '\\.')}: it can be confirmed only where it was made`,
      ),
    },
    {
      row: 'the evidence of a failed check re-labelled as passed',
      bundle: reseal(failed, failing.key, {
        files: (c) => {
          for (const check of c.evidence.checks) if (check.verdict === 'failed') check.verdict = 'passed';
        },
      }),
      key: failing.key,
      exit: VerifyExit.refused,
      cause: /errors\.lifecycle: check "errors\.lifecycle check" is failed in the checklist, passed in the evidence/,
    },
    {
      row: "the evidence of a failed check re-labelled as another item's",
      bundle: reseal(failed, failing.key, {
        files: (c) => {
          for (const check of c.evidence.checks) if (check.verdict === 'failed') check.items = ['errors.sdk'];
        },
      }),
      key: failing.key,
      exit: VerifyExit.refused,
      cause: /errors\.lifecycle: the evidence of check "errors\.lifecycle check" \[go-live\] is missing/,
    },
    {
      row: "signed again with a key that is not the merchant's",
      bundle: reseal(
        genuine,
        loadOrCreateSigningKey('reports', {
          GOLIVE_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        }),
        {},
      ),
      exit: VerifyExit.refused,
      cause: /signed by key [0-9a-f]+, not by the trusted key/,
    },
  ];
  for (const { row, bundle, key, access, exit, cause } of matrix) {
    const outcome = await verify(bundle, key, access);
    const said = outcome.lines.join('\n');
    expect.soft(said, `${row}: refused, naming the cause`).toMatch(cause);
    expect.soft(outcome.exit, `${row}: exit code (${said})`).toBe(exit);
  }
});

test('against a freshly started sandbox, the objects are not found', async () => {
  const port = Number(new URL(stack.gatewayUrl).port);
  const merchantId = stack.credentials.merchant_id;
  await stack.stop();
  // Same address and merchant id, new memory: what a restarted sandbox (or another environment) shows.
  stack = await startSandboxStack({ gatewayPort: port, merchantId, webhookUrl: endpoint.url });
  const outcome = await verify(readBundle(passing.certificatePath));
  expect(outcome.exit).toBe(VerifyExit.notConfirmed);
  expect(outcome.items.find((i) => i.id === 'errors.lifecycle')).toMatchObject({ answer: 'not-found', blocking: true });
  expect(outcome.lines.join('\n')).toMatch(/payment pay_\w+ succeeded 2500 EUR: not found \(OwnGateway answered 404/);
  expect(outcome.lines.at(-1)).toMatch(/^NOT CONFIRMED: /);
});

test('an object golive names is read from OwnGateway when the test ends', async ({}, testInfo) => {
  // The gateway fixture's code completes what a browser test names by id (the payment its page paid).
  const { recordGatewayObject, attachGatewayEvidence } = await import('../../fixtures/internal/gateway-evidence.ts');
  const c = stack.credentials;
  const paid = await new GatewayClient({ baseUrl: stack.gatewayUrl, merchantId: c.merchant_id, apiKey: c.api_key }).payments.create({
    amount: 1_999,
    currency: 'USD',
    confirm: true,
    capture_method: 'automatic',
    ...payWithCard(testCards.visa),
  });
  recordGatewayObject(testInfo, { kind: 'payment', id: paid.payment_id });
  await attachGatewayEvidence(testInfo, { gatewayUrl: stack.gatewayUrl, merchantId: c.merchant_id, apiKey: c.api_key, adminApiKey: undefined });
  const body = testInfo.attachments.findLast((a) => a.name === 'golive-evidence')?.body?.toString('utf8') ?? '';
  expect(JSON.parse(body)).toMatchObject({
    objects: [
      {
        kind: 'payment',
        id: paid.payment_id,
        origin: 'merchant',
        status: 'succeeded',
        amount: 1_999,
        currency: 'USD',
        merchant_id: c.merchant_id,
        run_id: null,
      },
    ],
    incomplete: [],
  });
  expect(body).not.toMatch(/_secret_/);
});
