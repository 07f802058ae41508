import { expect, test } from '@playwright/test';
import { GatewayClient } from '../../helpers/gateway-client/index.ts';
import { startSandboxStack, type StartedSandboxStack } from '../../sandbox/stack.ts';

// The simulator answers as the test environment of the connector the payment routes to (the
// connector account's connector_name), end to end through the sandbox gateway.

const card = (number: string, extra: { card_holder_name?: string; card_cvc?: string } = {}) => ({
  payment_method: 'card' as const,
  payment_method_data: {
    card: {
      card_number: number,
      card_exp_month: '03',
      card_exp_year: '30',
      card_holder_name: extra.card_holder_name ?? 'Golive Tester',
      card_cvc: extra.card_cvc ?? '737',
    },
  },
});

async function withStack(connectorName: string, run: (client: GatewayClient) => Promise<void>): Promise<void> {
  const stack: StartedSandboxStack = await startSandboxStack({ connectorName, connectorAsyncSettleDelayMs: 100 });
  try {
    const c = stack.credentials;
    await run(new GatewayClient({ baseUrl: stack.gatewayUrl, merchantId: c.merchant_id, apiKey: c.api_key, publishableKey: c.publishable_key }));
  } finally {
    await stack.stop();
  }
}

test('Adyen: 3DS2 cards challenge only when 3DS is asked for, declines come from the holder name, captures and refunds settle later', async () => {
  await withStack('adyen', async (client) => {
    const challenged = await client.payments.create({
      amount: 1000,
      currency: 'EUR',
      confirm: true,
      authentication_type: 'three_ds',
      ...card('4917610000000000'),
    });
    expect(challenged).toMatchObject({ status: 'requires_customer_action', connector: 'adyen', next_action: { type: 'redirect_to_url' } });
    const straight = await client.payments.create({
      amount: 1000,
      currency: 'EUR',
      confirm: true,
      authentication_type: 'no_three_ds',
      ...card('4917610000000000'),
    });
    expect(straight.status).toBe('succeeded');
    const refused = await client.payments.create({
      amount: 1000,
      currency: 'EUR',
      confirm: true,
      ...card('4111111111111111', { card_holder_name: 'NOT_ENOUGH_BALANCE' }),
    });
    expect(refused).toMatchObject({ status: 'failed', error_code: '12', error_message: 'Not enough balance' });
    const unknown = await client.payments.create({ amount: 1000, currency: 'EUR', confirm: true, ...card('4012888888881881') });
    expect(unknown).toMatchObject({ status: 'failed', error_code: '8' });
    const frictionless = await client.payments.create({
      amount: 1000,
      currency: 'EUR',
      confirm: true,
      authentication_type: 'three_ds',
      ...card('5201281505129736'),
    });
    expect(frictionless, 'the 3DS2 frictionless card is authorised without a challenge').toMatchObject({ status: 'succeeded', next_action: null });

    const authorised = await client.payments.create({ amount: 1000, currency: 'EUR', confirm: true, capture_method: 'manual', ...card('5555555555554444') });
    expect(authorised.status).toBe('requires_capture');
    expect((await client.payments.capture(authorised.payment_id)).status, 'Adyen answers a capture "received"').toBe('processing');
    await expect
      .poll(async () => (await client.payments.retrieve(authorised.payment_id)).status, { message: 'the capture webhook settles it' })
      .toBe('succeeded');
    const refund = await client.refunds.create({ payment_id: authorised.payment_id, amount: 400 });
    expect(refund.status, 'Adyen answers a refund "received"').toBe('pending');
    await expect.poll(async () => (await client.refunds.retrieve(refund.refund_id)).status, { message: 'the refund webhook settles it' }).toBe('succeeded');
  });
});

test("Stripe and Checkout.com: their documented cards are accepted as their docs say, declines keep the connector's code", async () => {
  await withStack('stripe', async (client) => {
    expect((await client.payments.create({ amount: 500, currency: 'USD', confirm: true, ...card('4000000000003063', { card_cvc: '123' }) })).status).toBe(
      'requires_customer_action',
    );
    expect((await client.payments.create({ amount: 500, currency: 'USD', confirm: true, ...card('371449635398431', { card_cvc: '1234' }) })).status).toBe(
      'succeeded',
    );
    expect(await client.payments.create({ amount: 500, currency: 'USD', confirm: true, ...card('4000000000000002', { card_cvc: '123' }) })).toMatchObject({
      status: 'failed',
      error_code: 'card_declined',
      error_message: 'message - Your card was declined., decline_code - generic_decline',
    });
  });
  await withStack('checkout', async (client) => {
    expect((await client.payments.create({ amount: 500, currency: 'GBP', confirm: true, ...card('4005519200000004', { card_cvc: '100' }) })).status).toBe(
      'succeeded',
    );
    expect(await client.payments.create({ amount: 500, currency: 'GBP', confirm: true, ...card('4544249167673670', { card_cvc: '100' }) })).toMatchObject({
      status: 'failed',
      error_code: '20051',
      error_message: 'Insufficient Funds',
    });
    expect(
      await client.payments.create({
        amount: 500,
        currency: 'GBP',
        confirm: true,
        authentication_type: 'three_ds',
        ...card('4485040371536584', { card_cvc: '100' }),
      }),
      'the 3DS2 frictionless card is authorised without a challenge',
    ).toMatchObject({ status: 'succeeded', next_action: null });
  });
});

test('multiple partial captures (manual_multiple): the rest stays capturable until the whole authorisation is captured', async () => {
  await withStack('stripe', async (client) => {
    const authorised = await client.payments.create({
      amount: 1000,
      currency: 'USD',
      confirm: true,
      capture_method: 'manual_multiple',
      ...card('4242424242424242', { card_cvc: '123' }),
    });
    expect(authorised.status).toBe('requires_capture');
    expect(await client.payments.capture(authorised.payment_id, { amount_to_capture: 300 })).toMatchObject({
      status: 'partially_captured_and_capturable',
      amount_received: 300,
      amount_capturable: 700,
    });
    expect(await client.payments.capture(authorised.payment_id, { amount_to_capture: 700 })).toMatchObject({
      status: 'succeeded',
      amount_received: 1000,
      amount_capturable: 0,
    });
    const single = await client.payments.create({
      amount: 1000,
      currency: 'USD',
      confirm: true,
      capture_method: 'manual',
      ...card('4242424242424242', { card_cvc: '123' }),
    });
    expect(await client.payments.capture(single.payment_id, { amount_to_capture: 300 }), 'one partial capture closes a manual authorisation').toMatchObject({
      status: 'partially_captured',
      amount_received: 300,
      amount_capturable: 0,
    });
  });
});
