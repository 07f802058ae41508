import { authenticated, type GatewayRouter, type GatewayServices } from '../api-call.ts';
import { requireAdmin, requireMerchantInPath } from '../auth.ts';
import { connectorAccountResponse } from '../../services/responses.ts';
import { createConnectorAccount, deleteConnectorAccount, findConnectorAccount, updateConnectorAccount } from '../../services/connector-accounts/service.ts';

// /account/{merchant_id}/connectors[/{merchant_connector_id}] (routes::MerchantConnectorAccount): the
// merchant's own secret key for its own path, or the admin key; delete takes the admin key.
export function mountConnectorAccounts(router: GatewayRouter, { state }: GatewayServices): void {
  router
    .on(
      'POST',
      '/account/:merchant_id/connectors',
      authenticated((call) => {
        call.send(200, createConnectorAccount(state, requireMerchantInPath(call.caller, state, call.params.merchant_id!), call.body()));
      }),
    )
    .on(
      'GET',
      '/account/:merchant_id/connectors',
      authenticated((call) => {
        requireMerchantInPath(call.caller, state, call.params.merchant_id!);
        call.send(200, state.merchantConnectors(call.params.merchant_id!).map(connectorAccountResponse));
      }),
    )
    .on(
      'GET',
      '/account/:merchant_id/connectors/:mca_id',
      authenticated((call) => {
        requireMerchantInPath(call.caller, state, call.params.merchant_id!);
        call.send(200, connectorAccountResponse(findConnectorAccount(state, call.params.merchant_id!, call.params.mca_id!)));
      }),
    )
    .on(
      'POST',
      '/account/:merchant_id/connectors/:mca_id',
      authenticated((call) => {
        requireMerchantInPath(call.caller, state, call.params.merchant_id!);
        call.send(200, updateConnectorAccount(state, call.params.merchant_id!, call.params.mca_id!, call.body()));
      }),
    )
    .on(
      'DELETE',
      '/account/:merchant_id/connectors/:mca_id',
      authenticated((call) => {
        requireAdmin(call.caller);
        requireMerchantInPath(call.caller, state, call.params.merchant_id!);
        call.send(200, deleteConnectorAccount(state, call.params.merchant_id!, call.params.mca_id!));
      }),
    );
}
