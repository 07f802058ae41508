import { checklist } from '../../helpers/checklist.ts';
import { testCards } from '../../helpers/test-cards.ts';
import { expect, test } from '../../fixtures/checkout.ts';

test('the SDK script fails to load: the page says so and nothing can be paid', checklist('errors.sdk'), async ({ page, merchant, deployment }) => {
  await page.route(`${deployment.gatewayUrl}/HyperLoader.js`, (route) => route.abort('failed'));
  const { orderId } = await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 1 }]);
  await expect(merchant.sdkFallback(page)).toBeVisible();
  await expect(merchant.sdkFallback(page)).toContainText('could not be loaded');
  await expect(merchant.payButton(page)).toBeDisabled();
  expect(await merchant.order(orderId)).toMatchObject({ fulfilled: false, status: 'pending' });
});

test('the gateway answers 5xx on confirm: the customer sees an error, can retry, and is charged once', checklist('errors.sdk', 'errors.api'), async ({ page, merchant, checkout, gateway }) => {
  const { orderId } = await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 1 }]);
  let failed = 0;
  await page.route('**/payments/*/confirm', async (route) => {
    if (failed++ > 0) return route.fallback();
    await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { type: 'api', message: 'Something went wrong', code: 'HE_00' } }) });
  });
  await checkout.enterCard(testCards.visa);
  await checkout.pay();
  await expect(merchant.paymentError(page)).toContainText('Something went wrong');
  const order = await merchant.order(orderId);
  expect(order.fulfilled).toBe(false);
  expect((await gateway.payments.retrieve(order.payment_id)).status).toBe('requires_payment_method');
  await test.step('the retry goes through', async () => {
    await checkout.pay();
    await page.waitForURL(merchant.returnPage);
  });
  expect(await merchant.order(orderId)).toMatchObject({ fulfilled: true, fulfilment_count: 1 });
});

test('a double click on pay makes one payment', checklist('errors.sdk', 'errors.lifecycle'), async ({ page, merchant, checkout, gateway }) => {
  const { orderId } = await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 1 }]);
  const confirms: string[] = [];
  page.on('request', (request) => { if (request.method() === 'POST' && /\/payments\/[^/]+\/confirm$/.test(request.url())) confirms.push(request.url()); });
  await checkout.enterCard(testCards.visa);
  await merchant.payButton(page).dblclick();
  await page.waitForURL(merchant.returnPage);
  expect(confirms).toHaveLength(1);
  const order = await merchant.order(orderId);
  expect(order).toMatchObject({ fulfilled: true, fulfilment_count: 1 });
  expect((await gateway.payments.retrieve(order.payment_id)).attempt_count).toBe(1);
});

test('refreshing or going back to the return page fulfils nothing twice', checklist('payments.verify-amount-status', 'errors.lifecycle'), async ({ page, merchant, checkout }) => {
  const { orderId } = await merchant.startCheckout(page, [{ sku: 'cap-003', quantity: 1 }]);
  await checkout.enterCard(testCards.visa);
  await checkout.pay();
  await page.waitForURL(merchant.returnPage);
  await page.reload();
  await page.goBack();
  await page.goForward();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Thanks for your order!' })).toBeVisible();
  expect(await merchant.order(orderId)).toMatchObject({ fulfilled: true, fulfilment_count: 1, fulfilled_amount: 2400 });
});

test('manual capture: authorised in the browser, captured and refunded by API, and the order follows', checklist('errors.lifecycle', 'webhooks.merchant-endpoint'), async ({ page, merchant, checkout, gateway }) => {
  const { orderId } = await merchant.startCheckout(page, [{ sku: 'tee-002', quantity: 1 }], { captureMethod: 'manual' });
  await checkout.enterCard(testCards.visa);
  await checkout.pay();
  await page.waitForURL(merchant.returnPage);
  await expect(page.getByText('Payment authorised')).toBeVisible();
  const authorised = await merchant.order(orderId);
  expect(authorised).toMatchObject({ status: 'authorized', fulfilled: false });
  await test.step('the merchant captures on shipment', () => gateway.payments.capture(authorised.payment_id));
  await expect.poll(async () => (await merchant.order(orderId)).fulfilled, { message: 'the storefront learns of the capture by webhook' }).toBe(true);
  await test.step('and later refunds part of it', () => gateway.refunds.create({ payment_id: authorised.payment_id, amount: 1200 }));
  await expect.poll(async () => (await merchant.order(orderId)).refunded_amount).toBe(1200);
  expect(await merchant.order(orderId)).toMatchObject({ status: 'partially_refunded', fulfilled: true, fulfilment_count: 1 });
});
