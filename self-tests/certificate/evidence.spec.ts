import { expect, test } from '@playwright/test';
import { paymentIdsInGatewayRequest } from '../../fixtures/internal/gateway-evidence.ts';
import { buildChecklistReport, renderChecklistMarkdown, type PlaywrightJsonReport } from '../../reporting/checklist-report.ts';
import { buildEvidenceFile, objectsByItem } from '../../reporting/evidence/evidence-file.ts';
import { EVIDENCE_ATTACHMENT, type GatewayObject } from '../../reporting/evidence/gateway-object.ts';
import { objectsInExchange } from '../../reporting/evidence/objects-in-exchange.ts';

// What golive records of OwnGateway's objects: read from its own API exchanges and the page's
// requests, ids and states only, and shown per item in the checklist.

const gateway = 'https://og.test';
const exchange = (method: string, path: string, responseBody: unknown, requestBody?: unknown) => ({
  method,
  url: `${gateway}${path}`,
  status: 200,
  requestBody,
  responseBody,
});
const payment = {
  payment_id: 'pay_A1',
  merchant_id: 'm_1',
  status: 'succeeded',
  amount: 1500,
  currency: 'EUR',
  created: '2026-12-07T10:00:00Z',
  profile_id: 'pro_1',
  client_secret: 'pay_A1_secret_zzzzzzzzzz',
  metadata: { golive_run_id: 'run-1' },
  mandate_id: 'man_1',
};

test('a payment answer names the payment and its mandate, never its client secret', () => {
  const objects = objectsInExchange(exchange('POST', '/payments', payment), gateway);
  expect(objects).toEqual([
    {
      kind: 'payment',
      id: 'pay_A1',
      gateway,
      origin: 'golive',
      merchant_id: 'm_1',
      profile_id: 'pro_1',
      status: 'succeeded',
      amount: 1500,
      currency: 'EUR',
      created: '2026-12-07T10:00:00Z',
      run_id: 'run-1',
    },
    { kind: 'mandate', id: 'man_1', gateway, origin: 'golive', payment_id: 'pay_A1', status: null },
  ]);
  expect(JSON.stringify(objects)).not.toContain('secret');
  // Without golive's run id the payment is the merchant's (its shop made it), whoever read it.
  expect(objectsInExchange(exchange('GET', '/payments/pay_A1', { ...payment, metadata: null }), gateway)[0]).toMatchObject({
    origin: 'merchant',
    run_id: null,
  });
});

test('lists and errors name nothing; an events list only when it asked about one object', () => {
  expect(objectsInExchange(exchange('GET', '/payments/list', { data: [payment] }), gateway)).toEqual([]);
  expect(objectsInExchange({ ...exchange('GET', '/payments/pay_A1', payment), status: 404 }, gateway)).toEqual([]);
  const event = {
    event_id: 'evt_1',
    merchant_id: 'm_1',
    event_type: 'payment_succeeded',
    object_id: 'pay_A1',
    created: '2026-12-07T10:00:01Z',
    delivery_attempts: [{ attempt: 1, response_status: 200, is_success: true, delivered_at: 'x', error: null, duration_ms: 3 }],
  };
  expect(objectsInExchange(exchange('POST', '/events/m_1', [event], {}), gateway)).toEqual([]);
  expect(objectsInExchange(exchange('POST', '/events/m_1', [event], { object_id: 'pay_A1' }), gateway)).toEqual([
    {
      kind: 'event',
      id: 'evt_1',
      gateway,
      origin: 'golive',
      merchant_id: 'm_1',
      object_id: 'pay_A1',
      event_type: 'payment_succeeded',
      created: '2026-12-07T10:00:01Z',
      attempts: [{ attempt: 1, response_status: 200, is_success: true }],
    },
  ]);
});

test("the page's requests to OwnGateway name its payments by path or client secret, and nothing elsewhere", () => {
  expect(paymentIdsInGatewayRequest(`${gateway}/payments/pay_B2/confirm`, gateway)).toEqual(['pay_B2']);
  expect(paymentIdsInGatewayRequest(`${gateway}/account/payment_methods?client_secret=pay_C3_secret_abcdefgh`, gateway)).toEqual(['pay_C3']);
  expect(paymentIdsInGatewayRequest(`${gateway}/payments/session_tokens`, gateway)).toEqual([]);
  expect(paymentIdsInGatewayRequest('https://shop.test/payments/pay_D4', gateway)).toEqual([]);
});

test('the evidence file keeps one entry per check with its objects, and the checklist shows them per item', () => {
  const objects: GatewayObject[] = [
    {
      kind: 'payment',
      id: 'pay_A1',
      gateway,
      origin: 'golive',
      merchant_id: 'm_1',
      profile_id: null,
      status: 'succeeded',
      amount: 1500,
      currency: 'EUR',
      created: '2026-12-07T10:00:00Z',
      run_id: 'run-1',
    },
  ];
  const body = Buffer.from(JSON.stringify({ objects, incomplete: [] })).toString('base64');
  const report: PlaywrightJsonReport = {
    stats: { startTime: '2026-12-07T09:59:00.000Z', duration: 120_000 },
    suites: [
      {
        title: 'go-live',
        specs: [
          {
            title: 'order follows refunds',
            file: 'x.spec.ts',
            tags: ['checklist:errors.lifecycle'],
            tests: [
              {
                projectName: 'go-live',
                status: 'expected',
                annotations: [],
                results: [
                  {
                    retry: 0,
                    status: 'passed',
                    errors: [],
                    annotations: [],
                    attachments: [
                      { name: EVIDENCE_ATTACHMENT, contentType: 'application/json', body },
                      { name: EVIDENCE_ATTACHMENT, contentType: 'application/json', body },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
  const evidence = buildEvidenceFile(report, { target: 'staging', runId: null });
  expect(evidence).toMatchObject({ run_id: 'run-1', window: { start: '2026-12-07T09:59:00.000Z', end: '2026-12-07T10:01:00.000Z' } });
  expect(evidence.checks).toEqual([
    expect.objectContaining({ title: 'order follows refunds', items: ['errors.lifecycle'], scope: 'merchant', verdict: 'passed', objects }),
  ]);
  const markdown = renderChecklistMarkdown(buildChecklistReport(report, [], 'staging'), objectsByItem(evidence));
  expect(markdown).toMatch(/\| The integration handles the entire payments lifecycle across scenarios \| ✅ pass \| .* \| 1 payment \|/);
  expect(markdown).toContain('- payment pay_A1 succeeded 1500 EUR');
});
