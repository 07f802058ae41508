import { checklist } from '../../helpers/checklist.ts';
import { loadConfigFromDisk } from '../../helpers/config/load.ts';
import { connectorProfile } from '../../helpers/connector-profiles.ts';
import { maskCardNumber } from '../../helpers/mask.ts';
import { testCards } from '../../helpers/test-cards.ts';
import { expectFulfilledOnce, expectNothingFulfilled, settledOrder } from '../../fixtures/merchant-evidence.ts';
import { expect, test } from '../../fixtures/checkout.ts';

// The connector profile comes from the same configuration as everything else (golive.config.ts or
// the environment), so the declines tested are the ones the target's connector produces.
const profile = connectorProfile((await loadConfigFromDisk()).GOLIVE_CONNECTOR_PROFILE);

for (const decline of profile.declines) {
  const { card } = decline;
  test(`${card.label} (${maskCardNumber(card.number)}): the customer sees the decline and pays with another card in the same session`, checklist('errors.sdk', 'errors.lifecycle'), async ({ checkoutWith, page, merchant, checkout, gateway, payingCard }) => {
    const { orderId } = await checkoutWith(card);
    await expect(merchant.paymentError(page), 'the decline is shown where the site shows payment errors').toBeVisible();
    await expect(merchant.paymentError(page)).toHaveText(/\S/);
    expectNothingFulfilled(await merchant.order(orderId), 'a declined payment is not accepted');
    await test.step('retry with a good card without leaving the page', async () => {
      await checkout.enterCard(payingCard);
      await checkout.pay();
    });
    await checkout.returned();
    const order = await settledOrder(merchant, gateway, orderId);
    expectFulfilledOnce(order);
    const payment = await gateway.payments.retrieve(order.paymentId);
    expect(payment, 'charged once, for the order\'s own amount').toMatchObject({ status: profile.expect.autoCapture, amount_received: order.amount, currency: order.currency });
  });
}

const fieldCases = [
  { name: 'an invalid card number', entry: { number: '4242424242424241' }, error: 'Card number is invalid.' },
  { name: 'an expiry in the past', entry: { number: testCards.visa.number, expiry: '1220' }, error: "Your card's expiration year is in the past." },
  { name: 'an incomplete expiry', entry: { number: testCards.visa.number, expiry: '12' }, error: "Your card's expiration date is incomplete." },
  { name: 'an incomplete CVC', entry: { number: testCards.visa.number, cvc: '12' }, error: "Your card's security code is incomplete." },
];

for (const fieldCase of fieldCases) {
  test(`${fieldCase.name} shows the SDK's inline error, and pressing pay charges nothing`, checklist('errors.sdk'), async ({ page, merchant, checkout, gateway }) => {
    const { orderId } = await merchant.startCheckout(page);
    const confirms: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/confirm')) confirms.push(r.url()); });
    await checkout.enterCard(fieldCase.entry);
    await expect(checkout.fieldError(fieldCase.error)).toBeVisible();
    await checkout.pressPayIfEnabled();
    expect(confirms, 'no confirm reached OwnGateway').toEqual([]);
    const order = await merchant.order(orderId);
    expectNothingFulfilled(order, 'nothing is accepted for an invalid card');
    expect((await gateway.payments.retrieve(order.paymentId)).status).toBe('requires_payment_method');
  });
}

test('an empty form cannot be paid: pressing pay sends nothing and the form says what is missing', checklist('errors.sdk'), async ({ page, merchant, checkout }) => {
  const { orderId } = await merchant.startCheckout(page);
  const confirms: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/confirm')) confirms.push(r.url()); });
  await checkout.waitForForm();
  await checkout.pressPayIfEnabled();
  expect(confirms, 'no confirm reached OwnGateway').toEqual([]);
  await checkout.enterCard(testCards.visa);
  await expect(merchant.payButton(page), 'usable once the form is complete').toBeEnabled();
  expectNothingFulfilled(await merchant.order(orderId), 'nothing accepted before paying');
});
