import { expect } from '@playwright/test';
import { z } from 'zod';
import { conformance } from '../../helpers/checklist/conformance.ts';
import { expectApiError, test } from '../../fixtures/index.ts';

// Merchant accounts (admin key): create with nulls, list by organization, retrieve, delete.

test('null is accepted for every optional field on create', conformance('connectors.configured'), async ({ gateway, deployment, admin }) => {
  const merchantId = `golive_conformance_nulls_${Date.now()}`;
  const created = await gateway.raw(
    z.looseObject({ merchant_id: z.string(), merchant_name: z.string().nullish() }),
    deployment.adminApiKey ?? '',
    'POST',
    '/accounts',
    {
      merchant_id: merchantId,
      merchant_name: null,
      return_url: null,
      webhook_details: null,
      metadata: null,
      enable_payment_response_hash: null,
      redirect_to_merchant_with_http_post: null,
      merchant_details: null,
      primary_business_details: null,
    },
  );
  expect({ merchant_id: created.merchant_id, merchant_name: created.merchant_name ?? null }).toEqual({ merchant_id: merchantId, merchant_name: null });
  await admin.deleteMerchant(merchantId);
});

test('an unknown field is refused (IR_06)', conformance('connectors.configured'), async ({ gateway, deployment }) => {
  test.skip(!deployment.adminApiKey, 'admin endpoints need the admin key');
  await expectApiError(
    gateway.raw(z.unknown(), deployment.adminApiKey ?? '', 'POST', '/accounts', { merchant_id: `golive_conformance_${Date.now()}`, merchant_colour: 'blue' }),
    { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: /^Json deserialize error: unknown field `merchant_colour`/ },
  );
});

test('a merchant_id used twice is a duplicate (HE_01)', conformance('connectors.configured'), async ({ admin, throwawayMerchant }) => {
  await expectApiError(admin.createMerchant({ merchant_id: throwawayMerchant.merchantId }), {
    httpStatus: 400,
    type: 'invalid_request',
    code: 'HE_01',
    message: 'The merchant account with the specified details already exists in our records',
  });
});

test(
  'GET /accounts/list lists the organization\'s accounts ("list" is not an account id)',
  conformance('connectors.configured'),
  async ({ admin, throwawayMerchant }) => {
    const listed = await admin.listMerchants(throwawayMerchant.organizationId);
    expect(listed.map((m) => m.merchant_id)).toContain(throwawayMerchant.merchantId);
  },
);

test('a merchant key cannot use the admin endpoints (IR_01)', conformance('api-keys.not-exposed'), async ({ throwawayMerchant }) => {
  await expectApiError(throwawayMerchant.client.raw(z.unknown(), throwawayMerchant.apiKey, 'GET', `/accounts/${throwawayMerchant.merchantId}`), {
    httpStatus: 401,
    type: 'invalid_request',
    code: 'IR_01',
    message: 'API key not provided or invalid API key used',
  });
});

test(
  'delete removes the account, and its keys stop working',
  conformance('connectors.configured', 'api-keys.single-location'),
  async ({ admin, throwawayMerchant }) => {
    expect(await admin.deleteMerchant(throwawayMerchant.merchantId)).toMatchObject({ merchant_id: throwawayMerchant.merchantId, deleted: true });
    await expectApiError(admin.retrieveMerchant(throwawayMerchant.merchantId), {
      httpStatus: 404,
      type: 'invalid_request',
      code: 'HE_02',
      message: 'Merchant account does not exist in our records',
    });
    await expectApiError(throwawayMerchant.client.payments.create({ amount: 100, currency: 'USD' }), {
      httpStatus: 401,
      type: 'invalid_request',
      code: 'IR_01',
    });
  },
);
