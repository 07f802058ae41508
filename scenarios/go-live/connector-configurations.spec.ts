import { checklist, readOnly, supporting } from '../../helpers/checklist/checklist.ts';
import { payWithCard, type PayableCard } from '../../helpers/cards/card-data.ts';
import { connectorProfile as profileOf, connectorProfileNames, type ConnectorProfile } from '../../helpers/connectors/connector-profiles.ts';
import type { GatewayClient } from '../../helpers/gateway-client/index.ts';
// The checkout fixtures (a superset) so these tests share the go-live workers instead of starting their own.
import { expect, test } from '../../fixtures/index.ts';

// Connector Configurations: the connector accounts on the dashboard, read through the API.
const REQUIRED_PAYMENT_METHODS = { card: ['credit', 'debit'] } as const;

test.describe('Connector Configurations', () => {
  test.beforeEach(({ deployment }) => {
    test.info().annotations.push({
      type: 'observed',
      description: `connector accounts of merchant ${deployment.merchantId} on ${new URL(deployment.gatewayUrl).origin}`,
    });
  });

  test(
    'every required connector exists, is enabled, runs in the mode the target expects and enables every required payment method',
    readOnly(checklist('connectors.configured')),
    async ({ gateway, connectorProfile, target }) => {
      const accounts = await gateway.connectorAccounts.list();
      const account = accounts.find((a) => a.connector_name === connectorProfile.connector);
      expect(account, `a connector account for ${connectorProfile.connector}`).toBeDefined();
      expect(account!.disabled ?? false).toBe(false);
      const expectTestMode = target.target !== 'production-readiness';
      expect(account!.test_mode ?? false, expectTestMode ? 'test mode outside production' : 'live mode for production').toBe(expectTestMode);
      for (const [method, types] of Object.entries(REQUIRED_PAYMENT_METHODS)) {
        const enabled =
          account!.payment_methods_enabled?.find((pm) => pm.payment_method === method)?.payment_method_types?.map((t) => t.payment_method_type) ?? [];
        for (const type of types) expect(enabled, `${method}/${type} enabled on ${connectorProfile.connector}`).toContain(type);
      }
    },
  );

  // Supporting only: a secret can be set and still not be the one the connector signs with.
  test(
    'every connector account has a webhook secret, so OwnGateway can authenticate its webhooks',
    supporting(readOnly(checklist('webhooks.connector-secret'))),
    async ({ gateway }) => {
      const accounts = await gateway.connectorAccounts.list();
      expect(accounts.length).toBeGreaterThan(0);
      for (const account of accounts.filter((a) => !a.disabled)) {
        expect(account.connector_webhook_details?.merchant_secret, `webhook secret on ${account.connector_label ?? account.connector_name}`).toBeTruthy();
      }
    },
  );

  test(
    'a raw card payment goes through each connector (raw card processing is on at every processor)',
    checklist('connectors.raw-card-processing'),
    async ({ gateway, connectorProfile }) => {
      const refused = await authoriseThroughEachConnector(gateway, connectorProfile, (cards) => cards.success);
      expect(refused, 'connectors whose processor refused a card payment').toEqual([]);
    },
  );

  // What OwnGateway has enabled must also be enabled on each processor's own dashboard: one authorisation per card
  // type and connector. No payment_method_type in the request, so OwnGateway's own routing rules (checked above) play no part.
  for (const type of REQUIRED_PAYMENT_METHODS.card) {
    test(
      `every processor accepts card/${type} payments (enabled on the connector's dashboard)`,
      checklist('connectors.methods-enabled-at-processor'),
      async ({ gateway, connectorProfile }) => {
        const refused = await authoriseThroughEachConnector(gateway, connectorProfile, (cards) => (type === 'debit' ? cards.debit : cards.success));
        expect(refused, `connectors whose processor refused card/${type}`).toEqual([]);
      },
    );
  }
});

/**
 * Authorises (then voids) a small payment through each enabled connector by name; lists the ones that
 * refused. Each connector gets a card its own test environment knows (its profile's, else the run's):
 * a merchant's fallback processor does not know the main one's test cards.
 */
async function authoriseThroughEachConnector(
  gateway: GatewayClient,
  runProfile: ConnectorProfile,
  pick: (cards: ConnectorProfile['cards']) => PayableCard,
): Promise<string[]> {
  const accounts = (await gateway.connectorAccounts.list()).filter((account) => !account.disabled && account.connector_type === 'payment_processor');
  expect(accounts.length, 'enabled payment processors').toBeGreaterThan(0);
  const refused: string[] = [];
  for (const { connector_name: connector } of accounts) {
    const card = pick((connectorProfileNames.includes(connector) ? profileOf(connector) : runProfile).cards);
    await test.step(`through ${connector}`, async () => {
      const payment = await gateway.payments.create({
        amount: 100,
        currency: 'USD',
        confirm: true,
        capture_method: 'manual',
        connector: [connector],
        ...payWithCard(card),
      });
      if (payment.status === 'requires_capture' && payment.connector === connector)
        await gateway.payments.cancel(payment.payment_id, { cancellation_reason: 'golive connectivity check' });
      else refused.push(`${connector}: ${payment.status}${payment.error_message ? ` (${payment.error_message})` : ''}`);
    });
  }
  return refused;
}
