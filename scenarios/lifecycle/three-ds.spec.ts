import { expect } from '@playwright/test';
import { gatewayBehaviour } from '../../helpers/checklist/checklist.ts';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { verifyReturnUrlSignature } from '../../helpers/signatures/return-url.ts';
import { completeThreeDsOverHttp, expectPaymentState, test } from '../../fixtures/index.ts';

const returnUrl = 'https://shop.golive.test/checkout/complete?order=42';

for (const decision of ['complete', 'reject'] as const) {
  test(
    `3DS challenge ${decision === 'complete' ? 'passed' : 'failed'}: the signed return URL carries the final status`,
    gatewayBehaviour('errors.lifecycle', 'payments.verify-signed-payload'),
    async ({ gateway, deployment, connectorProfile }) => {
      const amount = 4200;
      const pending = await test.step('confirm with a challenge card', () =>
        gateway.payments.create({
          amount,
          currency: 'EUR',
          confirm: true,
          authentication_type: 'three_ds',
          return_url: returnUrl,
          ...payWithCard(connectorProfile.cards.threeDsChallenge),
        }));
      expectPaymentState(pending, { status: connectorProfile.expect.threeDsPending, amount, amount_capturable: amount, amount_received: null });
      expect(pending.next_action).toMatchObject({ type: 'redirect_to_url' });
      const landed = await test.step(`the customer presses ${decision} on the bank page`, () =>
        completeThreeDsOverHttp(pending.next_action!.redirect_to_url!, decision));
      const expectedStatus = decision === 'complete' ? 'succeeded' : connectorProfile.expect.threeDsRejected;
      await test.step("the return URL is the merchant's, with the payment parameters and a valid HMAC-SHA512 signature", () => {
        expect(`${landed.origin}${landed.pathname}`).toBe('https://shop.golive.test/checkout/complete');
        expect(Object.fromEntries(landed.searchParams)).toMatchObject({
          order: '42',
          status: expectedStatus,
          payment_id: pending.payment_id,
          amount: String(amount),
          manual_retry_allowed: String(expectedStatus === 'failed'),
          signature_algorithm: 'HMAC-SHA512',
        });
        // Compared as a yes/no: assertion parameters are written into the reports, and this is a secret.
        expect(landed.searchParams.get('payment_intent_client_secret') === pending.client_secret, "the payment's client secret is in the URL").toBe(true);
        expect(verifyReturnUrlSignature(landed, deployment.paymentResponseHashKey)).toMatchObject({ valid: true });
        expect(verifyReturnUrlSignature(landed, 'not-the-hash-key-000000000000000')).toMatchObject({ valid: false, reason: 'signature_mismatch' });
      });
      const final = await gateway.payments.retrieve(pending.payment_id);
      expectPaymentState(
        final,
        decision === 'complete'
          ? { status: 'succeeded', amount, amount_capturable: 0, amount_received: amount }
          : { status: 'failed', amount, amount_capturable: 0, amount_received: null },
      );
    },
  );
}

test('3DS frictionless authenticates without a challenge', gatewayBehaviour('errors.lifecycle'), async ({ gateway, connectorProfile }) => {
  const payment = await gateway.payments.create({
    amount: 1500,
    currency: 'USD',
    confirm: true,
    authentication_type: 'three_ds',
    return_url: returnUrl,
    ...payWithCard(connectorProfile.cards.threeDsFrictionless),
  });
  expectPaymentState(payment, { status: 'succeeded', amount: 1500, amount_capturable: 0, amount_received: 1500 });
  expect(payment.next_action ?? null).toBeNull();
});
