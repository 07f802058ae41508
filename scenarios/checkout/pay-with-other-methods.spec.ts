import type { Page } from '@playwright/test';
import { checklist } from '../../helpers/checklist/checklist.ts';
import {
  type CheckoutDriver,
  expect,
  expectFulfilledOnce,
  expectNothingAccepted,
  type MerchantAdapter,
  type OtherMethodEntry,
  otherMethods,
  settledOrder,
  skipWhereNotImplemented,
  type StartedCheckout,
  test,
} from '../../fixtures/index.ts';

// Methods other than cards, through the merchant's own checkout: a redirect method (a bank redirect, or
// PayPal's one-click button) sends the whole window to the bank or wallet and back to the merchant with a
// signed return URL; a bank debit is only processing when the customer comes back and is settled (or
// returned) later, which the merchant learns by webhook.

type World = { page: Page; merchant: MerchantAdapter; checkout: CheckoutDriver };

/** The customer checks out, chooses the method, fills its form and presses the merchant's pay button; not run where the merchant does not offer it. */
async function checkoutWithMethod({ page, merchant, checkout }: World, method: OtherMethodEntry): Promise<StartedCheckout> {
  return test.step(`the customer checks out at ${merchant.name} and pays with ${method.name}`, async () => {
    const placed = await merchant.startCheckout(page);
    test.skip(!(await checkout.offers(method)), `the merchant's Unified Checkout does not offer ${method.name}: not run`);
    await checkout.enterMethod(method);
    await checkout.pay();
    return placed;
  });
}

/** The customer checks out and presses PayPal's own button in Unified Checkout; not run where the merchant's checkout shows none. */
async function checkoutWithPayPal({ page, merchant, checkout }: World): Promise<StartedCheckout> {
  return test.step(`the customer checks out at ${merchant.name} and presses PayPal's button`, async () => {
    const placed = await merchant.startCheckout(page);
    await expect(checkout.frame.locator('[data-testid=paymentList]'), 'Unified Checkout has its list of methods').toBeVisible({ timeout: 15_000 });
    test.skip((await checkout.walletButton('PayPal').count()) === 0, "the merchant's Unified Checkout shows no PayPal button: not run");
    await checkout.payWithWallet('PayPal');
    return placed;
  });
}

// Redirect methods: iDEAL is a tab paid with the merchant's pay button; PayPal is a one-click button above the
// tabs that pays by itself, coming back to the wallets.walletReturnUrl the merchant gave Unified Checkout.
const redirectMethods = [
  { name: 'iDEAL', type: 'ideal', at: 'the bank', paymentMethod: 'bank_redirect', start: (world: World) => checkoutWithMethod(world, otherMethods.ideal()) },
  { name: 'PayPal', type: 'paypal', at: 'PayPal', paymentMethod: 'wallet', start: checkoutWithPayPal },
] as const;

