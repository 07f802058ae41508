import { notImplementedBy, type ConnectorProfile } from '../../helpers/connector-profiles.ts';
import { test } from '../../fixtures/checkout.ts';

/**
 * Not run where the active connector does not implement the method: Unified Checkout still offers it (Hyperswitch's
 * list filters by the connector account's payment_methods_enabled, not by what its connector builds) and OwnGateway
 * refuses the payment with IR_00, so the scenario could show nothing about the merchant.
 */
export function skipWhereNotImplemented(profile: ConnectorProfile, type: string, name: string): void {
  test.skip(notImplementedBy(profile, type), `${profile.connector} does not implement ${name} (OwnGateway answers IR_00): not run`);
}
