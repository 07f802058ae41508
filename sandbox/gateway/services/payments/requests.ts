import { z } from 'zod';
import { isSupportedCurrency } from '../../../../helpers/money/money.ts';
import { AcceptanceInRequest, MandateData } from '../mandates/service.ts';
import { requestStructs } from '../../model/request-structs.ts';
import { structSchema } from '../../rules/request-body.ts';
import { Address, AuthenticationType, BrowserInfo, CaptureMethod, Metadata, SetupFutureUsage } from '../../../../helpers/schemas/index.ts';

// What the sandbox accepts on the payment endpoints. Hyperswitch deserialises create, update and
// confirm into one `PaymentsRequest` with `deny_unknown_fields` (crates/api_models/src/payments.rs), so
// each of the three accepts every field of that struct, deprecated ones included, and refuses anything
// else (IR_06). Fields whose checks the gateway makes itself (so each mistake gets the error it gets
// there) are plain types here.

const Card = z.looseObject({
  card_number: z.string(),
  card_exp_month: z.string(),
  card_exp_year: z.string(),
  card_holder_name: z.string().optional(),
  card_cvc: z.string(),
});

const RecurringDetails = z.looseObject({ type: z.string(), data: z.unknown() });

/** The fields golive's sandbox acts on. */
const modelled = {
  // Option in PaymentsRequest; create requires them itself (IR_04), see service.ts.
  amount: z.number().int().optional(),
  currency: z.string().optional(),
  payment_id: z.string().optional(),
  confirm: z.boolean().optional(),
  capture_method: CaptureMethod.optional(),
  amount_to_capture: z.number().int().optional(),
  authentication_type: AuthenticationType.optional(),
  customer_id: z.string().optional(),
  customer: z.looseObject({ id: z.string().optional(), name: z.string().optional(), email: z.string().optional(), phone: z.string().optional() }).optional(),
  description: z.string().optional(),
  return_url: z.string().optional(),
  payment_method: z.string().optional(),
  payment_method_type: z.string().optional(),
  payment_method_data: z
    .looseObject({ card: Card.optional(), card_token: z.looseObject({ card_cvc: z.string().optional() }).optional(), billing: Address.optional() })
    .optional(),
  payment_token: z.string().optional(),
  billing: Address.optional(),
  shipping: Address.optional(),
  browser_info: BrowserInfo.optional(),
  metadata: Metadata.optional(),
  profile_id: z.string().optional(),
  connector: z.array(z.string()).optional(),
  setup_future_usage: SetupFutureUsage.optional(),
  off_session: z.boolean().optional(),
  customer_acceptance: AcceptanceInRequest.optional(),
  mandate_id: z.string().optional(),
  mandate_data: MandateData.optional(),
  recurring_details: RecurringDetails.optional(),
  client_secret: z.string().optional(),
  retry_action: z.enum(['manual_retry', 'requeue']).optional(),
  /** 3DS through the merchant's authentication connector, shown in page by Unified Checkout. */
  request_external_three_ds_authentication: z.boolean().nullish(),
  /** Deprecated: a saved card's CVC beside payment_token (payment_method_data.card_token.card_cvc is the new place). */
  card_cvc: z.string().optional(),
};

/** Create, update and confirm all deserialise `PaymentsRequest`; the fields not in `modelled` are accepted and ignored. */
export const CreatePaymentBody = structSchema('PaymentsRequest', requestStructs.PaymentsRequest, modelled);
export type CreatePaymentBody = z.infer<typeof CreatePaymentBody>;

export const ConfirmPaymentBody = CreatePaymentBody.partial();
export type ConfirmPaymentBody = z.infer<typeof ConfirmPaymentBody>;

export const UpdatePaymentBody = ConfirmPaymentBody;
export type UpdatePaymentBody = ConfirmPaymentBody;

// PaymentsCaptureRequest and PaymentsCancelRequest are not `deny_unknown_fields`: other fields are ignored.
export const CapturePaymentBody = structSchema('PaymentsCaptureRequest', requestStructs.PaymentsCaptureRequest, {
  amount_to_capture: z.number().int().optional(),
});
export const CancelPaymentBody = structSchema('PaymentsCancelRequest', requestStructs.PaymentsCancelRequest, { cancellation_reason: z.string().optional() });
export type CancelPaymentBody = z.infer<typeof CancelPaymentBody>;

export const currencyIsValid = (currency: string) => isSupportedCurrency(currency);
