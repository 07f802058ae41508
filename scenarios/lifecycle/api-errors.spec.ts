import { expect } from '@playwright/test';
import { z } from 'zod';
import { request } from 'undici';
import { gatewayBehaviour } from '../../helpers/checklist/checklist.ts';
import { GatewayClient } from '../../helpers/gateway-client/index.ts';
import { PaymentsResponse } from '../../helpers/schemas/index.ts';
import { expectApiError, test } from '../../fixtures/index.ts';

// Requests a merchant's integration can get wrong, and the errors it must be ready to handle.

test('a missing API key is refused (IR_01, 401)', gatewayBehaviour('errors.api'), async ({ deployment }) => {
  const client = new GatewayClient({ baseUrl: deployment.gatewayUrl, merchantId: deployment.merchantId, apiKey: '' });
  await expectApiError(client.payments.create({ amount: 100, currency: 'USD' }), {
    httpStatus: 401,
    code: 'IR_01',
    message: 'API key not provided or invalid API key used',
  });
});

test('a wrong API key is refused (IR_01, 401)', gatewayBehaviour('errors.api', 'api-keys.not-exposed'), async ({ deployment }) => {
  const client = new GatewayClient({ baseUrl: deployment.gatewayUrl, merchantId: deployment.merchantId, apiKey: `snd_${'x'.repeat(64)}` });
  await expectApiError(client.payments.create({ amount: 100, currency: 'USD' }), { httpStatus: 401, code: 'IR_01' });
});

test(
  'the publishable key cannot create, capture or refund (IR_01, 401)',
  gatewayBehaviour('errors.api', 'api-keys.not-exposed'),
  async ({ deployment, gateway, authorizedPayment }) => {
    const withPublishableKey = new GatewayClient({ baseUrl: deployment.gatewayUrl, merchantId: deployment.merchantId, apiKey: deployment.publishableKey });
    await expectApiError(withPublishableKey.payments.create({ amount: 100, currency: 'USD' }), { httpStatus: 401, code: 'IR_01' });
    const p = await authorizedPayment({ amount: 100, currency: 'USD' });
    await expectApiError(withPublishableKey.payments.capture(p.payment_id), { httpStatus: 401, code: 'IR_01' });
    await expectApiError(withPublishableKey.refunds.create({ payment_id: p.payment_id }), { httpStatus: 401, code: 'IR_01' });
    expect((await gateway.payments.retrieve(p.payment_id)).status).toBe('requires_capture');
  },
);

test(
  'the publishable key without the client_secret cannot read or confirm a payment',
  gatewayBehaviour('errors.api', 'errors.sdk'),
  async ({ deployment, gateway }) => {
    const p = await gateway.payments.create({ amount: 100, currency: 'USD' });
    await expectApiError(gateway.payments.retrieve(p.payment_id, {}, { publishableKey: deployment.publishableKey }), { httpStatus: 400, code: 'IR_08' });
    await expectApiError(
      gateway.payments.retrieve(p.payment_id, { client_secret: `${p.payment_id}_secret_wrong` }, { publishableKey: deployment.publishableKey }),
      { httpStatus: 400, code: 'IR_09' },
    );
    await expectApiError(gateway.payments.confirm(p.payment_id, {}, { publishableKey: deployment.publishableKey }), { httpStatus: 400, code: 'IR_08' });
  },
);

test(
  'malformed JSON is refused with Hyperswitch\'s deserialisation error (IR_06, 400, "error_type")',
  gatewayBehaviour('errors.api'),
  async ({ deployment }) => {
    const response = await request(`${deployment.gatewayUrl}/payments`, {
      method: 'POST',
      headers: { 'api-key': deployment.apiKey, 'content-type': 'application/json' },
      body: '{"amount": 100, "currency": ',
    });
    const body = (await response.body.json()) as { error: Record<string, string> };
    expect(response.statusCode).toBe(400);
    expect(body.error).toMatchObject({ error_type: 'invalid_request', code: 'IR_06' });
    expect(body.error.message).toMatch(/^Json deserialize error/);
  },
);

test(
  'missing required fields are named (IR_04, or IR_06 where the model makes them non-optional)',
  gatewayBehaviour('errors.api'),
  async ({ gateway, deployment }) => {
    await expectApiError(gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', { currency: 'USD' }), {
      httpStatus: 400,
      code: 'IR_04',
      message: 'Missing required param: amount',
    });
    await expectApiError(gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', { amount: 100 }), {
      httpStatus: 400,
      code: 'IR_04',
      message: 'Missing required param: currency',
    });
    // payment_id is not an Option in RefundRequest: serde reports it, not the refund code.
    await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'POST', '/refunds', {}), {
      httpStatus: 400,
      code: 'IR_06',
      message: 'Json deserialize error: missing field `payment_id`',
    });
  },
);

test('wrong types, an unknown currency and a non-positive amount are refused', gatewayBehaviour('errors.api'), async ({ gateway, deployment }) => {
  await expectApiError(gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', { amount: '100', currency: 'USD' }), {
    httpStatus: 400,
    code: 'IR_06',
    message: /amount/,
  });
  await expectApiError(gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', { amount: 100, currency: 'XYZ' }), {
    httpStatus: 400,
    code: 'IR_06',
    message: /currency/,
  });
  await expectApiError(gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', { amount: 0, currency: 'USD' }), {
    httpStatus: 422,
    code: 'IR_05',
    message: /^amount contains invalid data/,
  });
  await expectApiError(gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', { amount: 10.5, currency: 'USD' }), {
    httpStatus: 400,
    code: 'IR_06',
  });
});

test('a rejected create leaves no payment behind', gatewayBehaviour('errors.api'), async ({ gateway, deployment }) => {
  const customer_id = `cus_rejected_${test.info().testId}`;
  await expectApiError(
    gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', {
      amount: 100,
      currency: 'USD',
      customer_id,
      confirm: true,
      payment_method: 'card',
      payment_method_data: { card: { card_number: '4242424242424241', card_exp_month: '12', card_exp_year: '30', card_cvc: '123' } },
    }),
    { httpStatus: 400, code: 'IR_06', message: 'Json deserialize error: card number invalid' },
  );
  expect((await gateway.payments.list({ customer_id, limit: 100 })).data).toEqual([]);
});
