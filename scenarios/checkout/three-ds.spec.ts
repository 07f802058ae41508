import { checklist } from '../../helpers/checklist.ts';
import { testCards } from '../../helpers/test-cards.ts';
import { expect, test } from '../../fixtures/checkout.ts';

test('3DS challenge passed: the bank page returns to the merchant with a signed result and the order is fulfilled', checklist('errors.sdk', 'payments.verify-signed-payload'), async ({ page, merchant, checkout }) => {
  const { orderId } = await merchant.startCheckout(page, [{ sku: 'tee-002', quantity: 1 }]);
  await checkout.enterCard(testCards.threeDsChallenge);
  await checkout.pay();
  await test.step('the customer completes the challenge on the bank page', async () => {
    await page.getByRole('button', { name: 'Complete' }).click();
  });
  await page.waitForURL(merchant.returnPage);
  expect(new URL(page.url()).searchParams.get('signature_algorithm')).toBe('HMAC-SHA512');
  await expect(page.getByRole('heading', { name: 'Thanks for your order!' })).toBeVisible();
  expect(await merchant.order(orderId)).toMatchObject({ fulfilled: true, fulfilled_amount: 3200, fulfilment_count: 1 });
});

test('3DS challenge failed: the customer sees the failure and nothing is fulfilled', checklist('errors.sdk', 'payments.verify-amount-status'), async ({ page, merchant, checkout, gateway }) => {
  const { orderId } = await merchant.startCheckout(page, [{ sku: 'tee-002', quantity: 1 }]);
  await checkout.enterCard(testCards.threeDsChallengeStripe);
  await checkout.pay();
  await page.getByRole('button', { name: 'Reject' }).click();
  await page.waitForURL(merchant.returnPage);
  await expect(page.getByRole('heading', { name: 'Payment not completed' })).toBeVisible();
  const order = await merchant.order(orderId);
  expect(order).toMatchObject({ fulfilled: false, fulfilment_count: 0 });
  expect((await gateway.payments.retrieve(order.payment_id)).status).toBe('failed');
});
