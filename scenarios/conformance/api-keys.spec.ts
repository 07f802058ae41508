import { expect } from '@playwright/test';
import { z } from 'zod';
import { conformance } from '../../helpers/checklist/conformance.ts';
import { expectApiError, test } from '../../fixtures/index.ts';

// API keys (/api_keys/{merchant_id}/…, admin key): the key itself is shown once; revoked keys stop working.

test(
  'create accepts a null description; retrieve shows the prefix, never the key',
  conformance('api-keys.single-location'),
  async ({ gateway, deployment, throwawayMerchant, admin }) => {
    const created = await gateway.raw(
      z.looseObject({ key_id: z.string(), api_key: z.string(), description: z.string().nullish() }),
      deployment.adminApiKey ?? '',
      'POST',
      `/api_keys/${throwawayMerchant.merchantId}`,
      { name: 'conformance', description: null, expiration: 'never' },
    );
    expect(created.description ?? null).toBeNull();
    // RetrieveApiKeyResponse is a strict schema: an api_key field in the answer fails the parse.
    const retrieved = await admin.retrieveApiKey(throwawayMerchant.merchantId, created.key_id);
    expect({ key_id: retrieved.key_id, prefix: created.api_key.startsWith(retrieved.prefix) && retrieved.prefix.length < created.api_key.length }).toEqual({
      key_id: created.key_id,
      prefix: true,
    });
  },
);

test(
  'a missing expiration and an unknown field fail deserialisation (IR_06)',
  conformance('api-keys.single-location'),
  async ({ gateway, deployment, throwawayMerchant }) => {
    await expectApiError(gateway.raw(z.unknown(), deployment.adminApiKey ?? '', 'POST', `/api_keys/${throwawayMerchant.merchantId}`, { name: 'no expiry' }), {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_06',
      message: 'Json deserialize error: missing field `expiration`',
    });
    await expectApiError(
      gateway.raw(z.unknown(), deployment.adminApiKey ?? '', 'POST', `/api_keys/${throwawayMerchant.merchantId}`, {
        name: 'x',
        expiration: 'never',
        scope: 'all',
      }),
      { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: /^Json deserialize error: unknown field `scope`/ },
    );
  },
);

test(
  'update changes name and description; list shows every key of the merchant',
  conformance('api-keys.single-location'),
  async ({ admin, throwawayMerchant }) => {
    const second = await admin.createApiKey(throwawayMerchant.merchantId, { name: 'second', expiration: 'never' });
    const updated = await admin.updateApiKey(throwawayMerchant.merchantId, second.key_id, { name: 'renamed', description: 'for the nightly job' });
    expect({ name: updated.name, description: updated.description }).toEqual({ name: 'renamed', description: 'for the nightly job' });
    const listed = await admin.listApiKeys(throwawayMerchant.merchantId);
    expect(listed.map((k) => k.key_id).sort()).toEqual([throwawayMerchant.keyId, second.key_id].sort());
    expect(await admin.listApiKeys(throwawayMerchant.merchantId, { limit: 1 })).toHaveLength(1);
  },
);

test('a revoked key no longer authenticates (IR_01) and is gone (HE_02)', conformance('api-keys.single-location'), async ({ admin, throwawayMerchant }) => {
  await throwawayMerchant.client.payments.list({ limit: 1 });
  expect(await admin.revokeApiKey(throwawayMerchant.merchantId, throwawayMerchant.keyId)).toMatchObject({ key_id: throwawayMerchant.keyId, revoked: true });
  await expectApiError(throwawayMerchant.client.payments.list({ limit: 1 }), {
    httpStatus: 401,
    type: 'invalid_request',
    code: 'IR_01',
    message: 'API key not provided or invalid API key used',
  });
  await expectApiError(admin.retrieveApiKey(throwawayMerchant.merchantId, throwawayMerchant.keyId), {
    httpStatus: 404,
    type: 'invalid_request',
    code: 'HE_02',
    message: 'API Key does not exist in our records',
  });
});

test('a key past its expiration no longer authenticates', conformance('api-keys.single-location'), async ({ admin, throwawayMerchant, gateway }) => {
  const key = await admin.createApiKey(throwawayMerchant.merchantId, { name: 'short-lived', expiration: new Date(Date.now() + 60_000).toISOString() });
  await gateway.raw(z.unknown(), key.api_key, 'GET', '/payments/list?limit=1');
  await admin.updateApiKey(throwawayMerchant.merchantId, key.key_id, { expiration: new Date(Date.now() - 1000).toISOString() });
  await expectApiError(gateway.raw(z.unknown(), key.api_key, 'GET', '/payments/list?limit=1'), { httpStatus: 401, type: 'invalid_request', code: 'IR_01' });
});
