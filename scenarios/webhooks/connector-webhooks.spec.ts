import { checklist } from '../../helpers/checklist.ts';
import { cardPaymentMethodData } from '../../helpers/card-data.ts';
import { testCards } from '../../helpers/test-cards.ts';
import { placeOrderOverHttp } from '../../fixtures/storefront-orders.ts';
import { expect, test } from '../../fixtures/webhooks.ts';
import { merchantWebhooksFor } from './merchant-webhook-evidence.ts';

test('an authentic connector webhook settles the payment and the refund, and the merchant gets signed OwnGateway webhooks', checklist('webhooks.connector-points-to-gateway', 'webhooks.connector-secret', 'webhooks.merchant-endpoint'), async ({ gateway, storefront, merchant, webhookSink, deployment, connectorControl: _ }) => {
  const { orderId } = await placeOrderOverHttp(storefront.url, 'tee-002');
  const { payment_id } = await merchant.order(orderId);
  const pending = await gateway.payments.confirm(payment_id, { payment_method_data: cardPaymentMethodData(testCards.asyncSettlement) });
  expect(pending.status).toBe('processing');
  await test.step('the connector (in its container) sends its signed webhook; the gateway moves the payment', () =>
    expect.poll(async () => (await gateway.payments.retrieve(payment_id)).status, { timeout: 10_000 }).toBe('succeeded'));
  await expect.poll(async () => (await merchant.order(orderId)).fulfilled, { message: 'the merchant fulfils on the OwnGateway webhook' }).toBe(true);
  const refund = await gateway.refunds.create({ payment_id, amount: 1000 });
  expect(refund.status).toBe('pending');
  await expect.poll(async () => (await gateway.refunds.retrieve(refund.refund_id)).status, { timeout: 10_000 }).toBe('succeeded');
  await expect.poll(async () => (await merchant.order(orderId)).refunded_amount).toBe(1000);
  const webhooks = merchantWebhooksFor(webhookSink.received, payment_id, deployment.paymentResponseHashKey);
  expect(webhooks.map((w) => w.event_type)).toEqual(expect.arrayContaining(['payment_processing', 'payment_succeeded', 'refund_succeeded']));
  expect(webhooks.every((w) => w.signatureValid)).toBe(true);
  expect(await merchant.order(orderId)).toMatchObject({ fulfilment_count: 1, status: 'partially_refunded' });
});

const forgeries = [
  { name: 'a forged signature (body changed after signing)', reason: 'signature_mismatch' },
  { name: 'a missing signature', reason: 'missing_signature' },
  { name: 'the wrong secret', reason: 'signature_mismatch' },
  { name: 'a stale timestamp', reason: 'stale_timestamp' },
] as const;

