import { expect } from '@playwright/test';
import { gatewayBehaviour } from '../../helpers/checklist/checklist.ts';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { expectPaymentState, test } from '../../fixtures/index.ts';

test(
  "async payment: processing until the connector's signed webhook settles it",
  gatewayBehaviour('errors.lifecycle', 'webhooks.connector-secret'),
  async ({ gateway, connectorProfile }) => {
    test.skip(connectorProfile.cards.async === null, `connector profile ${connectorProfile.connector} has no async card`);
    const amount = 7300;
    const pending = await gateway.payments.create({ amount, currency: 'USD', confirm: true, ...payWithCard(connectorProfile.cards.async!) });
    expectPaymentState(pending, { status: connectorProfile.expect.asyncPending, amount, amount_capturable: amount, amount_received: null });
    await test.step('wait for the connector webhook (no sync)', () =>
      expect.poll(async () => (await gateway.payments.retrieve(pending.payment_id)).status, { timeout: 10_000 }).toBe('succeeded'));
    expectPaymentState(await gateway.payments.retrieve(pending.payment_id), { status: 'succeeded', amount, amount_capturable: 0, amount_received: amount });
  },
);

test("force_sync reads the processor's state and agrees with it", gatewayBehaviour('errors.lifecycle'), async ({ gateway, authorizedPayment }) => {
  const payment = await authorizedPayment({ amount: 990, currency: 'USD' });
  const synced = await gateway.payments.retrieve(payment.payment_id, { force_sync: true });
  expectPaymentState(synced, { status: 'requires_capture', amount: 990, amount_capturable: 990, amount_received: null });
  expect(synced.connector_transaction_id).toBe(payment.connector_transaction_id);
});

test(
  "a payment confirmed later with the publishable key and client_secret (the SDK's call)",
  gatewayBehaviour('errors.lifecycle'),
  async ({ gateway, deployment, connectorProfile }) => {
    const intent = await gateway.payments.create({ amount: 1250, currency: 'USD', capture_method: 'automatic' });
    expectPaymentState(intent, { status: 'requires_payment_method', amount: 1250, amount_capturable: 1250, amount_received: null });
    const confirmed = await gateway.payments.confirm(
      intent.payment_id,
      {
        client_secret: intent.client_secret!,
        ...payWithCard(connectorProfile.cards.success),
      },
      { publishableKey: deployment.publishableKey },
    );
    expectPaymentState(confirmed, { status: 'succeeded', amount: 1250, amount_capturable: 0, amount_received: 1250 });
    const list = await gateway.payments.list({ limit: 100 });
    expect(list.data.map((p) => p.payment_id)).toContain(intent.payment_id);
  },
);
