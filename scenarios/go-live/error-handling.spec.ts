import { checklist } from '../../helpers/checklist/checklist.ts';
import {
  captureOnShipment,
  expect,
  expectFulfilledOnce,
  expectNothingAccepted,
  type InjectedGatewayFault,
  orderWhen,
  requireCaptureMethod,
  requireFaultApplied,
  requireOrderField,
  settledOrder,
  test,
} from '../../fixtures/index.ts';
import { doubleClickMakesOnePayment } from '../checkout/double-submit.ts';

// Error Handling, through the merchant's own checkout: the customer always learns what happened,
// can retry, and is never fulfilled or charged twice. (The checkout and webhook projects add their
// own evidence to these items.)
test.describe('Error Handling', () => {
  test(
    'a declined card shows the customer an error and the retry is accepted once',
    checklist('errors.sdk'),
    async ({ checkoutWith, page, merchant, checkout, gateway, payingCard, connectorProfile }) => {
      const placed = await checkoutWith(connectorProfile.declines[0]!.card);
      await merchant.expectPaymentErrorShown(page, 'the customer is told the payment was declined');
      await expectNothingAccepted(merchant, placed, 'a declined payment is not accepted');
      await checkout.enterCard(payingCard);
      await checkout.pay();
      await checkout.returned();
      expectFulfilledOnce(await settledOrder(merchant, gateway, placed));
    },
  );

  doubleClickMakesOnePayment();

  test(
    'a gateway timeout on confirm shows an error and charges nothing',
    checklist('errors.sdk', 'errors.api'),
    async ({ page, merchant, checkout, gateway, payingCard }) => {
      // The page's clock is the customer's: time flows as usual until the customer is made to wait.
      await page.clock.install();
      const placed = await merchant.startCheckout(page);
      await page.route('**/payments/*/confirm', (route) => route.abort('timedout'));
      const confirmLost = page.waitForEvent('requestfailed', (request) => /\/payments\/[^/]+\/confirm/.test(request.url()));
      await checkout.enterCard(payingCard);
      await checkout.pay();
      await confirmLost;
      // Unified Checkout gives no answer after a lost confirm (it looks the payment up, finds it unpaid and
      // stays silent), so the site's own patience decides how soon the customer hears: half a minute of it
      // passes at once, then the site has the time any check allows to show its message.
      await page.clock.fastForward('00:30');
      await merchant.expectPaymentErrorShown(page, 'the customer is told the payment did not go through within 30 s');
      const order = await expectNothingAccepted(merchant, placed, 'nothing is accepted for a payment that never reached OwnGateway');
      expect((await gateway.payments.retrieve(order.paymentId)).amount_received ?? 0, 'nothing was charged').toBe(0);
    },
  );

  // How OwnGateway can fail the merchant's own check of a payment, as its server meets it on the wire.
  const gatewayFailures = [
    { name: 'a server error', fault: { fail: 500 } },
    { name: 'a malformed answer', fault: { answer: 'malformed' } },
    { name: 'a rate limit', fault: { answer: 'rate-limited' } },
    { name: 'a dropped connection', fault: { fail: 'reset' } },
  ] as const;
  for (const { name, fault } of gatewayFailures) {
    test(
      `${name} from OwnGateway while the merchant checks the payment leaves the order open, and it is accepted once when the payment's news arrives`,
      checklist('errors.api'),
      async ({ page, merchant, checkout, gateway, gatewayFaults, webhookSink, merchantDeliveries, payingCard }) => {
        const placed = await merchant.startCheckout(page);
        const { paymentId } = await merchant.order(placed);
        // In the sandbox the merchant webhook is held back (refused until the merchant's check has met the
        // fault, then OwnGateway's retry) so that the return page's own check is the merchant's first news.
        const releaseWebhooks = webhookSink.refuseUntilReleased();
        let injected: Promise<InjectedGatewayFault> | undefined;
        await page.route(merchant.returnPage, async (route) => {
          injected ??= gatewayFaults.inject({ match: { caller: 'secret', path_prefix: `/payments/${paymentId}` }, ...fault, times: 1 });
          await injected;
          await route.continue();
        });
        await checkout.enterCard(payingCard);
        const returned = page.waitForResponse((response) => merchant.returnPage.test(response.url()) && response.request().isNavigationRequest());
        await checkout.pay();
        expect((await returned).status(), 'the return page handles the error instead of failing with a server error').toBeLessThan(500);
        expect(injected, 'the customer came back to the return page').toBeDefined();
        await requireFaultApplied(gatewayFaults, await injected!, 'its check of the payment');
        releaseWebhooks();
        // Proof the news reached the merchant first, so a shop that never accepts fails on what it did with
        // it, not on a long wait; a shop that acknowledges first and applies the news later has 5 s more.
        await merchantDeliveries.acknowledged(paymentId);
        await orderWhen(merchant, placed, (o) => o.paid, "the paid order is accepted once the merchant acknowledged OwnGateway's webhook", 5_000);
        expectFulfilledOnce(await settledOrder(merchant, gateway, placed));
      },
    );
  }

  test(
    'the whole lifecycle reaches the order: authorised, captured later, refunded in part, then in full',
    checklist('errors.lifecycle'),
    async ({ checkoutWith, merchant, checkout, gateway, payingCard }) => {
      requireCaptureMethod(merchant, 'manual');
      const placed = await checkoutWith(payingCard, { captureMethod: 'manual' });
      await checkout.returned();
      const authorised = await orderWhen(merchant, placed, (o) => o.paid, 'the authorisation is accepted');
      expect(authorised.fulfilled, 'only authorised: nothing ships yet').toBe(false);
      requireOrderField(merchant, authorised, 'refundedAmount');
      await captureOnShipment(merchant, gateway, placed, authorised);
      await orderWhen(merchant, placed, (o) => o.fulfilled, 'the capture reaches the order');
      const part = Math.max(1, Math.floor(authorised.amount / 4));
      await test.step('one item returned', () => gateway.refunds.create({ payment_id: authorised.paymentId, amount: part }));
      await orderWhen(merchant, placed, (o) => o.refundedAmount === part, 'the partial refund reaches the order');
      await test.step('the rest refunded', () => gateway.refunds.create({ payment_id: authorised.paymentId }));
      await orderWhen(merchant, placed, (o) => o.refundedAmount === authorised.amount, 'the final refund reaches the order');
      expectFulfilledOnce(await merchant.order(placed));
    },
  );

  test('an invalid card is caught in the form before anything is sent', checklist('errors.sdk'), async ({ page, merchant, checkout }) => {
    const placed = await merchant.startCheckout(page);
    const confirms: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/confirm')) confirms.push(r.url());
    });
    await checkout.enterCard({ number: '4000000000000001', expiry: '1299' });
    await expect(checkout.fieldError('Card number is invalid.')).toBeVisible();
    // Whether the merchant disables its button until the form is complete is its own choice; either way
    // pressing it must send nothing.
    await checkout.pressPayIfEnabled();
    expect(confirms, 'no confirm reached OwnGateway').toEqual([]);
    await expectNothingAccepted(merchant, placed, 'nothing is accepted for an invalid card');
  });
});
