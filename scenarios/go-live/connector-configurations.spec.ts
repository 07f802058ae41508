import { checklist, readOnly } from '../../helpers/checklist.ts';
import { cardPaymentMethodData } from '../../helpers/card-data.ts';
import { testCards } from '../../helpers/test-cards.ts';
import { expect, test } from '../../fixtures/index.ts';

// Connector Configurations: the connector accounts on the dashboard, read through the API.
const REQUIRED_PAYMENT_METHODS = { card: ['credit', 'debit'] } as const;

test.describe('Connector Configurations', () => {
  test('every required connector exists, is enabled, runs in the mode the target expects and enables every required payment method', readOnly(checklist('connectors.configured')), async ({ gateway, connectorProfile, target }) => {
    const accounts = await gateway.connectorAccounts.list();
    const account = accounts.find((a) => a.connector_name === connectorProfile.connector);
    expect(account, `a connector account for ${connectorProfile.connector}`).toBeDefined();
    expect(account!.disabled ?? false).toBe(false);
    const expectTestMode = target.target !== 'production-readiness';
    expect(account!.test_mode ?? false, expectTestMode ? 'test mode outside production' : 'live mode for production').toBe(expectTestMode);
    for (const [method, types] of Object.entries(REQUIRED_PAYMENT_METHODS)) {
      const enabled = account!.payment_methods_enabled?.find((pm) => pm.payment_method === method)?.payment_method_types?.map((t) => t.payment_method_type) ?? [];
      for (const type of types) expect(enabled, `${method}/${type} enabled on ${connectorProfile.connector}`).toContain(type);
    }
  });

  test('every connector account has a webhook secret, so OwnGateway can authenticate its webhooks', readOnly(checklist('webhooks.connector-secret')), async ({ gateway }) => {
    const accounts = await gateway.connectorAccounts.list();
    expect(accounts.length).toBeGreaterThan(0);
    for (const account of accounts.filter((a) => !a.disabled)) {
      expect(account.connector_webhook_details?.merchant_secret, `webhook secret on ${account.connector_label ?? account.connector_name}`).toBeTruthy();
    }
  });

  test('a raw card payment goes through each connector (raw card processing and card payments enabled at the processor)', checklist('connectors.raw-card-processing', 'connectors.methods-enabled-at-processor'), async ({ gateway, connectorProfile }) => {
    const payment = await gateway.payments.create({ amount: 100, currency: 'USD', confirm: true, capture_method: 'manual', payment_method: 'card', payment_method_data: cardPaymentMethodData(testCards[connectorProfile.cards.success]) });
    expect(payment).toMatchObject({ status: 'requires_capture', connector: connectorProfile.connector });
    await gateway.payments.cancel(payment.payment_id, { cancellation_reason: 'golive connectivity check' });
  });
});
