import { checklist } from '../../helpers/checklist.ts';
import { testCards } from '../../helpers/test-cards.ts';
import { expect, test } from '../../fixtures/checkout.ts';

// Error Handling, through the merchant's own checkout: the customer always learns what happened,
// can retry, and is never fulfilled or charged twice. (The lifecycle, checkout and webhook projects
// add their own evidence to these items.)
test.describe('Error Handling', () => {
  test('a declined card shows the customer an error and the retry succeeds once', checklist('errors.sdk'), async ({ page, merchant, checkout }) => {
    const { orderId } = await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 1 }]);
    await checkout.enterCard(testCards.insufficientFunds);
    await checkout.pay();
    await expect(merchant.paymentError(page), 'the customer is told the payment was declined').toBeVisible();
    await checkout.enterCard(testCards.visa);
    await checkout.pay();
    await page.waitForURL(merchant.returnPage);
    expect(await merchant.order(orderId)).toMatchObject({ fulfilled: true, fulfilment_count: 1 });
  });

  test('a gateway timeout on confirm shows an error and charges nothing', checklist('errors.sdk', 'errors.api'), async ({ page, merchant, checkout, gateway }) => {
    const { orderId } = await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 1 }]);
    await page.route('**/payments/*/confirm', (route) => route.abort('timedout'));
    await checkout.enterCard(testCards.visa);
    await checkout.pay();
    await expect(merchant.paymentError(page)).toBeVisible();
    const order = await merchant.order(orderId);
    expect(order.fulfilled).toBe(false);
    expect((await gateway.payments.retrieve(order.payment_id)).amount_received ?? 0).toBe(0);
  });

  test("an OwnGateway error while the merchant checks the payment leaves the order open, and it is fulfilled once when the payment's news arrives", checklist('errors.api'), async ({ page, merchant, checkout, gatewayFaults, webhookSink }) => {
    const { orderId } = await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 1 }]);
    const { payment_id } = await merchant.order(orderId);
    // The merchant webhook is held back (three failed deliveries, then OwnGateway's retries) so that the
    // return page's own check, which OwnGateway answers with a 500, is the merchant's first news.
    webhookSink.failNext(3);
    let injected = false;
    await page.route(merchant.returnPage, async (route) => {
      if (!injected) {
        injected = true;
        await gatewayFaults.inject({ match: { caller: 'secret', path_prefix: `/payments/${payment_id}` }, fail: 500, times: 1 });
      }
      await route.continue();
    });
    await checkout.enterCard(testCards.visa);
    const returned = page.waitForResponse((response) => merchant.returnPage.test(response.url()) && response.request().isNavigationRequest());
    await checkout.pay();
    expect((await returned).status(), 'the return page handles the error instead of failing with a server error').toBeLessThan(500);
    await expect.poll(async () => (await merchant.order(orderId)).fulfilled, {
      timeout: 15_000, message: "the paid order is fulfilled once OwnGateway's webhook gets through",
    }).toBe(true);
    expect(await merchant.order(orderId)).toMatchObject({ fulfilled: true, fulfilment_count: 1 });
  });

  test('the whole lifecycle reaches the order: authorised, captured later, refunded in part, then in full', checklist('errors.lifecycle'), async ({ page, merchant, checkout, gateway }) => {
    const { orderId } = await merchant.startCheckout(page, [{ sku: 'tee-002', quantity: 1 }], { captureMethod: 'manual' });
    await checkout.enterCard(testCards.visa);
    await checkout.pay();
    await page.waitForURL(merchant.returnPage);
    const authorised = await merchant.order(orderId);
    expect(authorised, 'only authorised: nothing ships yet').toMatchObject({ fulfilled: false });
    await test.step('captured on shipment', () => gateway.payments.capture(authorised.payment_id));
    await expect.poll(async () => (await merchant.order(orderId)).fulfilled, { message: 'the capture reaches the order' }).toBe(true);
    const part = Math.floor(authorised.amount / 4);
    await test.step('one item returned', () => gateway.refunds.create({ payment_id: authorised.payment_id, amount: part }));
    await expect.poll(async () => (await merchant.order(orderId)).refunded_amount, { message: 'the partial refund reaches the order' }).toBe(part);
    await test.step('the rest refunded', () => gateway.refunds.create({ payment_id: authorised.payment_id }));
    await expect.poll(async () => (await merchant.order(orderId)).refunded_amount, { message: 'the final refund reaches the order' }).toBe(authorised.amount);
    expect(await merchant.order(orderId)).toMatchObject({ fulfilled: true, fulfilment_count: 1 });
  });

  test('an invalid card is caught in the form before anything is sent', checklist('errors.sdk'), async ({ page, merchant, checkout }) => {
    await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 1 }]);
    const confirms: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/confirm')) confirms.push(r.url()); });
    await checkout.enterCard({ number: '4000000000000001', expiry: '1299' });
    await expect(checkout.fieldError('Card number is invalid.')).toBeVisible();
    await expect(merchant.payButton(page)).toBeDisabled();
    expect(confirms).toEqual([]);
  });
});
