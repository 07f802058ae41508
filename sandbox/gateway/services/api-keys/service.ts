import { z } from 'zod';
import { ApiKeyCreate } from '../../../../helpers/schemas/index.ts';
import { apiErrors } from '../../model/api-error.ts';
import { ids } from '../../model/ids.ts';
import { parseRequest, structSchema } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import type { ApiKeyRecord, GatewayState } from '../../model/state.ts';

// API keys (admin key; crates/router/src/core/api_keys.rs). The plaintext key is shown once, on create;
// afterwards only its prefix. A revoked or expired key no longer authenticates.

const CreateApiKeyBody = structSchema('CreateApiKeyRequest', requestStructs.CreateApiKeyRequest, ApiKeyCreate.shape);
const UpdateApiKeyBody = structSchema('UpdateApiKeyRequest', requestStructs.UpdateApiKeyRequest, {
  name: z.string().min(1).max(64).optional(),
  description: z.string().max(256).optional(),
  expiration: ApiKeyCreate.shape.expiration.optional(),
});

const PREFIX_LENGTH = 12;

function apiKeyView(record: ApiKeyRecord) {
  return {
    key_id: record.key_id,
    merchant_id: record.merchant_id,
    name: record.name,
    description: record.description,
    prefix: record.prefix,
    created: record.created,
    expiration: record.expiration,
  };
}

function findKey(state: GatewayState, merchantId: string, keyId: string): [string, ApiKeyRecord] {
  for (const entry of state.secretKeys) if (entry[1].key_id === keyId && entry[1].merchant_id === merchantId) return entry;
  throw apiErrors.notFound('API Key');
}

export function createApiKey(state: GatewayState, merchantId: string, body: unknown) {
  const input = parseRequest(CreateApiKeyBody, body);
  if (!state.merchants.has(merchantId)) throw apiErrors.notFound('Merchant account');
  const apiKey = ids.secretKey();
  const record: ApiKeyRecord = {
    key_id: ids.keyId(),
    merchant_id: merchantId,
    name: input.name,
    description: input.description ?? null,
    prefix: apiKey.slice(0, PREFIX_LENGTH),
    created: new Date().toISOString(),
    expiration: input.expiration,
  };
  state.secretKeys.set(apiKey, record);
  return {
    key_id: record.key_id,
    merchant_id: merchantId,
    name: record.name,
    description: record.description,
    api_key: apiKey,
    created: record.created,
    expiration: record.expiration,
  };
}

export function retrieveApiKey(state: GatewayState, merchantId: string, keyId: string) {
  return apiKeyView(findKey(state, merchantId, keyId)[1]);
}

export function updateApiKey(state: GatewayState, merchantId: string, keyId: string, body: unknown) {
  const input = parseRequest(UpdateApiKeyBody, body);
  const [, record] = findKey(state, merchantId, keyId);
  if (input.name !== undefined) record.name = input.name;
  if (input.description !== undefined) record.description = input.description;
  if (input.expiration !== undefined) record.expiration = input.expiration;
  return apiKeyView(record);
}

export function revokeApiKey(state: GatewayState, merchantId: string, keyId: string) {
  const [plaintext] = findKey(state, merchantId, keyId);
  state.secretKeys.delete(plaintext);
  return { merchant_id: merchantId, key_id: keyId, revoked: true };
}

export function listApiKeys(state: GatewayState, merchantId: string, limit: number | null, skip: number) {
  if (!state.merchants.has(merchantId)) throw apiErrors.notFound('Merchant account');
  const all = [...state.secretKeys.values()].filter((r) => r.merchant_id === merchantId).map(apiKeyView);
  return all.slice(skip, limit === null ? undefined : skip + limit);
}

export function isExpired(record: ApiKeyRecord, now: Date): boolean {
  return record.expiration !== 'never' && Date.parse(record.expiration) <= now.getTime();
}
