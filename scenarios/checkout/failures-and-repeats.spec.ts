import { checklist } from '../../helpers/checklist/checklist.ts';
import {
  captureOnShipment,
  expect,
  expectFulfilledOnce,
  expectNothingAccepted,
  orderWhen,
  requireCaptureMethod,
  requireOrderField,
  settledOrder,
  test,
} from '../../fixtures/index.ts';
import { doubleClickMakesOnePayment } from './double-submit.ts';

test('the SDK script fails to load: the page says so and nothing can be paid', checklist('errors.sdk'), async ({ page, merchant, checkout }) => {
  // Wherever the site loads Unified Checkout from (OwnGateway's host or a CDN), the loader is HyperLoader.js.
  await page.route('**/HyperLoader.js', (route) => route.abort('failed'));
  const confirms: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/confirm')) confirms.push(r.url());
  });
  const placed = await merchant.startCheckout(page);
  await expect(merchant.sdkFallback(page), 'the site tells the customer the payment form did not load').toBeVisible();
  await expect(merchant.sdkFallback(page)).toHaveText(/\S/);
  await checkout.pressPayIfEnabled();
  expect(confirms, 'nothing reached OwnGateway').toEqual([]);
  await expectNothingAccepted(merchant, placed, 'nothing accepted without a payment form');
});

test(
  'the gateway answers 5xx on confirm: the customer sees an error, can retry, and is charged once',
  checklist('errors.sdk', 'errors.api'),
  async ({ page, merchant, checkout, gateway, payingCard }) => {
    const placed = await merchant.startCheckout(page);
    let failed = 0;
    await page.route('**/payments/*/confirm', async (route) => {
      if (failed++ > 0) return route.fallback();
      await route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { type: 'api', message: 'Something went wrong', code: 'HE_00' } }),
      });
    });
    await checkout.enterCard(payingCard);
    await checkout.pay();
    await merchant.expectPaymentErrorShown(page, 'the customer is told the payment did not go through');
    const order = await expectNothingAccepted(merchant, placed, 'nothing accepted after a failed confirm');
    expect((await gateway.payments.retrieve(order.paymentId)).status).toBe('requires_payment_method');
    await test.step('the retry goes through', async () => {
      await checkout.pay();
      await checkout.returned();
    });
    expectFulfilledOnce(await settledOrder(merchant, gateway, placed));
  },
);

doubleClickMakesOnePayment();

test(
  'refreshing or going back to the return page accepts nothing twice',
  checklist('payments.verify-amount-status', 'errors.lifecycle'),
  async ({ checkoutWith, page, merchant, checkout, gateway, payingCard }) => {
    const placed = await checkoutWith(payingCard);
    await checkout.returned();
    await page.reload();
    await page.goBack();
    await page.goForward();
    await page.reload();
    await expect(merchant.returnOutcome(page).success, 'the return page still says the payment went through').toBeVisible();
    const order = await settledOrder(merchant, gateway, placed);
    expectFulfilledOnce(order);
    expect((await gateway.payments.retrieve(order.paymentId)).amount_received, "charged once, the order's amount").toBe(order.amount);
  },
);

test(
  'manual capture: authorised in the browser, captured and refunded by API, and the order follows',
  checklist('errors.lifecycle', 'webhooks.merchant-endpoint'),
  async ({ checkoutWith, page, merchant, checkout, gateway, payingCard }) => {
    requireCaptureMethod(merchant, 'manual');
    const placed = await checkoutWith(payingCard, { captureMethod: 'manual' });
    await checkout.returned();
    await expect(merchant.returnOutcome(page).success, 'the return page says the payment went through').toBeVisible();
    const authorised = await orderWhen(merchant, placed, (o) => o.paid, 'the authorisation is accepted');
    expect(authorised.fulfilled, 'authorised only: nothing released yet').toBe(false);
    requireOrderField(merchant, authorised, 'refundedAmount');
    await captureOnShipment(merchant, gateway, placed, authorised);
    await orderWhen(merchant, placed, (o) => o.fulfilled, 'the storefront learns of the capture');
    const part = Math.max(1, Math.floor(authorised.amount / 2));
    await test.step('and later refunds part of it', () => gateway.refunds.create({ payment_id: authorised.paymentId, amount: part }));
    const refunded = await orderWhen(merchant, placed, (o) => o.refundedAmount === part, 'the partial refund reaches the order');
    expectFulfilledOnce(refunded);
  },
);
