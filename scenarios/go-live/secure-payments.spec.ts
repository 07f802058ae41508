import type { Page } from '@playwright/test';
import { checklist } from '../../helpers/checklist.ts';
import { tamperReturnUrl, type ReturnUrlTampering } from '../../helpers/tamper.ts';
import { testCards } from '../../helpers/test-cards.ts';
import type { MerchantAdapter } from '../../fixtures/merchant-adapter.ts';
import type { CheckoutDriver } from '../../fixtures/checkout-driver.ts';
import { openSecretBearingUrl } from '../../fixtures/open-secret-url.ts';
import { expect, test } from '../../fixtures/checkout.ts';

// Secure your Payments: whatever the browser brings back or sends, the merchant fulfils only for a
// verified status, amount and currency.

/** Pays through 3DS and returns the signed return URL the gateway sent the customer to. */
async function signedReturnFor(page: Page, merchant: MerchantAdapter, checkout: CheckoutDriver, decision: 'Complete' | 'Reject', sku = 'tee-002') {
  const { orderId } = await merchant.startCheckout(page, [{ sku, quantity: 1 }]);
  await checkout.enterCard(testCards.threeDsChallenge);
  await checkout.pay();
  await page.getByRole('button', { name: decision }).click();
  await page.waitForURL(merchant.returnPage);
  const url = new URL(page.url());
  expect(url.searchParams.get('signature'), 'the gateway signed the return URL').toBeTruthy();
  return { orderId, url };
}

const forgeriesOfAFailedPayment: { name: string; tampering: ReturnUrlTampering }[] = [
  { name: 'status flipped to succeeded', tampering: { kind: 'set-param', name: 'status', value: 'succeeded' } },
  { name: 'status flipped and signature removed', tampering: { kind: 'remove-signature' } },
];

test.describe('Secure your Payments', () => {
  for (const forgery of forgeriesOfAFailedPayment) {
    test(`a return URL with ${forgery.name} for a failed payment fulfils nothing`, checklist('payments.verify-signed-payload'), async ({ page, merchant, checkout }) => {
      const { orderId, url } = await signedReturnFor(page, merchant, checkout, 'Reject');
      const flipped = tamperReturnUrl(url, { kind: 'set-param', name: 'status', value: 'succeeded' });
      await openSecretBearingUrl(page, tamperReturnUrl(flipped, forgery.tampering));
      expect(await merchant.order(orderId)).toMatchObject({ fulfilled: false, fulfilment_count: 0 });
    });
  }

  test('a return URL carrying another payment\'s signature and parameters fulfils nothing', checklist('payments.verify-signed-payload'), async ({ page, merchant, checkout }) => {
    const paid = await signedReturnFor(page, merchant, checkout, 'Complete', 'mug-001');
    const failed = await signedReturnFor(page, merchant, checkout, 'Reject', 'tee-002');
    const forged = new URL(paid.url);
    forged.searchParams.set('order', failed.orderId);
    await openSecretBearingUrl(page, forged);
    expect(await merchant.order(failed.orderId)).toMatchObject({ fulfilled: false });
    const swapped = tamperReturnUrl(tamperReturnUrl(failed.url, { kind: 'set-param', name: 'status', value: 'succeeded' }), { kind: 'signature-from', donor: paid.url });
    await openSecretBearingUrl(page, swapped);
    expect(await merchant.order(failed.orderId)).toMatchObject({ fulfilled: false });
  });

  test('a replayed return URL fulfils the order once', checklist('payments.verify-signed-payload'), async ({ page, merchant, checkout }) => {
    const { orderId, url } = await signedReturnFor(page, merchant, checkout, 'Complete');
    for (let i = 0; i < 3; i++) await openSecretBearingUrl(page, url);
    expect(await merchant.order(orderId)).toMatchObject({ fulfilled: true, fulfilment_count: 1 });
  });

  test('the amount and currency the browser sends to the merchant\'s checkout are ignored', checklist('payments.verify-amount-status'), async ({ page, merchant, gateway }) => {
    await page.route('**/checkout', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      const form = new URLSearchParams(route.request().postData() ?? '');
      form.set('amount', '1');
      form.set('currency', 'JPY');
      await route.continue({ postData: form.toString() });
    });
    const { orderId } = await merchant.startCheckout(page, [{ sku: 'cap-003', quantity: 1 }]);
    const order = await merchant.order(orderId);
    const payment = await gateway.payments.retrieve(order.payment_id);
    expect({ amount: payment.amount, currency: payment.currency }, 'the payment is for the server-side price').toEqual({ amount: 2400, currency: 'USD' });
  });

  test('a partially captured payment does not fulfil the order', checklist('payments.verify-amount-status'), async ({ page, merchant, checkout, gateway }) => {
    const { orderId } = await merchant.startCheckout(page, [{ sku: 'tee-002', quantity: 1 }], { captureMethod: 'manual' });
    await checkout.enterCard(testCards.visa);
    await checkout.pay();
    await page.waitForURL(merchant.returnPage);
    const { payment_id } = await merchant.order(orderId);
    await gateway.payments.capture(payment_id, { amount_to_capture: 1000 });
    await page.reload();
    await expect.poll(async () => (await gateway.payments.retrieve(payment_id)).status).toBe('partially_captured');
    await page.waitForTimeout(300); // the capture webhook has had time to arrive
    expect(await merchant.order(orderId)).toMatchObject({ fulfilled: false, fulfilled_amount: 0 });
  });
});
