import { checklist } from '../../helpers/checklist/checklist.ts';
import type { PayableCard } from '../../helpers/cards/card-data.ts';
import { verifyReturnUrlSignature } from '../../helpers/signatures/return-url.ts';
import {
  type CheckoutDriver,
  type CheckoutWith,
  type Deployment,
  expect,
  expectFulfilledOnce,
  expectNothingAccepted,
  type SandboxThreeDsForm,
  settledOrder,
  type StartedCheckout,
  test,
} from '../../fixtures/index.ts';

// A challenge comes either as the processor's redirect page (issuer frames nested inside it) or in
// page, in Unified Checkout's overlay when OwnGateway authenticates through its own 3DS server. The
// merchant must handle both the same way: three-ds.spec.ts and three-ds-in-page.spec.ts run these
// cases once per form (the form is a test option, `sandboxThreeDsForm`, set once per file).
const WHERE: Record<SandboxThreeDsForm, string> = { redirect: "on the processor's redirect page", 'in-page': "in page, in the payment form's overlay" };

interface World {
  checkoutWith: CheckoutWith;
  checkout: CheckoutDriver;
  deployment: Deployment;
}

export function threeDsChallengeScenarios(form: SandboxThreeDsForm): void {
  /** Pays with a challenge card and answers the challenge; hands back the checkout. */
  async function challenge({ checkoutWith, checkout, deployment }: World, card: PayableCard, decision: 'Complete' | 'Reject'): Promise<StartedCheckout> {
    test.skip(
      form === 'in-page' && deployment.kind === 'remote',
      'a real OwnGateway shows the form its own configuration chooses; the redirect-page tests cover it',
    );
    const placed = await checkoutWith(card);
    const shown = await checkout.authenticate(decision);
    if (deployment.kind === 'sandbox') expect(shown, 'the sandbox showed the challenge in the form under test').toBe(form);
    return placed;
  }

  test.describe(`3DS challenge ${WHERE[form]}`, () => {
    test(
      'passed: the customer returns to the merchant with a signed result and the order is accepted',
      checklist('errors.sdk', 'payments.verify-signed-payload'),
      async ({ checkoutWith, page, merchant, checkout, gateway, deployment, connectorProfile }) => {
        const placed = await challenge({ checkoutWith, checkout, deployment }, connectorProfile.cards.threeDsChallenge, 'Complete');
        const returned = await checkout.returned();
        expect(verifyReturnUrlSignature(returned, deployment.paymentResponseHashKey).valid, 'OwnGateway signed the return URL').toBe(true);
        await expect(merchant.returnOutcome(page).success, 'the return page says the payment went through').toBeVisible();
        expectFulfilledOnce(await settledOrder(merchant, gateway, placed));
      },
    );

    test(
      'failed: the customer sees the failure and nothing is accepted',
      checklist('errors.sdk', 'payments.verify-amount-status'),
      async ({ checkoutWith, page, merchant, checkout, gateway, deployment, connectorProfile }) => {
        const placed = await challenge({ checkoutWith, checkout, deployment }, connectorProfile.cards.threeDsChallenge, 'Reject');
        await checkout.returned();
        await expect(merchant.returnOutcome(page).failure, 'the return page says the payment did not go through').toBeVisible();
        const order = await expectNothingAccepted(merchant, placed, 'a failed authentication is not accepted');
        expect((await gateway.payments.retrieve(order.paymentId)).status).toBe(connectorProfile.expect.threeDsRejected);
      },
    );
  });
}
