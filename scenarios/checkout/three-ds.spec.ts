import { checklist } from '../../helpers/checklist.ts';
import { testCards } from '../../helpers/test-cards.ts';
import { verifyReturnUrlSignature } from '../../helpers/signatures/return-url.ts';
import { expectFulfilledOnce, expectNothingFulfilled, settledOrder } from '../../fixtures/merchant-evidence.ts';
import { expect, test } from '../../fixtures/checkout.ts';

test('3DS challenge passed: the bank page returns to the merchant with a signed result and the order is accepted', checklist('errors.sdk', 'payments.verify-signed-payload'), async ({ page, merchant, checkout, gateway, deployment }) => {
  const { orderId } = await merchant.startCheckout(page);
  await checkout.enterCard(testCards.threeDsChallenge);
  await checkout.pay();
  await checkout.authenticate('Complete');
  const returned = await checkout.returned();
  expect(verifyReturnUrlSignature(returned, deployment.paymentResponseHashKey).valid, 'OwnGateway signed the return URL').toBe(true);
  await expect(merchant.returnOutcome(page).success, 'the return page says the payment went through').toBeVisible();
  expectFulfilledOnce(await settledOrder(merchant, gateway, orderId));
});

test('3DS challenge failed: the customer sees the failure and nothing is accepted', checklist('errors.sdk', 'payments.verify-amount-status'), async ({ page, merchant, checkout, gateway }) => {
  const { orderId } = await merchant.startCheckout(page);
  await checkout.enterCard(testCards.threeDsChallengeStripe);
  await checkout.pay();
  await checkout.authenticate('Reject');
  await checkout.returned();
  await expect(merchant.returnOutcome(page).failure, 'the return page says the payment did not go through').toBeVisible();
  const order = await merchant.order(orderId);
  expectNothingFulfilled(order, 'a failed authentication is not accepted');
  expect((await gateway.payments.retrieve(order.paymentId)).status).toBe('failed');
});
