import type { Page } from '@playwright/test';
import { checklist } from '../../helpers/checklist.ts';
import type { CheckoutDriver } from '../../fixtures/checkout-driver.ts';
import type { MerchantAdapter } from '../../fixtures/merchant-adapter.ts';
import { expectFulfilledOnce, expectNothingFulfilled, settledOrder } from '../../fixtures/merchant-evidence.ts';
import { expect, test } from '../../fixtures/checkout.ts';
import { skipWhereNotImplemented } from './not-implemented.ts';

// One-click wallets: Unified Checkout shows PayPal's button above its tabs, and the button pays by itself
// (no press of the merchant's pay button, no confirmPayment of the merchant's behind it). The customer
// goes to PayPal, decides there, and comes back to the return URL the merchant gave Unified Checkout
// up front (wallets.walletReturnUrl), signed by OwnGateway like any other.

type World = { page: Page; merchant: MerchantAdapter; checkout: CheckoutDriver };

/** The customer checks out and presses PayPal's button in Unified Checkout; not run where the merchant's checkout shows none. */
async function checkoutWithPayPal({ page, merchant, checkout }: World): Promise<string> {
  return test.step(`the customer checks out at ${merchant.name} and presses PayPal's button`, async () => {
    const { orderId } = await merchant.startCheckout(page);
    await expect(checkout.frame.locator('[data-testid=paymentList]'), 'Unified Checkout has its list of methods').toBeVisible({ timeout: 15_000 });
    test.skip(await checkout.walletButton('PayPal').count() === 0, "the merchant's Unified Checkout shows no PayPal button: not run");
    await checkout.payWithWallet('PayPal');
    return orderId;
  });
}

test('PayPal authorised: the merchant verifies the signed return and accepts the order once, for its amount', checklist('payments.verify-amount-status', 'errors.lifecycle'), async ({ page, merchant, checkout, gateway, connectorProfile }) => {
  skipWhereNotImplemented(connectorProfile, 'paypal', 'PayPal');
  const orderId = await checkoutWithPayPal({ page, merchant, checkout });
  await checkout.decideAtProcessor('Authorize');
  const returned = await checkout.returned();
  expect(returned.searchParams.get('signature'), 'OwnGateway signed the return').toBeTruthy();
  await expect(merchant.returnOutcome(page).success, 'the return page says the payment went through').toBeVisible();
  const order = await settledOrder(merchant, gateway, orderId);
  expectFulfilledOnce(order);
  expect(await gateway.payments.retrieve(order.paymentId), 'paid with PayPal, the order\'s amount').toMatchObject({ status: 'succeeded', payment_method: 'wallet', payment_method_type: 'paypal', amount_received: order.amount, currency: order.currency });
});

test('PayPal refused: nothing is accepted and the customer is told', checklist('errors.lifecycle', 'errors.sdk'), async ({ page, merchant, checkout, gateway, connectorProfile }) => {
  skipWhereNotImplemented(connectorProfile, 'paypal', 'PayPal');
  const orderId = await checkoutWithPayPal({ page, merchant, checkout });
  await checkout.decideAtProcessor('Fail');
  await checkout.returned();
  await expect(merchant.returnOutcome(page).failure, 'the return page says the payment did not go through').toBeVisible();
  const refused = await merchant.order(orderId);
  expect((await gateway.payments.retrieve(refused.paymentId)).status, 'PayPal refused it').toBe('failed');
  expectNothingFulfilled(refused, 'a refused PayPal payment is not accepted');
});
