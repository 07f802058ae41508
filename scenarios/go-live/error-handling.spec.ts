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
