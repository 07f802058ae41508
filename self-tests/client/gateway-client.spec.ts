import { expect, test } from '@playwright/test';
import { GatewayApiError, GatewayClient, GatewayNetworkError, GatewayResponseShapeError } from '../../helpers/gateway-client/index.ts';
import { fakeGateway } from '../fake-gateway.ts';

// The client against a tiny fake gateway: what it does with shapes, errors, rate limits and run tags.

const payment = {
  payment_id: 'pay_1',
  merchant_id: 'm',
  status: 'succeeded',
  amount: 100,
  net_amount: 100,
  amount_capturable: 0,
  processor_merchant_id: 'm',
  currency: 'USD',
  payment_method: 'card',
  attempt_count: 1,
};

test('a response of the wrong shape fails loudly, naming the field', async () => {
  const gateway = await fakeGateway(() => ({ status: 200, body: { ...payment, status: 'paid' } }));
  const client = new GatewayClient({ baseUrl: gateway.url, merchantId: 'm', apiKey: 'snd_x' });
  await expect(client.payments.retrieve('pay_1')).rejects.toThrow(GatewayResponseShapeError);
  await expect(client.payments.retrieve('pay_1')).rejects.toThrow(/status/);
  await gateway.close();
});

test("API errors carry Hyperswitch's code and status, including the error_type quirk", async () => {
  const gateway = await fakeGateway(() => ({
    status: 400,
    body: { error: { error_type: 'invalid_request', message: 'Json deserialize error: x', code: 'IR_06' } },
  }));
  const client = new GatewayClient({ baseUrl: gateway.url, merchantId: 'm', apiKey: 'snd_x' });
  const error = await client.payments.create({ amount: 1, currency: 'USD' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GatewayApiError);
  expect(error).toMatchObject({ httpStatus: 400, code: 'IR_06', type: 'invalid_request', apiMessage: 'Json deserialize error: x' });
  await gateway.close();
});

test('429 answers are retried after Retry-After, and payments are tagged with the run id', async () => {
  const gateway = await fakeGateway((_req, _body, n) =>
    n < 2
      ? { status: 429, body: { error: { type: 'invalid_request', message: 'slow down', code: 'HE_00' } }, headers: { 'retry-after': '0.05' } }
      : { status: 200, body: payment },
  );
  const client = new GatewayClient({ baseUrl: gateway.url, merchantId: 'm', apiKey: 'snd_x', runId: 'nightly-42' });
  await expect(client.payments.create({ amount: 100, currency: 'USD', metadata: { order_id: 'o1' } })).resolves.toMatchObject({ payment_id: 'pay_1' });
  expect(gateway.calls()).toBe(3);
  expect((JSON.parse(gateway.bodies.at(-1)!) as { metadata: unknown }).metadata).toEqual({ golive_run_id: 'nightly-42', order_id: 'o1' });
  await gateway.close();
});

test('a 429 waits as long as Retry-After asks before the one retry it needs', async () => {
  const gateway = await fakeGateway((_req, _body, n) =>
    n === 0
      ? { status: 429, body: { error: { type: 'invalid_request', message: 'slow down', code: 'HE_00' } }, headers: { 'retry-after': '1' } }
      : { status: 200, body: payment },
  );
  const client = new GatewayClient({ baseUrl: gateway.url, merchantId: 'm', apiKey: 'snd_x' });
  await expect(client.payments.capture('pay_1')).resolves.toMatchObject({ payment_id: 'pay_1' });
  expect(gateway.calls()).toBe(2);
  expect(gateway.arrivals[1]! - gateway.arrivals[0]!).toBeGreaterThanOrEqual(950);
  await gateway.close();
});

test("a 429 that does not stop ends as the gateway's error, after a bounded number of tries", async () => {
  const gateway = await fakeGateway(() => ({
    status: 429,
    body: { error: { type: 'invalid_request', message: 'slow down', code: 'HE_00' } },
    headers: { 'retry-after': '0' },
  }));
  const client = new GatewayClient({ baseUrl: gateway.url, merchantId: 'm', apiKey: 'snd_x' });
  await expect(client.payments.retrieve('pay_1')).rejects.toMatchObject({ httpStatus: 429, code: 'HE_00' });
  expect(gateway.calls()).toBe(5);
  await gateway.close();
});

test('a 500 on a POST is not sent again: the gateway may have acted on it', async () => {
  const gateway = await fakeGateway(() => ({ status: 500, body: { error: { type: 'api', message: 'Something went wrong', code: 'HE_00' } } }));
  const client = new GatewayClient({ baseUrl: gateway.url, merchantId: 'm', apiKey: 'snd_x' });
  await expect(client.payments.create({ amount: 100, currency: 'USD' })).rejects.toMatchObject({ httpStatus: 500 });
  expect(gateway.calls()).toBe(1);
  await gateway.close();
});

test('a lost connection is retried for a read and for a POST with an Idempotency-Key, never for a plain POST', async () => {
  const resetFirst = () => fakeGateway((_req, _body, n) => (n === 0 ? 'reset' : { status: 200, body: payment }));
  const forRead = await resetFirst();
  await expect(new GatewayClient({ baseUrl: forRead.url, merchantId: 'm', apiKey: 'snd_x' }).payments.retrieve('pay_1')).resolves.toMatchObject({
    payment_id: 'pay_1',
  });
  expect(forRead.calls()).toBe(2);
  await forRead.close();

  const forKeyedPost = await resetFirst();
  const keyed = new GatewayClient({ baseUrl: forKeyedPost.url, merchantId: 'm', apiKey: 'snd_x', headers: { 'Idempotency-Key': 'order-1' } });
  await expect(keyed.payments.capture('pay_1')).resolves.toMatchObject({ payment_id: 'pay_1' });
  expect(forKeyedPost.calls()).toBe(2);
  await forKeyedPost.close();

  const forPost = await resetFirst();
  await expect(new GatewayClient({ baseUrl: forPost.url, merchantId: 'm', apiKey: 'snd_x' }).payments.capture('pay_1')).rejects.toThrow(GatewayNetworkError);
  expect(forPost.calls()).toBe(1);
  await forPost.close();
});

test("payments get the test's customer unless the caller names one", async () => {
  const gateway = await fakeGateway(() => ({ status: 200, body: payment }));
  const customer = { customer_id: 'cus_made', customer: { id: 'cus_made', name: 'Ada Lovelace' }, billing: { address: { country: 'GB' } } };
  const client = new GatewayClient({
    baseUrl: gateway.url,
    merchantId: 'm',
    apiKey: 'snd_x',
    customerFor: (currency) => ({ ...customer, billing: { ...customer.billing, email: `${currency}@example.com` } }),
  });
  const card = { card_number: '4242424242424242', card_exp_month: '12', card_exp_year: '30', card_cvc: '123' };
  await client.payments.create({ amount: 100, currency: 'GBP', payment_method_data: { card } });
  await client.payments.create({ amount: 100, currency: 'GBP', customer_id: 'cus_own' });
  await client.payments.create({ amount: 100, currency: 'GBP', payment_method_data: { card: { ...card, card_holder_name: 'On The Card' } } });
  expect(JSON.parse(gateway.bodies[0]!)).toMatchObject({
    ...customer,
    billing: { email: 'GBP@example.com' },
    payment_method_data: { card: { ...card, card_holder_name: 'Ada Lovelace' } },
  });
  expect(JSON.parse(gateway.bodies[1]!)).toEqual({ amount: 100, currency: 'GBP', customer_id: 'cus_own' });
  expect(JSON.parse(gateway.bodies[2]!)).toMatchObject({ customer_id: 'cus_made', payment_method_data: { card: { card_holder_name: 'On The Card' } } });
  await gateway.close();
});
