import { checklist } from '../../helpers/checklist/checklist.ts';
import {
  concurrentDeliveries,
  controlEventProcessed,
  expect,
  expectAcknowledged,
  expectFulfilledOnce,
  expectHandled,
  orderWhen,
  outgoingPaymentWebhook,
  outgoingWebhookEventId,
  payOrder,
  requireOrderField,
  returnPageSettled,
  test,
  webhookRacingTheReturn,
} from '../../fixtures/index.ts';

// Races after go-live: the news of one payment reaching the merchant twice at once, or out of order.
// Each check judges the order only after proof that every arrival was processed (the merchant's
// answers, its return page's verdict, or a control event sent after them).

test.describe('Races at the merchant', () => {
  test(
    "a genuine webhook arriving while the customer's browser reaches the return page: the order is released exactly once",
    checklist('webhooks.merchant-endpoint'),
    async ({ page, merchant, checkout, gateway, merchantWebhooks, deployment, webhookSink, payingCard }) => {
      // OwnGateway's own deliveries wait (refused, then retried) so that golive's webhook is the one racing the return.
      const releaseDeliveries = webhookSink.refuseUntilReleased();
      try {
        const automatic = merchant.captureMethods.includes('automatic');
        const placed = await merchant.startCheckout(page, { captureMethod: automatic ? 'automatic' : 'manual' });
        const race = await webhookRacingTheReturn(page, merchant, merchantWebhooks, async () => {
          const paymentId = (await merchant.order(placed)).paymentId;
          let payment = await gateway.payments.retrieve(paymentId);
          // A shop that authorises first releases on capture: captured now, so both arrivals say "succeeded".
          if (payment.status === 'requires_capture') payment = await gateway.payments.capture(paymentId);
          return outgoingPaymentWebhook(deployment.merchantId, 'payment_succeeded', payment);
        });
        const returned = page.waitForResponse((response) => merchant.returnPage.test(response.url()) && response.request().isNavigationRequest());
        await checkout.enterCard(payingCard);
        await checkout.pay();
        await returned;
        await checkout.returned();
        await returnPageSettled(page, merchant);
        expectAcknowledged(await race.webhookAnswer(), "the webhook that raced the customer's return");
        const released = await orderWhen(merchant, placed, (o) => o.fulfilled, 'the paid order is released');
        requireOrderField(merchant, released, 'fulfilmentCount');
        expectFulfilledOnce(await merchant.order(placed), 'released once, though the webhook and the customer came back together');
      } finally {
        releaseDeliveries();
      }
    },
  );

  test(
    'one genuine event delivered twice at the same instant is acted on once',
    checklist('webhooks.merchant-endpoint'),
    async ({ page, merchant, gateway, merchantWebhooks, deployment, payingCard }) => {
      const placed = await merchant.startCheckout(page);
      const paid = await payOrder(gateway, merchant, placed, payingCard);
      const answers = await concurrentDeliveries(merchantWebhooks, outgoingPaymentWebhook(deployment.merchantId, 'payment_succeeded', paid));
      answers.forEach((answer, i) => expectAcknowledged(answer, `concurrent delivery ${i + 1} of one genuine event`));
      const released = await orderWhen(merchant, placed, (o) => o.fulfilled, 'the genuine event is acted on');
      requireOrderField(merchant, released, 'fulfilmentCount');
      await controlEventProcessed(page, gateway, merchant, merchantWebhooks, deployment.merchantId, payingCard);
      expectFulfilledOnce(await merchant.order(placed), 'released once, though two deliveries of the event were processed in parallel');
    },
  );

  test(
    'a genuine older event (payment_processing) delivered after payment_succeeded leaves the order paid',
    checklist('errors.lifecycle'),
    async ({ page, merchant, gateway, merchantWebhooks, deployment, payingCard }) => {
      const placed = await merchant.startCheckout(page);
      const paid = await payOrder(gateway, merchant, placed, payingCard);
      const newer = outgoingPaymentWebhook(deployment.merchantId, 'payment_succeeded', paid);
      expectAcknowledged(await merchantWebhooks.send(newer, { kind: 'genuine' }), 'payment_succeeded');
      await orderWhen(merchant, placed, (o) => o.paid && o.fulfilled, 'payment_succeeded settles the order');
      // The event OwnGateway made while the payment was still processing, retried late: sent before, arriving after.
      const earlier = { ...paid, status: 'processing' as const, amount_received: 0, amount_capturable: paid.amount };
      const older = {
        ...outgoingPaymentWebhook(deployment.merchantId, 'payment_processing', earlier, outgoingWebhookEventId()),
        timestamp: new Date(Date.parse(newer.timestamp) - 60_000).toISOString(),
      };
      expectHandled(await merchantWebhooks.send(older, { kind: 'genuine' }), 'the older payment_processing event');
      await controlEventProcessed(page, gateway, merchant, merchantWebhooks, deployment.merchantId, payingCard);
      const order = await merchant.order(placed);
      expect({ paid: order.paid, fulfilled: order.fulfilled }, 'the order keeps the newer state (paid and released) after the older event').toEqual({
        paid: true,
        fulfilled: true,
      });
    },
  );
});