for (const forgery of forgeries) {
  test(`a connector webhook with ${forgery.name} is refused, changes nothing and reaches no merchant`, checklist('webhooks.connector-secret'), async ({ gateway, connectorControl, webhookSink, deployment }) => {
    const authorised = await gateway.payments.create({ amount: 5000, currency: 'USD', confirm: true, capture_method: 'manual', payment_method_data: cardPaymentMethodData(testCards.visa) });
    const merchantHeard = () => merchantWebhooksFor(webhookSink.received, authorised.payment_id, deployment.paymentResponseHashKey).map((w) => w.event_type);
    await expect.poll(merchantHeard, { message: 'the authorisation webhook arrives first' }).toEqual(['payment_authorized']);
    const event = {
      event_id: `evt_forged_${Date.now()}`, kind: 'payment_captured' as const, connector_transaction_id: authorised.connector_transaction_id!,
      connector_refund_id: null, reference: `${authorised.payment_id}_1`, amount: 5000, currency: 'USD', occurred_at: new Date(),
    };
    const authentic = connectorControl.craft(event);
    const webhook = forgery.reason === 'stale_timestamp'
      ? connectorControl.craft({ ...event, occurred_at: new Date(Date.now() - 3600_000) }, { signedAt: new Date(Date.now() - 3600_000) })
      : forgery.name.startsWith('the wrong secret') ? connectorControl.craft(event, { secret: 'ab'.repeat(32) })
        : forgery.reason === 'missing_signature' ? { headers: { 'content-type': 'application/json' }, body: authentic.body }
          : { headers: authentic.headers, body: authentic.body.replace('5000', '4999') };
    const answer = await connectorControl.post(webhook);
    expect(answer.status).toBe(400);
    const after = await gateway.payments.retrieve(authorised.payment_id);
    expect(after).toMatchObject({ status: 'requires_capture', amount_capturable: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(merchantHeard()).toEqual(['payment_authorized']);
  });
}

test('a replayed connector webhook changes nothing and sends no second merchant webhook; the merchant fulfils once', checklist('webhooks.connector-secret', 'webhooks.merchant-endpoint'), async ({ gateway, connectorControl, storefront, merchant, webhookSink, deployment }) => {
  const { orderId } = await placeOrderOverHttp(storefront.url, 'mug-001', { captureMethod: 'manual' });
  const { payment_id } = await merchant.order(orderId);
  const authorised = await gateway.payments.confirm(payment_id, { payment_method_data: cardPaymentMethodData(testCards.visa) });
  const webhook = connectorControl.craft({
    event_id: `evt_capture_${Date.now()}`, kind: 'payment_captured', connector_transaction_id: authorised.connector_transaction_id!,
    connector_refund_id: null, reference: `${payment_id}_1`, amount: authorised.amount, currency: authorised.currency, occurred_at: new Date(),
  });
  expect(await connectorControl.post(webhook)).toEqual({ status: 200, result: 'applied' });
  await expect.poll(async () => (await merchant.order(orderId)).fulfilled).toBe(true);
  const delivered = merchantWebhooksFor(webhookSink.received, payment_id, deployment.paymentResponseHashKey).filter((w) => w.event_type === 'payment_succeeded');
  expect(delivered).toHaveLength(1);
  await test.step('the same bytes again (a retry or a replay within the tolerance)', async () => {
    expect(await connectorControl.post(webhook)).toEqual({ status: 200, result: 'duplicate_event' });
  });
  await test.step('OwnGateway re-delivers its own event (the merchant must be idempotent by event_id)', async () => {
    await gateway.admin.retryEvent(deployment.merchantId, delivered[0]!.event_id);
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const succeededDeliveries = merchantWebhooksFor(webhookSink.received, payment_id, deployment.paymentResponseHashKey).filter((w) => w.event_type === 'payment_succeeded');
  expect(new Set(succeededDeliveries.map((w) => w.event_id)).size).toBe(1);
  expect(await merchant.order(orderId)).toMatchObject({ fulfilled: true, fulfilment_count: 1 });
});

test('events out of order (refund webhook before the capture webhook) leave the final state right', checklist('webhooks.connector-secret', 'errors.lifecycle'), async ({ gateway, connectorControl, storefront, merchant }) => {
  const { orderId } = await placeOrderOverHttp(storefront.url, 'cap-003', { captureMethod: 'manual' });
  const { payment_id } = await merchant.order(orderId);
  await gateway.payments.confirm(payment_id, { payment_method_data: cardPaymentMethodData(testCards.visa) });
  await gateway.payments.capture(payment_id);
  const refund = await gateway.refunds.create({ payment_id, amount: 2400 });
  await test.step('the connector delivers late: refund first, then capture, then authorisation', async () => {
    const payment = await gateway.payments.retrieve(payment_id);
    await connectorControl.triggerWebhook({ payment_id: payment.connector_transaction_id!, refund_id: refund.connector_refund_id!, kind: 'refund_succeeded' });
    await connectorControl.triggerWebhook({ payment_id: payment.connector_transaction_id!, kind: 'payment_captured' });
    await connectorControl.triggerWebhook({ payment_id: payment.connector_transaction_id!, kind: 'payment_authorized' });
  });
  const final = await gateway.payments.retrieve(payment_id);
  expect(final).toMatchObject({ status: 'succeeded', amount_received: 2400, amount_capturable: 0 });
  expect((await gateway.refunds.retrieve(refund.refund_id)).status).toBe('succeeded');
  await expect.poll(async () => (await merchant.order(orderId)).status).toBe('refunded');
  expect(await merchant.order(orderId)).toMatchObject({ fulfilled: true, fulfilment_count: 1, refunded_amount: 2400 });
});
