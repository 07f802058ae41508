import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type TestInfo } from '@playwright/test';
import { attachGatewayEvidence, recordExchangeObjects } from '../../fixtures/internal/gateway-evidence.ts';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { checklistItems, CHECKLIST_TAG_PREFIX } from '../../helpers/checklist/checklist.ts';
import { GatewayClient } from '../../helpers/gateway-client/index.ts';
import { testCards } from '../../helpers/cards/test-cards.ts';
import { buildChecklistReport, type PlaywrightJsonReport } from '../../reporting/checklist-report.ts';
import { sealRun } from '../../reporting/certificate/seal-run.ts';
import { loadOrCreateSigningKey, type SigningKey } from '../../reporting/certificate/signing-key.ts';
import { buildEvidenceFile, EVIDENCE_FILE } from '../../reporting/evidence/evidence-file.ts';
import { EVIDENCE_ATTACHMENT } from '../../reporting/evidence/gateway-object.ts';
import type { StartedSandboxStack } from '../../sandbox/stack.ts';

// A small certify-shaped run against a live sandbox: real payments, a refund and their webhook
// deliveries made through golive's client and recorded by the gateway fixture's own code, then the
// checklist, evidence file and certificate written the way certify writes them.

/** The merchant's webhook endpoint: acknowledges every delivery. */
export async function startAcknowledgingEndpoint(): Promise<{ url: string; stop(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200).end('ok'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the webhook endpoint did not listen on a port');
  return {
    url: `http://127.0.0.1:${address.port}/webhooks`,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
      }),
  };
}

export function testSigningKey(reportsDir: string): SigningKey {
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return loadOrCreateSigningKey(reportsDir, { GOLIVE_SIGNING_KEY: pem });
}

export interface SandboxRun {
  reportsDir: string;
  certificatePath: string;
  key: SigningKey;
  runId: string;
  paymentId: string;
  refundId: string;
}

/**
 * Makes the objects in `stack`, then writes a certify-shaped report in a temporary folder in which
 * every required item passes on them (or `failing` fails), and seals it.
 */
export async function certifySandboxRun(stack: StartedSandboxStack, testInfo: TestInfo, options: { failing?: string } = {}): Promise<SandboxRun> {
  const c = stack.credentials;
  const runId = `golive-selftest-${testInfo.testId.slice(0, 8)}-${Date.now()}`;
  const started = new Date(Date.now() - 1_000);
  const client = new GatewayClient({
    baseUrl: stack.gatewayUrl,
    merchantId: c.merchant_id,
    apiKey: c.api_key,
    adminApiKey: c.admin_api_key,
    runId,
    onExchange: (exchange) => recordExchangeObjects(testInfo, exchange, stack.gatewayUrl),
  });
  const payment = await client.payments.create({ amount: 2_500, currency: 'EUR', confirm: true, capture_method: 'automatic', ...payWithCard(testCards.visa) });
  expect(payment.status, "the sandbox paid the self-test's payment").toBe('succeeded');
  const refund = await client.refunds.create({ payment_id: payment.payment_id, amount: 1_000 });
  // Waits for proof that OwnGateway delivered both webhooks and the endpoint acknowledged them.
  await expect
    .poll(async () => (await client.admin.listEvents(c.merchant_id)).filter((e) => e.is_delivered).length, {
      message: 'OwnGateway delivered the payment and refund webhooks',
    })
    .toBeGreaterThanOrEqual(2);
  await attachGatewayEvidence(testInfo, { gatewayUrl: stack.gatewayUrl, merchantId: c.merchant_id, apiKey: c.api_key, adminApiKey: c.admin_api_key });
  const attachment = testInfo.attachments.findLast((a) => a.name === EVIDENCE_ATTACHMENT);
  if (!attachment?.body) throw new Error("the gateway fixture's code attached no evidence");
  const evidenceBody = attachment.body.toString('base64');

  const specs = checklistItems
    .filter((item) => item.evidence !== 'attestation')
    .map((item) => {
      const failed = item.id === options.failing;
      const attachments = 'checkableWithoutPayments' in item ? [] : [{ name: EVIDENCE_ATTACHMENT, contentType: 'application/json', body: evidenceBody }];
      return {
        title: `${item.id} check`,
        file: `scenarios/go-live/${item.id}.spec.ts`,
        tags: [`${CHECKLIST_TAG_PREFIX.slice(1)}${item.id}`],
        tests: [
          {
            projectName: 'go-live',
            status: failed ? ('unexpected' as const) : ('expected' as const),
            annotations: [],
            results: [
              {
                retry: 0,
                status: failed ? 'failed' : 'passed',
                errors: failed ? [{ message: 'Error: the merchant released an unpaid order' }] : [],
                annotations: [],
                attachments,
              },
            ],
          },
        ],
      };
    });
  const report: PlaywrightJsonReport = {
    suites: [{ title: 'go-live', specs }],
    stats: { startTime: started.toISOString(), duration: Date.now() - started.getTime() + 1_000 },
  };

  const reportsDir = mkdtempSync(join(tmpdir(), 'golive-certificate-'));
  mkdirSync(join(reportsDir, 'allure-results'));
  for (const spec of specs) {
    writeFileSync(
      join(reportsDir, 'allure-results', `${spec.title.replace(/\W/g, '-')}-result.json`),
      JSON.stringify({ name: spec.title, fullName: `${spec.file}#${spec.title}`, status: spec.tests[0]!.status === 'unexpected' ? 'failed' : 'passed' }),
    );
  }
  const checklist = buildChecklistReport(report, [], 'sandbox');
  const evidence = buildEvidenceFile(report, { target: 'sandbox', runId });
  writeFileSync(join(reportsDir, 'go-live-checklist.json'), JSON.stringify(checklist, null, 2));
  writeFileSync(join(reportsDir, EVIDENCE_FILE), JSON.stringify(evidence, null, 2));
  const key = testSigningKey(reportsDir);
  const certificatePath = sealRun({
    reportsDir,
    checklist,
    evidence,
    key,
    environment: {
      configured: null,
      seed: '42',
      connectorProfile: 'stripe_test',
      adapterPath: undefined,
      attestationsPath: join(reportsDir, 'no-attestations.json'),
    },
  });
  return { reportsDir, certificatePath, key, runId, paymentId: payment.payment_id, refundId: refund.refund_id };
}
