import { checklist } from '../../helpers/checklist.ts';
import { testCards } from '../../helpers/test-cards.ts';
import { expect, test } from '../../fixtures/checkout.ts';

test('a customer pays without 3DS and the order is fulfilled once for its amount', checklist('errors.lifecycle', 'payments.verify-amount-status'), async ({ page, merchant, checkout, gateway }) => {
  const { orderId } = await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 2 }]);
  await checkout.waitForForm();
  await test.info().attach('checkout page with Unified Checkout mounted', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await checkout.enterCard(testCards.visa);
  await checkout.pay();
  await page.waitForURL(merchant.returnPage);
  await expect(page.getByRole('heading', { name: 'Thanks for your order!' })).toBeVisible();
  const order = await merchant.order(orderId);
  expect(order).toMatchObject({ amount: 3700, currency: 'USD', fulfilled: true, fulfilled_amount: 3700, fulfilment_count: 1 });
  const payment = await gateway.payments.retrieve(order.payment_id);
  expect(payment).toMatchObject({ status: 'succeeded', amount: 3700, amount_received: 3700, currency: 'USD' });
});
