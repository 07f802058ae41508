import { z } from 'zod';
import { AuthenticationType, CaptureMethod, IntentStatus } from './enums.ts';
import { Currency, Metadata, MinorUnits } from './common.ts';
import { RefundResponse } from './refunds.ts';

export const CardData = z.object({
  card_number: z.string().regex(/^\d{12,19}$/, 'expected 12 to 19 digits'),
  card_exp_month: z.string().regex(/^(0?[1-9]|1[0-2])$/, 'expected a month "01".."12"'),
  card_exp_year: z.string().regex(/^(\d{2}|\d{4})$/, 'expected a year "30" or "2030"'),
  card_holder_name: z.string().optional(),
  card_cvc: z.string().regex(/^\d{3,4}$/, 'expected 3 or 4 digits'),
});
export type CardData = z.infer<typeof CardData>;

export const PaymentMethodData = z.looseObject({ card: CardData.optional() });

// Hyperswitch's Address: every part optional on the wire.
export const AddressDetails = z.object({
  first_name: z.string().optional(), last_name: z.string().optional(), line1: z.string().optional(), line2: z.string().optional(),
  line3: z.string().optional(), city: z.string().optional(), state: z.string().optional(), zip: z.string().optional(), country: z.string().optional(),
});
export const Address = z.object({
  address: AddressDetails.optional(),
  phone: z.object({ number: z.string().optional(), country_code: z.string().optional() }).optional(),
  email: z.string().optional(),
});

/** CustomerDetails: creates the customer or attaches an existing one; `id` must equal `customer_id` if both are sent. */
export const CustomerDetails = z.object({
  id: z.string(),
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  phone_country_code: z.string().optional(),
});

export const PaymentCustomerFields = z.object({
  customer_id: z.string().optional(),
  customer: CustomerDetails.optional(),
  billing: Address.optional(),
  shipping: Address.optional(),
});
export type PaymentCustomerFields = z.input<typeof PaymentCustomerFields>;

export const PaymentsCreateRequest = z.object({
  ...PaymentCustomerFields.shape,
  amount: MinorUnits,
  currency: Currency,
  payment_id: z.string().optional(),
  confirm: z.boolean().optional(),
  capture_method: CaptureMethod.optional(),
  amount_to_capture: MinorUnits.optional(),
  authentication_type: AuthenticationType.optional(),
  description: z.string().optional(),
  return_url: z.url().optional(),
  payment_method: z.string().optional(),
  payment_method_type: z.string().optional(),
  payment_method_data: PaymentMethodData.optional(),
  metadata: Metadata.optional(),
  profile_id: z.string().optional(),
  /** Hyperswitch's manual connector selection: the first of these the merchant has enabled takes the payment. */
  connector: z.array(z.string()).optional(),
});
export type PaymentsCreateRequest = z.input<typeof PaymentsCreateRequest>;

export const PaymentsConfirmRequest = PaymentsCreateRequest.partial().extend({ client_secret: z.string().optional() });
export type PaymentsConfirmRequest = z.input<typeof PaymentsConfirmRequest>;

export const PaymentsCaptureRequest = z.object({ amount_to_capture: MinorUnits.optional() });
export type PaymentsCaptureRequest = z.input<typeof PaymentsCaptureRequest>;

export const PaymentsCancelRequest = z.object({ cancellation_reason: z.string().optional() });
export type PaymentsCancelRequest = z.input<typeof PaymentsCancelRequest>;

export const NextAction = z.looseObject({
  type: z.string(),
  redirect_to_url: z.string().optional(),
});

export const PaymentMethodDataResponse = z.looseObject({
  card: z.looseObject({
    last4: z.string().nullish(),
    card_network: z.string().nullish(),
    card_isin: z.string().nullish(),
    card_exp_month: z.string().nullish(),
    card_exp_year: z.string().nullish(),
    card_holder_name: z.string().nullish(),
  }).nullish(),
});

export const PaymentsResponse = z.looseObject({
  payment_id: z.string(),
  merchant_id: z.string(),
  status: IntentStatus,
  amount: MinorUnits,
  net_amount: MinorUnits,
  amount_capturable: MinorUnits,
  amount_received: MinorUnits.nullish(),
  processor_merchant_id: z.string(),
  currency: Currency,
  payment_method: z.string().nullable(),
  attempt_count: z.number().int(),
  client_secret: z.string().nullish(),
  connector: z.string().nullish(),
  connector_transaction_id: z.string().nullish(),
  customer_id: z.string().nullish(),
  capture_method: CaptureMethod.nullish(),
  authentication_type: AuthenticationType.nullish(),
  return_url: z.string().nullish(),
  metadata: Metadata.nullish(),
  error_code: z.string().nullish(),
  error_message: z.string().nullish(),
  unified_code: z.string().nullish(),
  unified_message: z.string().nullish(),
  next_action: NextAction.nullish(),
  refunds: z.array(RefundResponse).nullish(),
  created: z.string().nullish(),
  profile_id: z.string().nullish(),
  merchant_connector_id: z.string().nullish(),
  manual_retry_allowed: z.boolean().nullish(),
  payment_method_data: PaymentMethodDataResponse.nullish(),
});
export type PaymentsResponse = z.infer<typeof PaymentsResponse>;

export const PaymentListResponse = z.looseObject({ size: z.number().int(), data: z.array(PaymentsResponse) });
export type PaymentListResponse = z.infer<typeof PaymentListResponse>;
