import { expect } from '@playwright/test';
import { z } from 'zod';
import { conformance } from '../../helpers/checklist/conformance.ts';
import { expectApiError, test } from '../../fixtures/index.ts';

// Merchant connector accounts (/account/{merchant_id}/connectors/…): list, update, delete.

const CARD_METHODS = [{ payment_method: 'card', payment_method_types: [{ payment_method_type: 'credit' }] }];

test(
  'create accepts nulls; list, update (status) and delete as Hyperswitch answers them',
  conformance('connectors.configured'),
  async ({ throwawayMerchant, admin }) => {
    const { client, merchantId } = throwawayMerchant;
    const created = await client.raw(
      z.looseObject({ merchant_connector_id: z.string(), connector_label: z.string().nullish() }),
      throwawayMerchant.apiKey,
      'POST',
      `/account/${merchantId}/connectors`,
      {
        connector_type: 'payment_processor',
        connector_name: 'stripe_test',
        connector_label: null,
        connector_account_details: { auth_type: 'HeaderKey', api_key: 'sk_conformance' },
        payment_methods_enabled: CARD_METHODS,
        metadata: null,
        connector_webhook_details: null,
        test_mode: true,
        disabled: null,
        profile_id: null,
      },
    );
    expect((await client.connectorAccounts.list()).map((a) => a.merchant_connector_id)).toEqual([created.merchant_connector_id]);

    const inactive = await client.connectorAccounts.update(created.merchant_connector_id, { connector_type: 'payment_processor', status: 'inactive' });
    expect({ status: inactive.status, disabled: inactive.disabled }).toEqual({ status: 'inactive', disabled: true });

    expect(await admin.deleteConnectorAccount(merchantId, created.merchant_connector_id)).toMatchObject({
      merchant_id: merchantId,
      merchant_connector_id: created.merchant_connector_id,
      deleted: true,
    });
    await expectApiError(client.connectorAccounts.retrieve(created.merchant_connector_id), {
      httpStatus: 404,
      type: 'invalid_request',
      code: 'HE_02',
      message: 'Merchant connector account does not exist in our records',
    });
    expect(await client.connectorAccounts.list()).toEqual([]);
  },
);

test(
  'an update cannot change the connector: connector_name is an unknown field there (IR_06)',
  conformance('connectors.configured'),
  async ({ throwawayMerchant }) => {
    const { client, merchantId } = throwawayMerchant;
    const created = await client.connectorAccounts.create({
      connector_type: 'payment_processor',
      connector_name: 'stripe_test',
      connector_account_details: { auth_type: 'HeaderKey', api_key: 'sk_x' },
      payment_methods_enabled: CARD_METHODS,
    });
    await expectApiError(
      client.raw(z.unknown(), throwawayMerchant.apiKey, 'POST', `/account/${merchantId}/connectors/${created.merchant_connector_id}`, {
        connector_type: 'payment_processor',
        connector_name: 'adyen_test',
      }),
      { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: /^Json deserialize error: unknown field `connector_name`/ },
    );
  },
);

test(
  "the merchant's own key cannot delete a connector account, nor read another merchant's (IR_01)",
  conformance('connectors.configured', 'api-keys.not-exposed'),
  async ({ throwawayMerchant, deployment }) => {
    const { client, merchantId } = throwawayMerchant;
    const created = await client.connectorAccounts.create({
      connector_type: 'payment_processor',
      connector_name: 'stripe_test',
      connector_account_details: { auth_type: 'HeaderKey', api_key: 'sk_y' },
      payment_methods_enabled: CARD_METHODS,
    });
    await expectApiError(client.raw(z.unknown(), throwawayMerchant.apiKey, 'DELETE', `/account/${merchantId}/connectors/${created.merchant_connector_id}`), {
      httpStatus: 401,
      type: 'invalid_request',
      code: 'IR_01',
    });
    await expectApiError(client.raw(z.unknown(), throwawayMerchant.apiKey, 'GET', `/account/${deployment.merchantId}/connectors`), {
      httpStatus: 401,
      type: 'invalid_request',
      code: 'IR_01',
    });
  },
);