for (const method of redirectMethods) {
  test(
    `${method.name} authorised at ${method.at}: the merchant verifies the signed return and accepts the order once, for its amount`,
    checklist('payments.verify-amount-status', 'errors.lifecycle'),
    async ({ page, merchant, checkout, gateway, connectorProfile }) => {
      skipWhereNotImplemented(connectorProfile, method.type, method.name);
      const placed = await method.start({ page, merchant, checkout });
      await checkout.decideAtProcessor('Authorize');
      const returned = await checkout.returned();
      expect(returned.searchParams.get('signature'), 'OwnGateway signed the return').toBeTruthy();
      await expect(merchant.returnOutcome(page).success, 'the return page says the payment went through').toBeVisible();
      const order = await settledOrder(merchant, gateway, placed);
      expectFulfilledOnce(order);
      expect(await gateway.payments.retrieve(order.paymentId), `paid by ${method.name}, the order's amount`).toMatchObject({
        status: 'succeeded',
        payment_method: method.paymentMethod,
        payment_method_type: method.type,
        amount_received: order.amount,
        currency: order.currency,
      });
    },
  );

  test(
    `${method.name} refused at ${method.at}: nothing is accepted, the customer is told, and can pay for the order with a card`,
    checklist('errors.lifecycle', 'errors.sdk'),
    async ({ page, merchant, checkout, gateway, payingCard, connectorProfile }) => {
      skipWhereNotImplemented(connectorProfile, method.type, method.name);
      const placed = await method.start({ page, merchant, checkout });
      await checkout.decideAtProcessor('Fail');
      await checkout.returned();
      await expect(merchant.returnOutcome(page).failure, 'the return page says the payment did not go through').toBeVisible();
      const refused = await expectNothingAccepted(merchant, placed, `a refused ${method.name} payment is not accepted`);
      expect((await gateway.payments.retrieve(refused.paymentId)).status, `${method.at} refused it`).toBe('failed');
      await test.step('the customer goes back to the checkout and pays by card', async () => {
        await checkout.backToCheckout();
        await checkout.enterCard(payingCard);
        await checkout.pay();
        await checkout.returned();
      });
      await expect(merchant.returnOutcome(page).success, 'the second attempt went through').toBeVisible();
      expectFulfilledOnce(await settledOrder(merchant, gateway, placed));
    },
  );
}

// The accounts are the connector's test environment's (the active profile's): most leave a debit processing
// until the bank answers; Adyen authorises SEPA at once.
test(
  'SEPA Direct Debit: the order is released only once the debit is settled, not while it is processing',
  checklist('payments.verify-amount-status', 'webhooks.merchant-endpoint', 'errors.lifecycle'),
  async ({ page, merchant, checkout, gateway, connectorProfile }) => {
    skipWhereNotImplemented(connectorProfile, 'sepa', 'SEPA Direct Debit');
    const sepa = connectorProfile.methods.sepa;
    const answers: unknown[] = [];
    // Read as it passes (the page navigates away before a response body could be asked for afterwards).
    await page.route('**/payments/*/confirm', async (route) => {
      const response = await route.fetch();
      answers.push(await response.json());
      await route.fulfill({ response });
    });
    const placed = await checkoutWithMethod({ page, merchant, checkout }, otherMethods.sepaDebit(sepa.settles));
    await checkout.returned();
    expect(answers, `OwnGateway answered the confirm with ${sepa.afterConfirm}, as ${connectorProfile.connector}'s test environment does`).toEqual([
      expect.objectContaining({ status: sepa.afterConfirm }),
    ]);
    await expect(merchant.returnOutcome(page).failure, 'a debit still with the bank is not called a failure').toBeHidden();
    const order = await settledOrder(merchant, gateway, placed);
    expectFulfilledOnce(order);
    expect(await gateway.payments.retrieve(order.paymentId), "settled by the bank for the order's amount").toMatchObject({
      status: 'succeeded',
      payment_method: 'bank_debit',
      payment_method_type: 'sepa',
      amount_received: order.amount,
    });
  },
);

test(
  'SEPA Direct Debit returned by the bank: processing is never taken for paid, and the order is not released',
  checklist('payments.verify-amount-status', 'errors.lifecycle'),
  async ({ page, merchant, checkout, gateway, connectorProfile }) => {
    skipWhereNotImplemented(connectorProfile, 'sepa', 'SEPA Direct Debit');
    const { returned } = connectorProfile.methods.sepa;
    test.skip(returned === null, `${connectorProfile.connector}'s test environment documents no returned SEPA debit: not run`);
    const placed = await checkoutWithMethod({ page, merchant, checkout }, otherMethods.sepaDebit(returned!));
    await checkout.returned();
    const paymentId = await placed.paymentId();
    await expect
      .poll(async () => (await gateway.payments.retrieve(paymentId)).status, { message: 'the bank returns the debit (connector webhook)', timeout: 20_000 })
      .toBe('failed');
    // A shop that took processing for paid would have released the order already (its count stays above zero).
    await expectNothingAccepted(merchant, placed, 'a debit that was processing and then returned released nothing');
  },
);
