import { z } from 'zod';
import { ApiKeyCreate, MerchantAccountCreate, MerchantAccountUpdate, MerchantConnectorCreate, MerchantConnectorUpdate } from '../../helpers/schemas/index.ts';
import { apiErrors } from './api-error.ts';
import { requireAdmin, requireMerchantInPath, type Caller } from './auth.ts';
import { ids } from './ids.ts';
import { parseRequest } from './request-body.ts';
import { connectorAccountResponse, merchantResponse } from './responses.ts';
import type { ConnectorAccount, GatewayState, Merchant } from './state.ts';

// Merchant accounts, API keys and connector accounts: what a merchant sets up on the dashboard.

export function createMerchant(state: GatewayState, caller: Caller, body: unknown) {
  requireAdmin(caller);
  const input = parseRequest(MerchantAccountCreate, body);
  if (state.merchants.has(input.merchant_id)) throw apiErrors.duplicate('merchant account with the specified merchant_id');
  const merchant: Merchant = {
    merchant_id: input.merchant_id, merchant_name: input.merchant_name ?? null, return_url: input.return_url ?? null,
    webhook_details: input.webhook_details ?? null, enable_payment_response_hash: input.enable_payment_response_hash ?? true,
    payment_response_hash_key: input.payment_response_hash_key ?? ids.hashKey(),
    redirect_to_merchant_with_http_post: input.redirect_to_merchant_with_http_post ?? false,
    publishable_key: ids.publishableKey(), metadata: input.metadata ?? null, default_profile: ids.profile(),
  };
  state.merchants.set(merchant.merchant_id, merchant);
  state.publishableKeys.set(merchant.publishable_key, merchant.merchant_id);
  return merchantResponse(merchant);
}

export function retrieveMerchant(state: GatewayState, caller: Caller, merchantId: string) {
  requireAdmin(caller);
  const merchant = state.merchants.get(merchantId);
  if (!merchant) throw apiErrors.notFound('Merchant account');
  return merchantResponse(merchant);
}

export function updateMerchant(state: GatewayState, caller: Caller, merchantId: string, body: unknown) {
  requireAdmin(caller);
  const merchant = state.merchants.get(merchantId);
  if (!merchant) throw apiErrors.notFound('Merchant account');
  const input = parseRequest(MerchantAccountUpdate, body);
  if (input.merchant_id !== undefined && input.merchant_id !== merchantId) throw apiErrors.invalidDataFormat('merchant_id', 'the merchant_id in the path');
  if (input.merchant_name !== undefined) merchant.merchant_name = input.merchant_name;
  if (input.return_url !== undefined) merchant.return_url = input.return_url;
  if (input.webhook_details !== undefined) merchant.webhook_details = { ...merchant.webhook_details, ...input.webhook_details };
  if (input.enable_payment_response_hash !== undefined) merchant.enable_payment_response_hash = input.enable_payment_response_hash;
  if (input.payment_response_hash_key !== undefined) merchant.payment_response_hash_key = input.payment_response_hash_key;
  if (input.redirect_to_merchant_with_http_post !== undefined) merchant.redirect_to_merchant_with_http_post = input.redirect_to_merchant_with_http_post;
  if (input.metadata !== undefined) merchant.metadata = input.metadata;
  return merchantResponse(merchant);
}

export function createApiKey(state: GatewayState, caller: Caller, merchantId: string, body: unknown) {
  requireAdmin(caller);
  if (!state.merchants.has(merchantId)) throw apiErrors.notFound('Merchant account');
  const input = parseRequest(ApiKeyCreate, body);
  const apiKey = ids.secretKey();
  const record = { key_id: ids.keyId(), merchant_id: merchantId, name: input.name, description: input.description ?? null, created: new Date().toISOString(), expiration: input.expiration };
  state.secretKeys.set(apiKey, record);
  return { ...record, api_key: apiKey };
}

const ConnectorDetails = z.looseObject({ auth_type: z.string(), api_key: z.string().optional() });

export function createConnectorAccount(state: GatewayState, caller: Caller, merchantId: string, body: unknown) {
  const merchant = requireMerchantInPath(caller, state, merchantId);
  const input = parseRequest(MerchantConnectorCreate, body);
  const label = input.connector_label ?? `${input.connector_name}_default`;
  if (state.merchantConnectors(merchantId).some((mca) => mca.connector_label === label)) {
    throw apiErrors.duplicate(`connector account with the label ${label}`);
  }
  const mca: ConnectorAccount = {
    merchant_connector_id: ids.mca(), merchant_id: merchantId, profile_id: input.profile_id ?? merchant.default_profile,
    connector_type: input.connector_type, connector_name: input.connector_name, connector_label: label,
    connector_account_details: ConnectorDetails.parse(input.connector_account_details ?? { auth_type: 'NoKey' }),
    test_mode: input.test_mode ?? false, disabled: input.disabled ?? false, payment_methods_enabled: input.payment_methods_enabled ?? [],
    connector_webhook_details: input.connector_webhook_details ?? null, metadata: input.metadata ?? null,
  };
  state.connectorAccounts.set(mca.merchant_connector_id, mca);
  return connectorAccountResponse(mca);
}

export function listConnectorAccounts(state: GatewayState, caller: Caller, merchantId: string) {
  requireMerchantInPath(caller, state, merchantId);
  return state.merchantConnectors(merchantId).map(connectorAccountResponse);
}

function findConnectorAccount(state: GatewayState, merchantId: string, mcaId: string): ConnectorAccount {
  const mca = state.connectorAccounts.get(mcaId);
  if (!mca || mca.merchant_id !== merchantId) throw apiErrors.notFound('Merchant connector account');
  return mca;
}

export function retrieveConnectorAccount(state: GatewayState, caller: Caller, merchantId: string, mcaId: string) {
  requireMerchantInPath(caller, state, merchantId);
  return connectorAccountResponse(findConnectorAccount(state, merchantId, mcaId));
}

export function updateConnectorAccount(state: GatewayState, caller: Caller, merchantId: string, mcaId: string, body: unknown) {
  requireMerchantInPath(caller, state, merchantId);
  const mca = findConnectorAccount(state, merchantId, mcaId);
  const input = parseRequest(MerchantConnectorUpdate, body);
  if (input.connector_name !== undefined && input.connector_name !== mca.connector_name) throw apiErrors.invalidDataFormat('connector_name', `the account's connector (${mca.connector_name})`);
  if (input.connector_label !== undefined) mca.connector_label = input.connector_label;
  if (input.connector_account_details !== undefined) mca.connector_account_details = ConnectorDetails.parse(input.connector_account_details);
  if (input.test_mode !== undefined) mca.test_mode = input.test_mode;
  if (input.disabled !== undefined) mca.disabled = input.disabled;
  if (input.payment_methods_enabled !== undefined) mca.payment_methods_enabled = input.payment_methods_enabled;
  if (input.connector_webhook_details !== undefined) mca.connector_webhook_details = input.connector_webhook_details;
  if (input.metadata !== undefined) mca.metadata = input.metadata;
  return connectorAccountResponse(mca);
}
