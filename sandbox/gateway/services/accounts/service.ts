import { apiErrors } from '../../model/api-error.ts';
import { ids } from '../../model/ids.ts';
import { parseRequest } from '../../rules/request-body.ts';
import { merchantResponse } from '../responses.ts';
import type { GatewayState, Merchant } from '../../model/state.ts';
import { CreateMerchantBody, UpdateMerchantBody } from './requests.ts';

// Merchant accounts (admin key): what OwnGateway's team or the dashboard sets up for a merchant.

export function organizationOf(merchant: Merchant): string {
  return `org_${merchant.merchant_id}`;
}

export function findMerchant(state: GatewayState, merchantId: string): Merchant {
  const merchant = state.merchants.get(merchantId);
  if (!merchant) throw apiErrors.notFound('Merchant account');
  return merchant;
}

export function createMerchant(state: GatewayState, body: unknown) {
  const input = parseRequest(CreateMerchantBody, body);
  if (state.merchants.has(input.merchant_id)) throw apiErrors.duplicateMerchantAccount();
  const merchant: Merchant = {
    merchant_id: input.merchant_id,
    merchant_name: input.merchant_name ?? null,
    return_url: input.return_url ?? null,
    webhook_details: input.webhook_details ?? null,
    enable_payment_response_hash: input.enable_payment_response_hash ?? true,
    payment_response_hash_key: input.payment_response_hash_key ?? ids.hashKey(),
    redirect_to_merchant_with_http_post: input.redirect_to_merchant_with_http_post ?? false,
    publishable_key: ids.publishableKey(),
    metadata: input.metadata ?? null,
    default_profile: ids.profile(),
  };
  state.merchants.set(merchant.merchant_id, merchant);
  state.publishableKeys.set(merchant.publishable_key, merchant.merchant_id);
  return merchantResponse(merchant);
}

export function updateMerchant(state: GatewayState, merchantId: string, body: unknown) {
  const input = parseRequest(UpdateMerchantBody, body);
  const merchant = findMerchant(state, merchantId);
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

/** GET /accounts/list?organization_id=…: the organization's merchant accounts. */
export function listMerchants(state: GatewayState, organizationId: string | null) {
  if (!organizationId) throw apiErrors.missingField('organization_id');
  return [...state.merchants.values()].filter((m) => organizationOf(m) === organizationId).map(merchantResponse);
}

/** Deleting an account takes its keys and connector accounts with it: none of them authenticates again. */
export function deleteMerchant(state: GatewayState, merchantId: string) {
  const merchant = findMerchant(state, merchantId);
  state.merchants.delete(merchantId);
  state.publishableKeys.delete(merchant.publishable_key);
  for (const [key, record] of state.secretKeys) if (record.merchant_id === merchantId) state.secretKeys.delete(key);
  for (const mca of state.merchantConnectors(merchantId)) state.connectorAccounts.delete(mca.merchant_connector_id);
  return { merchant_id: merchantId, deleted: true };
}
