import { authenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';
import { requireAdmin } from '../auth.ts';
import { refuseUnknownQueryFields } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import * as apiKeys from '../../services/api-keys/service.ts';

// /api_keys/{merchant_id}[/list | /{key_id}] (routes::ApiKeys in app.rs), admin key only.

function createApiKey(call: ApiCall): void {
  requireAdmin(call.caller);
  call.send(200, apiKeys.createApiKey(call.services.state, call.params.merchant_id!, call.body()));
}

function listApiKeys(call: ApiCall): void {
  requireAdmin(call.caller);
  refuseUnknownQueryFields(call.url.searchParams, requestStructs.ListApiKeyConstraints.fields);
  const limit = call.url.searchParams.get('limit');
  const skip = call.url.searchParams.get('skip');
  call.send(
    200,
    apiKeys.listApiKeys(
      call.services.state,
      call.params.merchant_id!,
      limit !== null && /^\d+$/.test(limit) ? Number(limit) : null,
      skip !== null && /^\d+$/.test(skip) ? Number(skip) : 0,
    ),
  );
}

function retrieveApiKey(call: ApiCall): void {
  requireAdmin(call.caller);
  call.send(200, apiKeys.retrieveApiKey(call.services.state, call.params.merchant_id!, call.params.key_id!));
}

function updateApiKey(call: ApiCall): void {
  requireAdmin(call.caller);
  call.send(200, apiKeys.updateApiKey(call.services.state, call.params.merchant_id!, call.params.key_id!, call.body()));
}

function revokeApiKey(call: ApiCall): void {
  requireAdmin(call.caller);
  call.send(200, apiKeys.revokeApiKey(call.services.state, call.params.merchant_id!, call.params.key_id!));
}

export function mountApiKeys(router: GatewayRouter): void {
  router
    .on('POST', '/api_keys/:merchant_id', authenticated(createApiKey))
    .on('GET', '/api_keys/:merchant_id/list', authenticated(listApiKeys))
    .on('GET', '/api_keys/:merchant_id/:key_id', authenticated(retrieveApiKey))
    .on('POST', '/api_keys/:merchant_id/:key_id', authenticated(updateApiKey))
    .on('DELETE', '/api_keys/:merchant_id/:key_id', authenticated(revokeApiKey));
}
