import { checklist } from '../../helpers/checklist.ts';
import { orderWhen } from '../../fixtures/merchant-evidence.ts';
import { requireWebhookWithholding, undeliveredEvents, withholdWebhooks } from '../../fixtures/withheld-webhooks.ts';
import { expect, test } from '../../fixtures/checkout.ts';

// Lost webhooks: the merchant's endpoint was down, or a delivery gave up. A shop that trusts only
// webhooks leaves the order unpaid for ever; one that reconciles (retrieves the payment when the
// customer returns, or lists recent payments) settles it within the time it declares in its adapter.

test.describe('After go-live: lost webhooks', () => {
  test('with every webhook about the payment withheld, the order still reaches its state within the declared reconciliation time', checklist('after-go-live.reconciliation'), async ({ page, merchant, checkout, gateway, deployment, payingCard }) => {
    const within = merchant.reconciliationSeconds ?? null;
    test.skip(within === null, `${merchant.name} declares no reconciliation time: set adapter field reconciliation.withinSeconds (adapter version 2) to run this check`);
    requireWebhookWithholding(deployment);
    const placed = await merchant.startCheckout(page);
    const { paymentId } = await merchant.order(placed);
    await withholdWebhooks(deployment, paymentId);
    await checkout.enterCard(payingCard);
    await checkout.pay();
    await checkout.returned();
    await orderWhen(merchant, placed, (o) => o.paid, `the merchant accepts the payment within its declared ${within} s, with no webhook about it`, within! * 1000);
    const { events, attempts } = await undeliveredEvents(gateway, deployment.merchantId, paymentId);
    expect(events, 'OwnGateway made events about the payment (and withheld them)').toBeGreaterThan(0);
    expect(attempts, 'no webhook about the payment was delivered to the merchant').toBe(0);
  });
});
