import { checklist, gatewayBehaviour } from '../../helpers/checklist/checklist.ts';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { expect, expectFulfilledOnce, merchantWebhooksFor, orderWhen, requireOrderField, settledOrder, test } from '../../fixtures/index.ts';

// Which merchant webhooks OwnGateway sent is seen from the harness's side only in the sandbox, where
// golive sits on the delivery path; the asynchronous test card exists only at the simulated processor.
const SANDBOX_ONLY = "needs the embedded sandbox: it reads OwnGateway's deliveries on their way to the merchant";

test(
  "an authentic connector webhook settles the payment and the refund, and the merchant's order follows",
  checklist('webhooks.connector-points-to-gateway', 'webhooks.connector-secret', 'webhooks.merchant-endpoint'),
  async ({ page, gateway, merchant, webhookSink, deployment, connectorProfile, connectorControl: _ }) => {
    test.skip(deployment.kind !== 'sandbox', `${SANDBOX_ONLY} and pays with the simulator's asynchronous card`);
    const asyncCard = connectorProfile.cards.async;
    test.skip(!asyncCard, `${connectorProfile.connector}'s test environment has no card its processor settles later by webhook`);
    const placed = await merchant.startCheckout(page);
    const { paymentId } = await merchant.order(placed);
    const pending = await gateway.payments.confirm(paymentId, { ...payWithCard(asyncCard!) });
    expect(pending.status).toBe('processing');
    await test.step('the connector (in its container) sends its signed webhook; the gateway moves the payment', () =>
      expect.poll(async () => (await gateway.payments.retrieve(paymentId)).status, { timeout: 10_000 }).not.toBe('processing'));
    const settled = await settledOrder(merchant, gateway, placed);
    requireOrderField(merchant, settled, 'refundedAmount');
    const part = Math.max(1, Math.floor(settled.amount / 3));
    const refund = await gateway.refunds.create({ payment_id: paymentId, amount: part });
    expect(refund.status).toBe('pending');
    await expect.poll(async () => (await gateway.refunds.retrieve(refund.refund_id)).status, { timeout: 10_000 }).toBe('succeeded');
    expectFulfilledOnce(await orderWhen(merchant, placed, (o) => o.refundedAmount === part, 'the refund the connector settled reaches the order'));
    const webhooks = merchantWebhooksFor(webhookSink.received, paymentId, deployment.paymentResponseHashKey);
    expect(webhooks.map((w) => w.event_type)).toEqual(expect.arrayContaining(['payment_processing', 'refund_succeeded']));
    expect(webhooks.every((w) => w.signatureValid)).toBe(true);
  },
);

const forgeries = [
  { name: 'a forged signature (body changed after signing)', reason: 'signature_mismatch' },
  { name: 'a missing signature', reason: 'missing_signature' },
  { name: 'the wrong secret', reason: 'signature_mismatch' },
  { name: 'a stale timestamp', reason: 'stale_timestamp' },
] as const;

for (const forgery of forgeries) {
  test(
    `OwnGateway refuses a connector webhook with ${forgery.name}: it changes nothing and reaches no merchant`,
    gatewayBehaviour('webhooks.connector-secret'),
    async ({ gateway, connectorControl, webhookSink, deployment, authorizedPayment }) => {
      test.skip(deployment.kind !== 'sandbox', SANDBOX_ONLY);
      const authorised = await authorizedPayment({ amount: 5000, currency: 'USD' });
      const merchantHeard = () => merchantWebhooksFor(webhookSink.received, authorised.payment_id, deployment.paymentResponseHashKey).map((w) => w.event_type);
      await expect.poll(merchantHeard, { message: 'the authorisation webhook arrives first' }).toEqual(['payment_authorized']);
      const event = {
        event_id: `evt_forged_${Date.now()}`,
        kind: 'payment_captured' as const,
        connector_transaction_id: authorised.connector_transaction_id!,
        connector_refund_id: null,
        reference: `${authorised.payment_id}_1`,
        amount: 5000,
        currency: 'USD',
        occurred_at: new Date(),
      };
      const authentic = connectorControl.craft(event);
      const webhook =
        forgery.reason === 'stale_timestamp'
          ? connectorControl.craft({ ...event, occurred_at: new Date(Date.now() - 3600_000) }, { signedAt: new Date(Date.now() - 3600_000) })
          : forgery.name.startsWith('the wrong secret')
            ? connectorControl.craft(event, { secret: 'ab'.repeat(32) })
            : forgery.reason === 'missing_signature'
              ? connectorControl.craftUnsigned(event)
              : { headers: authentic.headers, body: authentic.body.replace('5000', '4999') };
      expect((await connectorControl.post(webhook)).status).toBe(400);
      expect(await gateway.payments.retrieve(authorised.payment_id)).toMatchObject({ status: 'requires_capture', amount_capturable: 5000 });
      // The control: the authentic event after the forgery. Once its webhook reached the merchant, anything
      // the forgery had caused would have arrived before it.
      expect((await connectorControl.post(connectorControl.craft({ ...event, event_id: `evt_control_${Date.now()}` }))).status).toBe(200);
      await expect
        .poll(merchantHeard, { message: 'the authentic event reached the merchant, and nothing else did' })
        .toEqual(['payment_authorized', 'payment_succeeded']);
    },
  );
}

