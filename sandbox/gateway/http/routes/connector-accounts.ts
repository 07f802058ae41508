import { authenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';
import { requireAdmin, requireMerchantInPath } from '../auth.ts';
import { connectorAccountResponse } from '../../services/responses.ts';
import * as connectorAccounts from '../../services/connector-accounts/service.ts';

// /account/{merchant_id}/connectors[/{merchant_connector_id}] (routes::MerchantConnectorAccount): the
// merchant's own secret key for its own path, or the admin key; delete takes the admin key.

function createConnectorAccount(call: ApiCall): void {
  const { state } = call.services;
  call.send(200, connectorAccounts.createConnectorAccount(state, requireMerchantInPath(call.caller, state, call.params.merchant_id!), call.body()));
}

function listConnectorAccounts(call: ApiCall): void {
  const { state } = call.services;
  requireMerchantInPath(call.caller, state, call.params.merchant_id!);
  call.send(200, state.merchantConnectors(call.params.merchant_id!).map(connectorAccountResponse));
}

function retrieveConnectorAccount(call: ApiCall): void {
  const { state } = call.services;
  requireMerchantInPath(call.caller, state, call.params.merchant_id!);
  call.send(200, connectorAccountResponse(connectorAccounts.findConnectorAccount(state, call.params.merchant_id!, call.params.mca_id!)));
}

function updateConnectorAccount(call: ApiCall): void {
  const { state } = call.services;
  requireMerchantInPath(call.caller, state, call.params.merchant_id!);
  call.send(200, connectorAccounts.updateConnectorAccount(state, call.params.merchant_id!, call.params.mca_id!, call.body()));
}

function deleteConnectorAccount(call: ApiCall): void {
  const { state } = call.services;
  requireAdmin(call.caller);
  requireMerchantInPath(call.caller, state, call.params.merchant_id!);
  call.send(200, connectorAccounts.deleteConnectorAccount(state, call.params.merchant_id!, call.params.mca_id!));
}

export function mountConnectorAccounts(router: GatewayRouter): void {
  router
    .on('POST', '/account/:merchant_id/connectors', authenticated(createConnectorAccount))
    .on('GET', '/account/:merchant_id/connectors', authenticated(listConnectorAccounts))
    .on('GET', '/account/:merchant_id/connectors/:mca_id', authenticated(retrieveConnectorAccount))
    .on('POST', '/account/:merchant_id/connectors/:mca_id', authenticated(updateConnectorAccount))
    .on('DELETE', '/account/:merchant_id/connectors/:mca_id', authenticated(deleteConnectorAccount));
}
