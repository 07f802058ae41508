import { checklist, gatewayBehaviour } from '../../helpers/checklist/checklist.ts';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { testCards } from '../../helpers/cards/test-cards.ts';
import { GatewayClient } from '../../helpers/gateway-client/index.ts';
import { expect, expectFulfilledOnce, orderWhen, test } from '../../fixtures/index.ts';

test(
  'the merchant endpoint is down for a while: OwnGateway retries and nothing is lost after it recovers',
  checklist('webhooks.merchant-endpoint'),
  async ({ page, gateway, storefront, merchant, deployment, payingCard, connectorControl: _ }) => {
    test.skip(deployment.kind !== 'sandbox', "taking the merchant's site down needs the embedded sandbox");
    const placed = await merchant.startCheckout(page);
    const { paymentId } = await merchant.order(placed);
    await storefront.stop();
    try {
      const paid = await gateway.payments.confirm(paymentId, { ...payWithCard(payingCard) });
      expect(['succeeded', 'requires_capture']).toContain(paid.status);
      await test.step('deliveries fail while the storefront is down', () =>
        expect
          .poll(async () => {
            const [event] = await gateway.admin.listEvents(deployment.merchantId, { object_id: paymentId });
            return event?.delivery_attempts.length ?? 0;
          })
          .toBeGreaterThanOrEqual(2));
    } finally {
      await storefront.restart();
    }
    const accepted = await orderWhen(merchant, placed, (o) => o.paid, 'a retry after recovery delivers the webhook');
    const [event] = await gateway.admin.listEvents(deployment.merchantId, { object_id: paymentId });
    expect(event).toMatchObject({ is_delivered: true });
    const attempts = await gateway.admin.eventAttempts(deployment.merchantId, event!.event_id);
    expect(attempts.at(-1)).toMatchObject({ is_success: true, response_status: 200 });
    expect(attempts.slice(0, -1).every((attempt) => !attempt.is_success)).toBe(true);
    if (accepted.fulfilled) expectFulfilledOnce(accepted);
  },
);

test(
  'the connector is killed mid-payment: the payment never ends succeeded, and a later sync resolves it',
  gatewayBehaviour('errors.api', 'errors.lifecycle'),
  async ({ crashableSandbox }) => {
    const { stack } = crashableSandbox;
    const client = new GatewayClient({ baseUrl: stack.gatewayUrl, merchantId: stack.credentials.merchant_id, apiKey: stack.credentials.api_key });
    await fetch(`${stack.connectorUrl}/v1/simulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: { path_prefix: '/v1/payments', method: 'POST' }, latency_ms: 1500, times: 1 }),
    });
    const inFlight = client.payments.create({ amount: 4400, currency: 'USD', confirm: true, ...payWithCard(testCards.visa) });
    // The fault rule is used up when the payment reaches the connector: from then on the connector holds it.
    await expect
      .poll(async () => ((await (await fetch(`${stack.connectorUrl}/v1/simulator/faults`)).json()) as { pending: unknown[] }).pending.length, {
        message: 'the payment reached the connector',
      })
      .toBe(0);
    await test.step(`kill the connector (${crashableSandbox.connectorMode}) while it holds the request`, () => crashableSandbox.killConnector());
    const payment = await inFlight;
    expect(payment.status).toBe('processing');
    await test.step('bring the connector back and sync', () => crashableSandbox.restartConnector());
    const synced = await client.payments.retrieve(payment.payment_id, { force_sync: true });
    expect(synced.status).toBe('failed');
    expect(synced.amount_received ?? 0).toBe(0);
  },
);

test(
  'the connector charges but its answer is lost: processing until a sync shows it succeeded',
  gatewayBehaviour('errors.api', 'errors.lifecycle'),
  async ({ gateway, connectorControl, connectorProfile }) => {
    await connectorControl.injectFault({ match: { path_prefix: '/v1/payments', method: 'POST' }, fail: 'reset', phase: 'after', times: 1 });
    const payment = await gateway.payments.create({ amount: 3100, currency: 'USD', confirm: true, ...payWithCard(connectorProfile.cards.success) });
    expect(payment.status).toBe('processing');
    const synced = await gateway.payments.retrieve(payment.payment_id, { force_sync: true });
    expect(synced).toMatchObject({ status: 'succeeded', amount_received: 3100 });
  },
);
