import { checklist } from '../../helpers/checklist/checklist.ts';
import { loadConfigFromDisk } from '../../helpers/configuration/load.ts';
import { connectorProfile } from '../../helpers/connectors/connector-profiles.ts';
import { maskCardNumber } from '../../helpers/secrets/mask.ts';
import { testCards } from '../../helpers/cards/test-cards.ts';
import { expect, expectFulfilledOnce, expectNothingAccepted, futureExpiry, settledOrder, test } from '../../fixtures/index.ts';

// The connector profile comes from the same configuration as everything else (golive.config.ts or
// the environment), so the declines tested are the ones the target's connector produces.
const profile = connectorProfile((await loadConfigFromDisk()).GOLIVE_CONNECTOR_PROFILE);

// Each decline the connector produces is shown and accepts nothing; paying again after a decline is
// proven once, with the first: how a site recovers does not depend on the reason (and after a
// "stolen card" a site may rightly refuse another try).
profile.declines.forEach(({ card, errorCode }, index) => {
  const recovers = index === 0;
  test(
    `${card.label} (${maskCardNumber(card.number)}): the customer sees the decline and nothing is accepted${recovers ? ', then pays with another card in the same session' : ''}`,
    checklist('errors.sdk', 'errors.lifecycle'),
    async ({ checkoutWith, page, merchant, checkout, gateway, payingCard }) => {
      const placed = await checkoutWith(card);
      await merchant.expectPaymentErrorShown(page, 'the decline is shown where the site shows payment errors');
      const declined = await expectNothingAccepted(merchant, placed, 'a declined payment is not accepted');
      expect(await gateway.payments.retrieve(declined.paymentId), `the connector declined it as its test environment does (${errorCode})`).toMatchObject({
        status: profile.expect.decline,
        error_code: errorCode,
      });
      if (!recovers) return;
      await test.step('retry with a good card without leaving the page', async () => {
        await checkout.enterCard(payingCard);
        await checkout.pay();
      });
      await checkout.returned();
      const order = await settledOrder(merchant, gateway, placed);
      expectFulfilledOnce(order);
      const payment = await gateway.payments.retrieve(order.paymentId);
      expect(payment, "charged once, for the order's own amount").toMatchObject({
        status: profile.expect.autoCapture,
        amount_received: order.amount,
        currency: order.currency,
      });
    },
  );
});

// One checkout, each mistake in turn, as a customer correcting the form would make them: a page load
// per case proved nothing more. Soft assertions report every case, not just the first that fails.
const fieldCases = [
  { name: 'an invalid card number', entry: { number: '4242424242424241', expiry: futureExpiry(), cvc: '123' }, error: 'Card number is invalid.' },
  { name: 'an expiry in the past', entry: { number: testCards.visa.number, expiry: '1220', cvc: '123' }, error: "Your card's expiration year is in the past." },
  { name: 'an incomplete expiry', entry: { number: testCards.visa.number, expiry: '12', cvc: '123' }, error: "Your card's expiration date is incomplete." },
  { name: 'an incomplete CVC', entry: { number: testCards.visa.number, expiry: futureExpiry(), cvc: '12' }, error: "Your card's security code is incomplete." },
];

test(
  `${fieldCases.map((c) => c.name).join(', ')}: each shows the SDK's inline error, and pressing pay charges nothing`,
  checklist('errors.sdk'),
  async ({ page, merchant, checkout, gateway }) => {
    const placed = await merchant.startCheckout(page);
    const confirms: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/confirm')) confirms.push(r.url());
    });
    for (const fieldCase of fieldCases) {
      await test.step(fieldCase.name, async () => {
        await checkout.enterCard(fieldCase.entry);
        await expect.soft(checkout.fieldError(fieldCase.error), `${fieldCase.name} is named in the form`).toBeVisible();
        await checkout.pressPayIfEnabled();
        expect.soft(confirms, `${fieldCase.name}: no confirm reached OwnGateway`).toEqual([]);
      });
    }
    const order = await expectNothingAccepted(merchant, placed, 'nothing is accepted for an invalid card');
    expect((await gateway.payments.retrieve(order.paymentId)).status).toBe('requires_payment_method');
  },
);

test(
  'an empty form cannot be paid: pressing pay sends nothing and the form says what is missing',
  checklist('errors.sdk'),
  async ({ page, merchant, checkout, payingCard }) => {
    const placed = await merchant.startCheckout(page);
    const confirms: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/confirm')) confirms.push(r.url());
    });
    await checkout.waitForForm();
    await checkout.pressPayIfEnabled();
    expect(confirms, 'no confirm reached OwnGateway').toEqual([]);
    await checkout.enterCard(payingCard);
    await expect(merchant.payButton(page), 'usable once the form is complete').toBeEnabled();
    await expectNothingAccepted(merchant, placed, 'nothing accepted before paying');
  },
);
