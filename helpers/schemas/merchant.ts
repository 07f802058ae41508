import { z } from 'zod';
import { Metadata } from './common.ts';

export const WebhookDetails = z.looseObject({
  webhook_url: z.string().nullish(),
  webhook_version: z.string().nullish(),
  webhook_username: z.string().nullish(),
  webhook_password: z.string().nullish(),
  payment_created_enabled: z.boolean().nullish(),
  payment_succeeded_enabled: z.boolean().nullish(),
  payment_failed_enabled: z.boolean().nullish(),
});
export type WebhookDetails = z.infer<typeof WebhookDetails>;

export const MerchantAccountCreate = z.object({
  merchant_id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected 1-64 letters, digits, "_" or "-"'),
  merchant_name: z.string().optional(),
  return_url: z.url().optional(),
  webhook_details: WebhookDetails.optional(),
  enable_payment_response_hash: z.boolean().optional(),
  payment_response_hash_key: z.string().min(1).optional(),
  redirect_to_merchant_with_http_post: z.boolean().optional(),
  metadata: Metadata.optional(),
});
export type MerchantAccountCreate = z.input<typeof MerchantAccountCreate>;

export const MerchantAccountUpdate = MerchantAccountCreate.partial();
export type MerchantAccountUpdate = z.input<typeof MerchantAccountUpdate>;

export const MerchantAccountResponse = z.looseObject({
  merchant_id: z.string(),
  merchant_name: z.string().nullish(),
  return_url: z.string().nullish(),
  enable_payment_response_hash: z.boolean(),
  payment_response_hash_key: z.string().nullish(),
  redirect_to_merchant_with_http_post: z.boolean(),
  webhook_details: WebhookDetails.nullish(),
  publishable_key: z.string().nullish(),
  metadata: Metadata.nullish(),
  default_profile: z.string().nullish(),
});
export type MerchantAccountResponse = z.infer<typeof MerchantAccountResponse>;

export const ApiKeyCreate = z.object({
  name: z.string().min(1),
  description: z.string().nullish(),
  expiration: z.union([z.literal('never'), z.iso.datetime()]),
});
export type ApiKeyCreate = z.input<typeof ApiKeyCreate>;

export const CreateApiKeyResponse = z.looseObject({
  key_id: z.string(),
  merchant_id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  api_key: z.string(),
  created: z.string(),
  expiration: z.string(),
});
export type CreateApiKeyResponse = z.infer<typeof CreateApiKeyResponse>;

export const MerchantAccountDeleteResponse = z.looseObject({ merchant_id: z.string(), deleted: z.boolean() });
export type MerchantAccountDeleteResponse = z.infer<typeof MerchantAccountDeleteResponse>;

export const MerchantAccountList = z.array(MerchantAccountResponse);

export const ApiKeyUpdate = z.object({ name: z.string().optional(), description: z.string().nullish(), expiration: ApiKeyCreate.shape.expiration.optional() });
export type ApiKeyUpdate = z.input<typeof ApiKeyUpdate>;

/** An API key after creation: never the key itself, only its prefix. */
export const RetrieveApiKeyResponse = z.strictObject({
  key_id: z.string(),
  merchant_id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  prefix: z.string(),
  created: z.string(),
  expiration: z.string(),
});
export type RetrieveApiKeyResponse = z.infer<typeof RetrieveApiKeyResponse>;

export const RevokeApiKeyResponse = z.looseObject({ merchant_id: z.string(), key_id: z.string(), revoked: z.boolean() });
export type RevokeApiKeyResponse = z.infer<typeof RevokeApiKeyResponse>;
