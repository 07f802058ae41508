import { authenticated, type GatewayRouter, type GatewayServices } from '../api-call.ts';
import { requireAdmin } from '../auth.ts';
import { merchantResponse } from '../../services/responses.ts';
import { createMerchant, deleteMerchant, findMerchant, listMerchants, updateMerchant } from '../../services/accounts/service.ts';

// /accounts (routes::MerchantAccount in app.rs). "/accounts/list" is registered before
// "/accounts/{id}", so "list" is never taken for an account id.
export function mountAccounts(router: GatewayRouter, { state }: GatewayServices): void {
  router
    .on(
      'POST',
      '/accounts',
      authenticated((call) => {
        requireAdmin(call.caller);
        call.send(200, createMerchant(state, call.body()));
      }),
    )
    .on(
      'GET',
      '/accounts/list',
      authenticated((call) => {
        requireAdmin(call.caller);
        call.send(200, listMerchants(state, call.url.searchParams.get('organization_id')));
      }),
    )
    .on(
      'GET',
      '/accounts/:merchant_id',
      authenticated((call) => {
        requireAdmin(call.caller);
        call.send(200, merchantResponse(findMerchant(state, call.params.merchant_id!)));
      }),
    )
    .on(
      'POST',
      '/accounts/:merchant_id',
      authenticated((call) => {
        requireAdmin(call.caller);
        call.send(200, updateMerchant(state, call.params.merchant_id!, call.body()));
      }),
    )
    .on(
      'DELETE',
      '/accounts/:merchant_id',
      authenticated((call) => {
        requireAdmin(call.caller);
        call.send(200, deleteMerchant(state, call.params.merchant_id!));
      }),
    );
}
