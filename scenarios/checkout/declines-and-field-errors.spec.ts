import { checklist } from '../../helpers/checklist.ts';
import { connectorProfile } from '../../helpers/connector-profiles.ts';
import { maskCardNumber } from '../../helpers/mask.ts';
import { testCards } from '../../helpers/test-cards.ts';
import { expect, test } from '../../fixtures/checkout.ts';

const profile = connectorProfile(process.env.GOLIVE_CONNECTOR_PROFILE ?? 'stripe_test');

for (const decline of profile.declines) {
  const card = testCards[decline.card];
  test(`${card.label} (${maskCardNumber(card.number)}): the customer sees the decline and pays with another card in the same session`, checklist('errors.sdk', 'errors.lifecycle'), async ({ page, merchant, checkout, gateway }) => {
    const { orderId } = await merchant.startCheckout(page, [{ sku: 'cap-003', quantity: 1 }]);
    await checkout.enterCard(card);
    await checkout.pay();
    await expect(merchant.paymentError(page)).toContainText(/declined/i);
    expect(await merchant.order(orderId)).toMatchObject({ fulfilled: false });
    await test.step('retry with a good card without leaving the page', async () => {
      await checkout.enterCard(testCards.mastercard);
      await checkout.pay();
    });
    await page.waitForURL(merchant.returnPage);
    const order = await merchant.order(orderId);
    expect(order).toMatchObject({ fulfilled: true, fulfilled_amount: 2400, fulfilment_count: 1 });
    const payment = await gateway.payments.retrieve(order.payment_id);
    expect(payment).toMatchObject({ status: 'succeeded', amount_received: 2400, attempt_count: 2 });
  });
}

const fieldCases = [
  { name: 'an invalid card number', entry: { number: '4242424242424241' }, error: 'Card number is invalid.', result: 'Please enter valid details' },
  { name: 'an expiry in the past', entry: { number: testCards.visa.number, expiry: '1220' }, error: "Your card's expiration year is in the past.", result: 'Please enter valid details' },
  { name: 'an incomplete expiry', entry: { number: testCards.visa.number, expiry: '12' }, error: "Your card's expiration date is incomplete.", result: 'Please enter valid details' },
  { name: 'an incomplete CVC', entry: { number: testCards.visa.number, cvc: '12' }, error: "Your card's security code is incomplete.", result: 'Please enter valid details' },
];

for (const fieldCase of fieldCases) {
  test(`${fieldCase.name} shows an inline error, keeps pay disabled and charges nothing`, checklist('errors.sdk'), async ({ page, merchant, checkout, gateway }) => {
    const { orderId } = await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 1 }]);
    await checkout.enterCard(fieldCase.entry);
    await expect(checkout.fieldError(fieldCase.error)).toBeVisible();
    await expect(merchant.payButton(page)).toBeDisabled();
    const order = await merchant.order(orderId);
    expect(order.fulfilled).toBe(false);
    expect((await gateway.payments.retrieve(order.payment_id)).status).toBe('requires_payment_method');
  });
}

test('an empty form cannot be paid: pay stays disabled until every field is complete', checklist('errors.sdk', 'experience.pay-button'), async ({ page, merchant, checkout }) => {
  await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 1 }]);
  await checkout.waitForForm();
  await expect(merchant.payButton(page)).toBeDisabled();
  await checkout.enterCard({ number: testCards.visa.number, expiry: '', cvc: '' });
  await expect(checkout.fieldError('Card expiry date cannot be empty')).toHaveCount(0); // empty fields are not shouted at on blur
  await expect(merchant.payButton(page)).toBeDisabled();
  await checkout.enterCard(testCards.visa);
  await expect(merchant.payButton(page)).toBeEnabled();
});
