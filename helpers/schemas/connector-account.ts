import { z } from 'zod';
import { Metadata } from './common.ts';
import { PaymentExperience } from './payment-method-enums.ts';

export const PaymentMethodsEnabled = z.array(
  z.looseObject({
    payment_method: z.string(),
    payment_method_types: z
      .array(
        z.looseObject({
          payment_method_type: z.string(),
          card_networks: z.array(z.string()).nullish(),
          minimum_amount: z.number().int().nullish(),
          maximum_amount: z.number().int().nullish(),
          recurring_enabled: z.boolean().nullish(),
          /** How the checkout takes this type (redirect_to_url, invoke_sdk_client…); listed per connector by GET /account/payment_methods. */
          payment_experience: PaymentExperience.nullish(),
        }),
      )
      .nullish(),
  }),
);
export type PaymentMethodsEnabled = z.infer<typeof PaymentMethodsEnabled>;

export const ConnectorWebhookDetails = z.looseObject({
  merchant_secret: z.string(),
  additional_secret: z.string().nullish(),
});

export const ConnectorAccountDetails = z.looseObject({ auth_type: z.string() });

export const MerchantConnectorCreate = z.object({
  connector_type: z.enum([
    'payment_processor',
    'payment_vas',
    'fin_operations',
    'fiz_operations',
    'networks',
    'banking_entities',
    'non_banking_finance',
    'payout_processor',
    'payment_method_auth',
    'authentication_processor',
    'tax_processor',
    'billing_processor',
    'vault_processor',
  ]),
  connector_name: z.string().min(1),
  connector_label: z.string().optional(),
  connector_account_details: ConnectorAccountDetails.optional(),
  test_mode: z.boolean().optional(),
  disabled: z.boolean().optional(),
  payment_methods_enabled: PaymentMethodsEnabled.optional(),
  connector_webhook_details: ConnectorWebhookDetails.optional(),
  profile_id: z.string().optional(),
  metadata: Metadata.optional(),
});
export type MerchantConnectorCreate = z.input<typeof MerchantConnectorCreate>;

export const ConnectorStatus = z.enum(['inactive', 'active']);

/** The update model has no connector_name or profile_id: an account never changes connector. */
export const MerchantConnectorUpdate = MerchantConnectorCreate.omit({ connector_name: true, profile_id: true })
  .partial()
  .extend({ connector_type: MerchantConnectorCreate.shape.connector_type, status: ConnectorStatus.optional() });
export type MerchantConnectorUpdate = z.input<typeof MerchantConnectorUpdate>;

export const MerchantConnectorResponse = z.looseObject({
  connector_type: z.string(),
  connector_name: z.string(),
  connector_label: z.string().nullish(),
  merchant_connector_id: z.string(),
  profile_id: z.string(),
  status: z.string(),
  test_mode: z.boolean().nullish(),
  disabled: z.boolean().nullish(),
  payment_methods_enabled: PaymentMethodsEnabled.nullish(),
  connector_webhook_details: ConnectorWebhookDetails.nullish(),
  metadata: Metadata.nullish(),
});
export type MerchantConnectorResponse = z.infer<typeof MerchantConnectorResponse>;

export const MerchantConnectorList = z.array(MerchantConnectorResponse);

export const MerchantConnectorDeleteResponse = z.looseObject({ merchant_id: z.string(), merchant_connector_id: z.string(), deleted: z.boolean() });
export type MerchantConnectorDeleteResponse = z.infer<typeof MerchantConnectorDeleteResponse>;
