import { z } from 'zod';
import { AuthenticationType, CaptureMethod, IntentStatus } from './enums.ts';
import { Currency, Metadata, MinorUnits } from './common.ts';
import { RefundResponse } from './refunds.ts';
import { Address, BrowserInfo, CustomerAcceptance } from './address.ts';

export const CardData = z.object({
  card_number: z.string().regex(/^\d{12,19}$/, 'expected 12 to 19 digits'),
  card_exp_month: z.string().regex(/^(0?[1-9]|1[0-2])$/, 'expected a month "01".."12"'),
  card_exp_year: z.string().regex(/^(\d{2}|\d{4})$/, 'expected a year "30" or "2030"'),
  card_holder_name: z.string().optional(),
  card_cvc: z.string().regex(/^\d{3,4}$/, 'expected 3 or 4 digits'),
});
export type CardData = z.infer<typeof CardData>;

/** `card_token` carries the CVC when paying with a saved card's payment_token. */
export const PaymentMethodData = z.looseObject({
  card: CardData.optional(),
  card_token: z.object({ card_cvc: z.string().optional(), card_holder_name: z.string().optional() }).optional(),
  billing: Address.nullish(),
});

export const SetupFutureUsage = z.enum(['off_session', 'on_session']);

/** CustomerDetails: creates the customer or attaches an existing one; `id` must equal `customer_id` if both are sent. */
export const CustomerDetails = z.object({
  id: z.string(),
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  phone_country_code: z.string().optional(),
});

export const PaymentCustomerFields = z.object({
  /** null: a guest payment, so the client adds no customer of its own. */
  customer_id: z.string().nullish(),
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
  billing: Address.nullish(),
  shipping: Address.nullish(),
  browser_info: BrowserInfo.nullish(),
  customer: z.looseObject({ id: z.string().nullish(), name: z.string().nullish(), email: z.string().nullish(), phone: z.string().nullish() }).nullish(),
  setup_future_usage: SetupFutureUsage.nullish(),
  off_session: z.boolean().nullish(),
  customer_acceptance: CustomerAcceptance.nullish(),
  payment_token: z.string().nullish(),
  mandate_id: z.string().nullish(),
  mandate_data: z
    .looseObject({
      customer_acceptance: CustomerAcceptance.nullish(),
      mandate_type: z
        .union([
          z.object({ single_use: z.object({ amount: z.number().int(), currency: z.string() }) }),
          z.object({ multi_use: z.object({ amount: z.number().int(), currency: z.string() }).nullish() }),
        ])
        .nullish(),
    })
    .nullish(),
  recurring_details: z.object({ type: z.string(), data: z.unknown() }).nullish(),
});
export type PaymentsCreateRequest = z.input<typeof PaymentsCreateRequest>;

export const PaymentsConfirmRequest = PaymentsCreateRequest.partial().extend({
  client_secret: z.string().optional(),
  retry_action: z.enum(['manual_retry', 'requeue']).optional(),
});
export type PaymentsConfirmRequest = z.input<typeof PaymentsConfirmRequest>;

/** POST /payments/{id}: the create fields, all optional; `confirm: true` goes on to confirm. */
export const PaymentsUpdateRequest = PaymentsConfirmRequest;
export type PaymentsUpdateRequest = z.input<typeof PaymentsUpdateRequest>;

export const PaymentsCaptureRequest = z.object({ amount_to_capture: MinorUnits.optional() });
export type PaymentsCaptureRequest = z.input<typeof PaymentsCaptureRequest>;

export const PaymentsCancelRequest = z.object({ cancellation_reason: z.string().optional() });
export type PaymentsCancelRequest = z.input<typeof PaymentsCancelRequest>;

export const NextAction = z.looseObject({
  type: z.string(),
  redirect_to_url: z.string().optional(),
});

export const PaymentMethodDataResponse = z.looseObject({
  card: z
    .looseObject({
      last4: z.string().nullish(),
      card_network: z.string().nullish(),
      card_isin: z.string().nullish(),
      card_exp_month: z.string().nullish(),
      card_exp_year: z.string().nullish(),
      card_holder_name: z.string().nullish(),
    })
    .nullish(),
  // The other methods' additional data, masked (AdditionalPaymentData): never an account or gift-card number in full.
  pay_later: z.looseObject({ klarna_sdk: z.unknown() }).nullish(),
  bank_redirect: z.looseObject({ bank_name: z.string().nullish() }).nullish(),
  bank_debit: z
    .looseObject({
      ach: z.looseObject({ account_number: z.string(), routing_number: z.string() }).optional(),
      bacs: z.looseObject({ account_number: z.string(), sort_code: z.string().nullish() }).optional(),
      sepa: z.looseObject({ iban: z.string() }).optional(),
    })
    .nullish(),
  gift_card: z.looseObject({ givex: z.looseObject({ last4: z.string() }).optional() }).nullish(),
  wallet: z
    .looseObject({
      google_pay: z.looseObject({ last4: z.string(), card_network: z.string() }).optional(),
      apple_pay: z.looseObject({ last4: z.string(), card_network: z.string() }).optional(),
    })
    .nullish(),
  billing: Address.nullish(),
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
  payment_method_type: z.string().nullish(),
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
  billing: Address.nullish(),
  shipping: Address.nullish(),
  browser_info: BrowserInfo.nullish(),
  setup_future_usage: SetupFutureUsage.nullish(),
  off_session: z.boolean().nullish(),
  mandate_id: z.string().nullish(),
});
export type PaymentsResponse = z.infer<typeof PaymentsResponse>;

export const PaymentListResponse = z.looseObject({ size: z.number().int(), data: z.array(PaymentsResponse) });
export type PaymentListResponse = z.infer<typeof PaymentListResponse>;

/** POST /payments/list: filter constraints, offset paging. */
export const PaymentListFilters = z.object({
  payment_id: z.string().optional(),
  profile_id: z.string().optional(),
  customer_id: z.string().optional(),
  limit: z.number().int().optional(),
  offset: z.number().int().optional(),
  amount_filter: z.object({ start_amount: z.number().int().optional(), end_amount: z.number().int().optional() }).optional(),
  // TimeRange is flattened into the body (`#[serde(flatten)] time_range`): end_time counts only with a start_time.
  start_time: z.string().optional(),
  end_time: z.string().optional(),
  connector: z.array(z.string()).optional(),
  currency: z.array(z.string()).optional(),
  status: z.array(IntentStatus).optional(),
  payment_method: z.array(z.string()).optional(),
  merchant_connector_id: z.array(z.string()).optional(),
});
export type PaymentListFilters = z.input<typeof PaymentListFilters>;

export const PaymentListByFilterResponse = z.looseObject({ count: z.number().int(), total_count: z.number().int(), data: z.array(PaymentsResponse) });
export type PaymentListByFilterResponse = z.infer<typeof PaymentListByFilterResponse>;

export const PaymentsSessionRequest = z.object({ payment_id: z.string(), client_secret: z.string(), wallets: z.array(z.string()) });
export type PaymentsSessionRequest = z.input<typeof PaymentsSessionRequest>;

export const PaymentsSessionResponse = z.looseObject({
  payment_id: z.string(),
  client_secret: z.string(),
  session_token: z.array(z.looseObject({ wallet_name: z.string() })),
});
export type PaymentsSessionResponse = z.infer<typeof PaymentsSessionResponse>;
