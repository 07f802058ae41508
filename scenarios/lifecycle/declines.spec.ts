import { expect } from '@playwright/test';
import { gatewayBehaviour } from '../../helpers/checklist/checklist.ts';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { maskCardNumber } from '../../helpers/secrets/mask.ts';
import { expectPaymentState, test } from '../../fixtures/index.ts';
import { connectorProfile as profileNamed } from '../../helpers/connectors/connector-profiles.ts';

// Declines are not API errors: HTTP 200, status failed, the processor's code and message.
const profile = profileNamed(process.env.GOLIVE_CONNECTOR_PROFILE ?? 'stripe_test');

for (const decline of profile.declines) {
  const card = decline.card;
  test(
    `${card.label} (${maskCardNumber(card.number)}) fails with ${decline.errorCode} and can be retried with another card`,
    gatewayBehaviour('errors.api', 'errors.lifecycle'),
    async ({ gateway, connectorProfile }) => {
      const amount = 2599;
      const declined = await test.step('confirm with the decline card', () =>
        gateway.payments.create({ amount, currency: 'USD', confirm: true, ...payWithCard(card) }));
      expectPaymentState(declined, { status: connectorProfile.expect.decline, amount, amount_capturable: 0, amount_received: null });
      expect(declined).toMatchObject({ error_code: decline.errorCode, manual_retry_allowed: true });
      expect(declined.error_message).toBeTruthy();
      const retried = await test.step('the customer retries the same payment with a good card', () =>
        gateway.payments.confirm(declined.payment_id, { retry_action: 'manual_retry', ...payWithCard(connectorProfile.cards.success) }));
      expectPaymentState(retried, { status: 'succeeded', amount, amount_capturable: 0, amount_received: amount });
      expect(retried).toMatchObject({ attempt_count: 2, error_code: null });
    },
  );
}

test(
  `a card outside the connector's test cards is declined (${profile.unknownCardErrorCode})`,
  gatewayBehaviour('errors.api'),
  async ({ gateway, connectorProfile }) => {
    const payment = await gateway.payments.create({
      amount: 100,
      currency: 'USD',
      confirm: true,
      payment_method: 'card',
      payment_method_data: { card: { card_number: '4012888888881881', card_exp_month: '12', card_exp_year: '35', card_cvc: '123' } },
    });
    expect(payment).toMatchObject({ status: connectorProfile.expect.decline, error_code: connectorProfile.unknownCardErrorCode });
  },
);