test(
  'a replayed connector webhook changes nothing and sends no second merchant webhook; the merchant accepts once',
  checklist('webhooks.connector-secret', 'webhooks.merchant-endpoint'),
  async ({ page, gateway, connectorControl, merchant, webhookSink, deployment, merchantDeliveries, payingCard }) => {
    test.skip(deployment.kind !== 'sandbox', SANDBOX_ONLY);
    const placed = await merchant.startCheckout(page);
    const { paymentId } = await merchant.order(placed);
    const confirmed = await gateway.payments.confirm(paymentId, { ...payWithCard(payingCard), capture_method: 'manual' });
    expect(confirmed.status).toBe('requires_capture');
    const webhook = connectorControl.craft({
      event_id: `evt_capture_${Date.now()}`,
      kind: 'payment_captured',
      connector_transaction_id: confirmed.connector_transaction_id!,
      connector_refund_id: null,
      reference: `${paymentId}_1`,
      amount: confirmed.amount,
      currency: confirmed.currency,
      occurred_at: new Date(),
    });
    expect((await connectorControl.post(webhook)).status).toBe(200);
    await expect.poll(async () => (await gateway.payments.retrieve(paymentId)).status, { message: 'the capture webhook moved the payment' }).toBe('succeeded');
    const accepted = await orderWhen(merchant, placed, (o) => o.fulfilled, 'the merchant releases the captured order');
    requireOrderField(merchant, accepted, 'fulfilmentCount');
    const succeeded = () =>
      merchantWebhooksFor(webhookSink.received, paymentId, deployment.paymentResponseHashKey).filter((w) => w.event_type === 'payment_succeeded');
    await expect.poll(() => succeeded().length).toBe(1);
    await test.step('the same bytes again (a retry or a replay within the tolerance)', async () => {
      expect((await connectorControl.post(webhook)).status, 'acknowledged, as a duplicate is').toBe(200);
    });
    const before = await merchantDeliveries.count(paymentId);
    await test.step('OwnGateway re-delivers its own event (the merchant must be idempotent by event_id)', async () => {
      await gateway.admin.retryEvent(deployment.merchantId, succeeded()[0]!.event_id);
    });
    await merchantDeliveries.acknowledgedAfter(paymentId, before);
    expect(new Set(succeeded().map((w) => w.event_id)).size, 'the replay made no new OwnGateway event').toBe(1);
    expectFulfilledOnce(await merchant.order(placed));
  },
);

test(
  'events out of order (refund webhook before the capture webhook) leave the final state right',
  checklist('webhooks.connector-secret', 'errors.lifecycle'),
  async ({ page, gateway, connectorControl, merchant, payingCard }) => {
    const placed = await merchant.startCheckout(page);
    const { paymentId } = await merchant.order(placed);
    await gateway.payments.confirm(paymentId, { ...payWithCard(payingCard), capture_method: 'manual' });
    await gateway.payments.capture(paymentId);
    const captured = await orderWhen(merchant, placed, (o) => o.fulfilled, 'the captured order is released');
    requireOrderField(merchant, captured, 'refundedAmount');
    const refund = await gateway.refunds.create({ payment_id: paymentId, amount: captured.amount });
    await test.step('the connector delivers late: refund first, then capture, then authorisation', async () => {
      const payment = await gateway.payments.retrieve(paymentId);
      await connectorControl.triggerWebhook({
        payment_id: payment.connector_transaction_id!,
        refund_id: refund.connector_refund_id!,
        kind: 'refund_succeeded',
      });
      await connectorControl.triggerWebhook({ payment_id: payment.connector_transaction_id!, kind: 'payment_captured' });
      await connectorControl.triggerWebhook({ payment_id: payment.connector_transaction_id!, kind: 'payment_authorized' });
    });
    expect(await gateway.payments.retrieve(paymentId)).toMatchObject({ status: 'succeeded', amount_received: captured.amount, amount_capturable: 0 });
    expect((await gateway.refunds.retrieve(refund.refund_id)).status).toBe('succeeded');
    expectFulfilledOnce(await orderWhen(merchant, placed, (o) => o.refundedAmount === captured.amount, 'the full refund reaches the order'));
  },
);
