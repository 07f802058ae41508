import { checklist } from '../../helpers/checklist/checklist.ts';
import { expect, expectFulfilledOnce, settledOrder, test } from '../../fixtures/index.ts';

// The storefront asks for 3DS; the connector's frictionless card authenticates without a challenge, so the
// customer goes straight back to the merchant (a challenge would keep the page from returning).
test(
  'a customer pays with 3DS frictionless (no challenge) and the order is accepted once, for the amount the merchant computed',
  checklist('errors.lifecycle', 'payments.verify-amount-status'),
  async ({ page, merchant, checkout, gateway, payingCard }) => {
    const placed = await merchant.startCheckout(page, { quantity: 2 });
    await checkout.waitForForm();
    await test.info().attach('checkout page with Unified Checkout mounted', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    await checkout.enterCard(payingCard);
    await checkout.pay();
    await checkout.returned();
    await expect(merchant.returnOutcome(page).success, 'the return page says the payment went through').toBeVisible();
    const order = await settledOrder(merchant, gateway, placed);
    expectFulfilledOnce(order);
    const payment = await gateway.payments.retrieve(order.paymentId);
    expect(payment, "charged exactly the order's amount and currency").toMatchObject({
      status: 'succeeded',
      amount: order.amount,
      amount_received: order.amount,
      currency: order.currency,
    });
  },
);
