import { checklist } from '../../helpers/checklist/checklist.ts';
import { expect, orderWhen, test, webhookWithholding } from '../../fixtures/index.ts';

// Lost webhooks: the merchant's endpoint was down, or a delivery gave up. A shop that trusts only
// webhooks leaves the order unpaid for ever; one that reconciles (retrieves the payment when the
// customer returns, or lists recent payments) settles it within the time it declares in its adapter.

test.describe('After go-live: lost webhooks', () => {
  test(
    'with every webhook about the payment withheld, the order still reaches its state within the declared reconciliation time',
    checklist('after-go-live.reconciliation'),
    async ({ page, merchant, checkout, gateway, deployment, payingCard }) => {
      const within = merchant.reconciliationSeconds ?? null;
      test.skip(
        within === null,
        `${merchant.name} declares no reconciliation time: set adapter field reconciliation.withinSeconds (adapter version 2) to run this check`,
      );
      const withholding = await webhookWithholding(deployment, gateway);
      try {
        const placed = await merchant.startCheckout(page);
        const { paymentId } = await merchant.order(placed);
        await withholding.withhold(paymentId);
        await checkout.enterCard(payingCard);
        await checkout.pay();
        await checkout.returned();
        // First the proof that OwnGateway's news was kept from the merchant; a relay OwnGateway never reached proves nothing.
        await expect
          .poll(async () => (await withholding.seen(paymentId)).withheld, {
            message: "OwnGateway's webhooks about the payment were withheld from the merchant",
            timeout: 15_000,
          })
          .toBeGreaterThan(0)
          .catch(async (error: unknown) => {
            test.skip(
              !(await withholding.seen(paymentId)).reached,
              "OwnGateway never reached golive's webhook relay (GOLIVE_WEBHOOK_RELAY_URL), so it is unknown whether its webhooks were withheld; not run",
            );
            throw error;
          });
        await orderWhen(
          merchant,
          placed,
          (o) => o.paid,
          `the merchant accepts the payment within its declared ${within} s, with no webhook about it`,
          within! * 1000,
        );
      } finally {
        await withholding.release();
      }
    },
  );
});
