import { authenticated, type GatewayRouter, type GatewayServices } from '../api-call.ts';
import { requireAdmin } from '../auth.ts';
import { refuseUnknownQueryFields } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import { createApiKey, listApiKeys, retrieveApiKey, revokeApiKey, updateApiKey } from '../../services/api-keys/service.ts';

// /api_keys/{merchant_id}[/list | /{key_id}] (routes::ApiKeys in app.rs), admin key only.
export function mountApiKeys(router: GatewayRouter, { state }: GatewayServices): void {
  router
    .on(
      'POST',
      '/api_keys/:merchant_id',
      authenticated((call) => {
        requireAdmin(call.caller);
        call.send(200, createApiKey(state, call.params.merchant_id!, call.body()));
      }),
    )
    .on(
      'GET',
      '/api_keys/:merchant_id/list',
      authenticated((call) => {
        requireAdmin(call.caller);
        refuseUnknownQueryFields(call.url.searchParams, requestStructs.ListApiKeyConstraints.fields);
        const limit = call.url.searchParams.get('limit');
        const skip = call.url.searchParams.get('skip');
        call.send(
          200,
          listApiKeys(
            state,
            call.params.merchant_id!,
            limit !== null && /^\d+$/.test(limit) ? Number(limit) : null,
            skip !== null && /^\d+$/.test(skip) ? Number(skip) : 0,
          ),
        );
      }),
    )
    .on(
      'GET',
      '/api_keys/:merchant_id/:key_id',
      authenticated((call) => {
        requireAdmin(call.caller);
        call.send(200, retrieveApiKey(state, call.params.merchant_id!, call.params.key_id!));
      }),
    )
    .on(
      'POST',
      '/api_keys/:merchant_id/:key_id',
      authenticated((call) => {
        requireAdmin(call.caller);
        call.send(200, updateApiKey(state, call.params.merchant_id!, call.params.key_id!, call.body()));
      }),
    )
    .on(
      'DELETE',
      '/api_keys/:merchant_id/:key_id',
      authenticated((call) => {
        requireAdmin(call.caller);
        call.send(200, revokeApiKey(state, call.params.merchant_id!, call.params.key_id!));
      }),
    );
}
