import { z } from 'zod';
import { Address, AddressDetails } from './address.ts';
import { Metadata } from './common.ts';

// Customers, their saved payment methods and ephemeral keys (crates/api_models/src/{customers,payment_methods,ephemeral_key}.rs).

export const CustomerRequest = z.object({
  customer_id: z.string().optional(),
  name: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  phone_country_code: z.string().nullish(),
  description: z.string().nullish(),
  address: AddressDetails.nullish(),
  metadata: Metadata.nullish(),
});
export type CustomerRequest = z.input<typeof CustomerRequest>;
export type CustomerUpdateRequest = Omit<CustomerRequest, 'customer_id'>;

export const CustomerResponse = z.looseObject({
  customer_id: z.string(),
  name: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  phone_country_code: z.string().nullish(),
  description: z.string().nullish(),
  address: AddressDetails.nullish(),
  created_at: z.string(),
  metadata: Metadata.nullish(),
  default_payment_method_id: z.string().nullish(),
});
export type CustomerResponse = z.infer<typeof CustomerResponse>;

export const CustomerDeleteResponse = z.looseObject({
  customer_id: z.string(),
  customer_deleted: z.boolean(),
  address_deleted: z.boolean(),
  payment_methods_deleted: z.boolean(),
});

export const EphemeralKeyCreateResponse = z.looseObject({
  customer_id: z.string(),
  created_at: z.number().int(),
  expires: z.number().int(),
  secret: z.string(),
});
export type EphemeralKeyCreateResponse = z.infer<typeof EphemeralKeyCreateResponse>;

/** The locker's view of a saved card: never the number, never the CVC. */
export const CardDetailFromLocker = z.looseObject({
  last4_digits: z.string().nullish(),
  expiry_month: z.string().nullish(),
  expiry_year: z.string().nullish(),
  card_holder_name: z.string().nullish(),
  card_network: z.string().nullish(),
  card_isin: z.string().nullish(),
  saved_to_locker: z.boolean(),
  card_number: z.never().optional(),
});

export const PaymentMethodCreate = z.object({
  payment_method: z.string(),
  payment_method_type: z.string().optional(),
  customer_id: z.string().optional(),
  metadata: Metadata.optional(),
  card: z.object({ card_number: z.string(), card_exp_month: z.string(), card_exp_year: z.string(), card_holder_name: z.string().nullish() }).optional(),
  billing: Address.nullish(),
});
export type PaymentMethodCreate = z.input<typeof PaymentMethodCreate>;

export const PaymentMethodUpdate = z.object({
  card: z.object({ card_exp_month: z.string().optional(), card_exp_year: z.string().optional(), card_holder_name: z.string().optional() }).optional(),
});
export type PaymentMethodUpdate = z.input<typeof PaymentMethodUpdate>;

export const PaymentMethodResponse = z.looseObject({
  merchant_id: z.string(),
  customer_id: z.string().nullish(),
  payment_method_id: z.string(),
  payment_method: z.string(),
  payment_method_type: z.string().nullish(),
  card: CardDetailFromLocker.nullish(),
  recurring_enabled: z.boolean().nullish(),
  metadata: Metadata.nullish(),
  created: z.string().nullish(),
  last_used_at: z.string().nullish(),
});
export type PaymentMethodResponse = z.infer<typeof PaymentMethodResponse>;

export const PaymentMethodDeleteResponse = z.looseObject({ payment_method_id: z.string(), deleted: z.boolean() });

export const CustomerPaymentMethod = z.looseObject({
  payment_token: z.string(),
  payment_method_id: z.string(),
  customer_id: z.string(),
  payment_method: z.string(),
  payment_method_type: z.string().nullish(),
  card: CardDetailFromLocker.nullish(),
  requires_cvv: z.boolean(),
  default_payment_method_set: z.boolean(),
  billing: Address.nullish(),
});
export const CustomerPaymentMethodsListResponse = z.looseObject({
  customer_payment_methods: z.array(CustomerPaymentMethod),
  is_guest_customer: z.boolean().nullish(),
});
export type CustomerPaymentMethodsListResponse = z.infer<typeof CustomerPaymentMethodsListResponse>;

export const RequiredFieldInfo = z.looseObject({ required_field: z.string(), display_name: z.string(), field_type: z.unknown(), value: z.string().nullish() });

/** GET /account/payment_methods: what Unified Checkout renders from. */
export const PaymentMethodListResponse = z.looseObject({
  redirect_url: z.string().nullish(),
  currency: z.string().nullish(),
  payment_methods: z.array(
    z.looseObject({
      payment_method: z.string(),
      payment_method_types: z.array(
        z.looseObject({
          payment_method_type: z.string(),
          card_networks: z.array(z.looseObject({ card_network: z.string().nullish(), eligible_connectors: z.array(z.string()) })).nullish(),
          payment_experience: z.array(z.looseObject({ payment_experience_type: z.string().nullish(), eligible_connectors: z.array(z.string()) })).nullish(),
          bank_names: z.array(z.looseObject({ bank_name: z.array(z.string()), eligible_connectors: z.array(z.string()) })).nullish(),
          bank_debits: z.looseObject({ eligible_connectors: z.array(z.string()) }).nullish(),
          required_fields: z.record(z.string(), RequiredFieldInfo).nullish(),
        }),
      ),
    }),
  ),
  mandate_payment: z.unknown(),
  merchant_name: z.string().nullish(),
  show_surcharge_breakup_screen: z.boolean(),
  request_external_three_ds_authentication: z.boolean(),
  is_tax_calculation_enabled: z.boolean(),
  is_guest_customer: z.boolean(),
});
export type PaymentMethodListResponse = z.infer<typeof PaymentMethodListResponse>;

export const MandateResponse = z.looseObject({
  mandate_id: z.string(),
  status: z.enum(['active', 'inactive', 'pending', 'revoked']),
  payment_method_id: z.string(),
  payment_method: z.string(),
  card: z.looseObject({ last4_digits: z.string().nullish(), card_number: z.never().optional() }).nullish(),
  customer_id: z.string().nullish(),
});
export type MandateResponse = z.infer<typeof MandateResponse>;
export const MandateRevokedResponse = z.looseObject({
  mandate_id: z.string(),
  status: z.string(),
  error_code: z.string().nullish(),
  error_message: z.string().nullish(),
});
