import { authenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';
import { requireAdmin } from '../auth.ts';
import { merchantResponse } from '../../services/responses.ts';
import { createMerchant, deleteMerchant, findMerchant, listMerchants, updateMerchant } from '../../services/accounts/service.ts';

// /accounts (routes::MerchantAccount in app.rs). "/accounts/list" is registered before
// "/accounts/{id}", so "list" is never taken for an account id.

function createAccount(call: ApiCall): void {
  requireAdmin(call.caller);
  call.send(200, createMerchant(call.services.state, call.body()));
}

function listAccounts(call: ApiCall): void {
  requireAdmin(call.caller);
  call.send(200, listMerchants(call.services.state, call.url.searchParams.get('organization_id')));
}

function retrieveAccount(call: ApiCall): void {
  requireAdmin(call.caller);
  call.send(200, merchantResponse(findMerchant(call.services.state, call.params.merchant_id!)));
}

function updateAccount(call: ApiCall): void {
  requireAdmin(call.caller);
  call.send(200, updateMerchant(call.services.state, call.params.merchant_id!, call.body()));
}

function deleteAccount(call: ApiCall): void {
  requireAdmin(call.caller);
  call.send(200, deleteMerchant(call.services.state, call.params.merchant_id!));
}

export function mountAccounts(router: GatewayRouter): void {
  router
    .on('POST', '/accounts', authenticated(createAccount))
    .on('GET', '/accounts/list', authenticated(listAccounts))
    .on('GET', '/accounts/:merchant_id', authenticated(retrieveAccount))
    .on('POST', '/accounts/:merchant_id', authenticated(updateAccount))
    .on('DELETE', '/accounts/:merchant_id', authenticated(deleteAccount));
}
