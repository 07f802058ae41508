import { checklist } from '../../helpers/checklist/checklist.ts';
import { swapOrderReference } from '../../helpers/tampering/order-reference.ts';
import { tamperReturnUrl } from '../../helpers/tampering/forged-return-urls.ts';
import {
  expect,
  expectFulfilledOnce,
  expectNothingAccepted,
  orderWhen,
  presentReturnUrl,
  requireCaptureMethod,
  requireOrderField,
  tamperAmountsSentToMerchant,
  test,
} from '../../fixtures/index.ts';

// Secure your Payments: whatever the browser brings back or sends, the merchant accepts a payment
// only for a verified status, amount and currency of that very order. Every forgery is presented to
// the merchant's own return page; its answer (the page loaded) is the sign it was processed.

test.describe('Secure your Payments', () => {
  const forgeries = [
    { name: 'status flipped to succeeded', forge: (url: URL) => tamperReturnUrl(url, { kind: 'set-param', name: 'status', value: 'succeeded' }) },
    {
      name: 'status flipped and the signature removed',
      forge: (url: URL) => tamperReturnUrl(tamperReturnUrl(url, { kind: 'set-param', name: 'status', value: 'succeeded' }), { kind: 'remove-signature' }),
    },
  ];
  for (const forgery of forgeries) {
    test(
      `a return URL with its ${forgery.name} for a failed payment is not accepted`,
      checklist('payments.verify-signed-payload'),
      async ({ checkoutWith, page, merchant, checkout, connectorProfile }) => {
        const placed = await checkoutWith(connectorProfile.cards.threeDsChallenge);
        await checkout.authenticate('Reject');
        const signed = await checkout.returned();
        expect(signed.searchParams.get('signature'), 'OwnGateway signed the return URL').toBeTruthy();
        await presentReturnUrl(page, merchant, forgery.forge(signed));
        await expectNothingAccepted(merchant, placed, 'the forged return URL was refused');
      },
    );
  }

  test(
    "a cheap order's genuine return URL, presented for an expensive unpaid order, pays nothing but the cheap one",
    checklist('payments.verify-signed-payload', 'payments.verify-amount-status'),
    async ({ page, merchant, checkout, connectorProfile }) => {
      const cheap = await merchant.startCheckout(page, { quantity: 1 });
      // Through 3DS, so the return URL is OwnGateway's own signed redirect with the payment's parameters.
      await checkout.enterCard(connectorProfile.cards.threeDsChallenge);
      await checkout.pay();
      await checkout.authenticate('Complete');
      const genuine = await checkout.returned();
      await orderWhen(merchant, cheap, (o) => o.paid, 'the cheap order is paid');
      const expensive = await merchant.startCheckout(page, { quantity: 3 });
      expect((await merchant.order(expensive)).amount, 'three items cost more than one').toBeGreaterThan((await merchant.order(cheap)).amount);
      await test.step('the genuine URL, opened while the expensive order is the current checkout', () => presentReturnUrl(page, merchant, genuine));
      await expectNothingAccepted(merchant, expensive, 'a session-keyed return must still match the payment to the order');
      // Both references are known by now: reading each order resolved it.
      const { url: crossWired, swapped } =
        cheap.reference && expensive.reference ? swapOrderReference(genuine, cheap.reference, expensive.reference) : { url: genuine, swapped: false };
      test.info().annotations.push({
        type: 'cross-wiring',
        description: swapped ? 'order reference swapped in the return URL' : 'the return URL carries no order reference; presented as is',
      });
      if (swapped) {
        await test.step("the genuine URL with the expensive order's reference", () => presentReturnUrl(page, merchant, crossWired));
        await test.step("the same, unsigned, as the SDK's own redirect is", () =>
          presentReturnUrl(page, merchant, tamperReturnUrl(crossWired, { kind: 'remove-signature' })));
      }
      await expectNothingAccepted(merchant, expensive, 'the expensive order stays unpaid');
      const stillCheap = await merchant.order(cheap);
      expect(stillCheap.paid, 'the cheap order stays paid').toBe(true);
    },
  );

  test(
    'a replayed return URL is accepted once',
    checklist('payments.verify-signed-payload'),
    async ({ checkoutWith, page, merchant, checkout, connectorProfile }) => {
      const placed = await checkoutWith(connectorProfile.cards.threeDsChallenge);
      await checkout.authenticate('Complete');
      const signed = await checkout.returned();
      await orderWhen(merchant, placed, (o) => o.paid, 'the paid order is accepted');
      for (let i = 0; i < 3; i++) await presentReturnUrl(page, merchant, signed);
      const order = await merchant.order(placed);
      requireOrderField(merchant, order, 'fulfilmentCount');
      if (order.fulfilled) expectFulfilledOnce(order, 'released once, however often the URL is replayed');
      else expect(order.fulfilmentCount, 'nothing released twice').toBe(0);
    },
  );

  test(
    "the amount and currency the page sends to the merchant's server do not change what is charged",
    checklist('payments.verify-amount-status'),
    async ({ page, merchant, gateway, storefront }) => {
      const honest = await merchant.order(await merchant.startCheckout(page));
      const stopTampering = await tamperAmountsSentToMerchant(page, new URL(storefront.url!).origin);
      const placed = await merchant.startCheckout(page);
      const tampered = await stopTampering();
      test.info().annotations.push({
        type: 'tampered fields',
        description: tampered.map((t) => `${t.request} ${t.field}`).join(', ') || 'the page sent no amount or currency to the merchant',
      });
      const order = await merchant.order(placed);
      const payment = await gateway.payments.retrieve(order.paymentId);
      expect({ amount: payment.amount, currency: payment.currency }, "the payment is created for the merchant's own price of the same cart").toEqual({
        amount: honest.amount,
        currency: honest.currency,
      });
      expect({ amount: order.amount, currency: order.currency }, "the order keeps the merchant's own price").toEqual({
        amount: honest.amount,
        currency: honest.currency,
      });
    },
  );

  test(
    'a partially captured payment does not release the order',
    checklist('payments.verify-amount-status'),
    async ({ checkoutWith, merchant, checkout, gateway, merchantDeliveries, payingCard }) => {
      requireCaptureMethod(merchant, 'manual');
      const placed = await checkoutWith(payingCard, { captureMethod: 'manual' });
      await checkout.returned();
      const authorised = await orderWhen(merchant, placed, (o) => o.paid, 'the authorisation is accepted');
      expect(authorised.fulfilled, 'only authorised: nothing released yet').toBe(false);
      const part = Math.max(1, Math.floor(authorised.amount / 2));
      const before = await merchantDeliveries.count(authorised.paymentId);
      await gateway.payments.capture(authorised.paymentId, { amount_to_capture: part });
      await expect.poll(async () => (await gateway.payments.retrieve(authorised.paymentId)).status).toBe('partially_captured');
      await merchantDeliveries.acknowledgedAfter(authorised.paymentId, before);
      const order = await merchant.order(placed);
      expect(order.fulfilled, `released after only ${part} of ${authorised.amount} was captured`).toBe(false);
    },
  );
});
