import { gatewayBehaviour } from '../../helpers/checklist/checklist.ts';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { describeMoney } from '../../helpers/money/money.ts';
import { expectCapture, expectPaymentState, test } from '../../fixtures/index.ts';
import { lifecycleCurrencies } from './currencies.ts';

for (const { currency, amount } of lifecycleCurrencies) {
  test.describe(`payment lifecycle in ${currency}`, () => {
    test(`auto-capture succeeds for ${describeMoney(amount, currency)}`, gatewayBehaviour('errors.lifecycle'), async ({ gateway, connectorProfile }) => {
      const payment = await test.step('create and confirm with automatic capture', () =>
        gateway.payments.create({
          amount,
          currency,
          confirm: true,
          capture_method: 'automatic',
          ...payWithCard(connectorProfile.cards.success),
        }));
      expectPaymentState(payment, { status: connectorProfile.expect.autoCapture, amount, amount_capturable: 0, amount_received: amount });
      const fetched = await test.step('retrieve shows the same', () => gateway.payments.retrieve(payment.payment_id));
      expectPaymentState(fetched, { status: 'succeeded', amount, amount_capturable: 0, amount_received: amount });
    });

    test(
      `authorise then capture in full for ${describeMoney(amount, currency)}`,
      gatewayBehaviour('errors.lifecycle'),
      async ({ gateway, connectorProfile, authorizedPayment }) => {
        const authorised = await authorizedPayment({ amount, currency });
        expectPaymentState(authorised, { status: connectorProfile.expect.manualAuthorize, amount, amount_capturable: amount, amount_received: null });
        const captured = await test.step('capture the full amount', () => gateway.payments.capture(authorised.payment_id, { amount_to_capture: amount }));
        await expectCapture(gateway, connectorProfile.expect.fullCapture, captured, {
          status: 'succeeded',
          amount,
          amount_capturable: 0,
          amount_received: amount,
        });
      },
    );

    test(
      `partial capture keeps only what was captured for ${describeMoney(amount, currency)}`,
      gatewayBehaviour('errors.lifecycle', 'payments.verify-amount-status'),
      async ({ gateway, connectorProfile, authorizedPayment }) => {
        const partial = Math.floor(amount / 2);
        const authorised = await authorizedPayment({ amount, currency });
        expectPaymentState(authorised, { status: connectorProfile.expect.manualAuthorize, amount, amount_capturable: amount, amount_received: null });
        const captured = await test.step(`capture ${describeMoney(partial, currency)}`, () =>
          gateway.payments.capture(authorised.payment_id, { amount_to_capture: partial }));
        await expectCapture(gateway, connectorProfile.expect.partialCapture, captured, {
          status: 'partially_captured',
          amount,
          amount_capturable: 0,
          amount_received: partial,
        });
      },
    );

    test(
      `void releases an authorisation of ${describeMoney(amount, currency)}`,
      gatewayBehaviour('errors.lifecycle'),
      async ({ gateway, connectorProfile, authorizedPayment }) => {
        const authorised = await authorizedPayment({ amount, currency });
        expectPaymentState(authorised, { status: connectorProfile.expect.manualAuthorize, amount, amount_capturable: amount, amount_received: null });
        const voided = await test.step('cancel', () => gateway.payments.cancel(authorised.payment_id, { cancellation_reason: 'requested_by_customer' }));
        expectPaymentState(voided, { status: connectorProfile.expect.void, amount, amount_capturable: 0, amount_received: null });
      },
    );
  });
}
