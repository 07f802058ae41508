import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { startConnectorSimulator, type StartedConnectorSimulatorServer } from '../../sandbox/connector/index.ts';
import { ConnectorAuthorizeRequest } from '../../sandbox/connector/protocol.ts';
import { startSandboxStack, type StartedSandboxStack } from '../../sandbox/stack.ts';

// A saved card's CVC reaches the processor whether the merchant sends it in payment_method_data.card_token
// or, deprecated but still a PaymentsRequest field, as the top-level card_cvc (saved-card payments from
// integrations written before card_token). The processor's requests are read on the wire, through a proxy.

let processor: StartedConnectorSimulatorServer;
let proxy: Server;
let stack: StartedSandboxStack;
const authorisedCvcs: string[] = [];

test.beforeAll(async () => {
  processor = await startConnectorSimulator();
  const target = new URL(processor.url);
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.method === 'POST' && req.url === '/v1/payments') {
        const card = ConnectorAuthorizeRequest.safeParse(JSON.parse(body.toString('utf8'))).data?.card;
        if (card) authorisedCvcs.push(card.cvc);
      }
      const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  stack = await startSandboxStack({ connectorUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
});

test.afterAll(async () => {
  await stack.stop();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await processor.stop();
});

const Payment = z.looseObject({ payment_id: z.string(), status: z.string(), client_secret: z.string() });
const SavedMethods = z.looseObject({ customer_payment_methods: z.array(z.looseObject({ payment_token: z.string() })) });

async function call<T>(schema: z.ZodType<T>, method: 'GET' | 'POST', path: string, key: string, body?: unknown): Promise<T> {
  const response = await fetch(`${stack.gatewayUrl}${path}`, {
    method,
    headers: { 'api-key': key, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json: unknown = await response.json();
  expect(response.status, JSON.stringify(json)).toBe(200);
  return schema.parse(json);
}

test('the CVC of a saved card comes from card_token or from the top-level card_cvc, and reaches the processor', async () => {
  const { api_key: key, publishable_key: publishable } = stack.credentials;
  const customer_id = `cus_cvc_${Date.now()}`;
  const first = await call(Payment, 'POST', '/payments', key, {
    amount: 1000,
    currency: 'USD',
    confirm: true,
    customer_id,
    setup_future_usage: 'on_session',
    payment_method: 'card',
    customer_acceptance: { acceptance_type: 'online', accepted_at: new Date().toISOString(), online: { ip_address: '127.0.0.1', user_agent: 'golive' } },
    payment_method_data: { card: { card_number: '4242424242424242', card_exp_month: '12', card_exp_year: '2035', card_cvc: '123' } },
  });
  expect(first.status).toBe('succeeded');

  const payWithSavedCard = async (body: Record<string, unknown>) => {
    const payment = await call(Payment, 'POST', '/payments', key, { amount: 500, currency: 'USD', customer_id });
    const [saved] = (await call(SavedMethods, 'GET', `/customers/payment_methods?client_secret=${payment.client_secret}`, publishable))
      .customer_payment_methods;
    return call(Payment, 'POST', `/payments/${payment.payment_id}/confirm`, key, { payment_method: 'card', payment_token: saved!.payment_token, ...body });
  };
  authorisedCvcs.length = 0;
  expect((await payWithSavedCard({ card_cvc: '737' })).status).toBe('succeeded');
  expect((await payWithSavedCard({ payment_method_data: { card_token: { card_cvc: '456' } } })).status).toBe('succeeded');
  expect(authorisedCvcs).toEqual(['737', '456']);
});
