import { z } from 'zod';
import { AuthenticationType, CaptureMethod } from '../../helpers/schemas/enums.ts';
import { isSupportedCurrency } from '../../helpers/money.ts';

// What the sandbox accepts on the payment endpoints, stricter than the response schemas: these
// decide which Hyperswitch error a bad request gets (see request-body.ts).

const Card = z.object({
  card_number: z.string(),
  card_exp_month: z.string(),
  card_exp_year: z.string(),
  card_holder_name: z.string().optional(),
  card_cvc: z.string(),
});

const Currency = z.string().refine(isSupportedCurrency, { message: 'expected an ISO 4217 currency code' });
const CurrencyType = z.string();

const CreateFields = {
  amount: z.number().int(),
  currency: CurrencyType,
  payment_id: z.string().optional(),
  confirm: z.boolean().optional(),
  capture_method: CaptureMethod.optional(),
  amount_to_capture: z.number().int().optional(),
  authentication_type: AuthenticationType.optional(),
  customer_id: z.string().optional(),
  description: z.string().optional(),
  return_url: z.string().optional(),
  payment_method: z.string().optional(),
  payment_method_type: z.string().optional(),
  payment_method_data: z.looseObject({ card: Card.optional() }).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  profile_id: z.string().optional(),
  customer: z.looseObject({}).optional(),
  billing: z.looseObject({}).optional(),
  shipping: z.looseObject({}).optional(),
  browser_info: z.looseObject({}).optional(),
};

export const CreatePaymentBody = z.looseObject(CreateFields);
export type CreatePaymentBody = z.infer<typeof CreatePaymentBody>;

export const ConfirmPaymentBody = z.looseObject({
  ...Object.fromEntries(Object.entries(CreateFields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof CreateFields]: z.ZodOptional<(typeof CreateFields)[K]> },
  client_secret: z.string().optional(),
});
export type ConfirmPaymentBody = z.infer<typeof ConfirmPaymentBody>;

export const CapturePaymentBody = z.looseObject({ amount_to_capture: z.number().int().optional() });
export const CancelPaymentBody = z.looseObject({ cancellation_reason: z.string().optional() });

export const currencyIsValid = (currency: string) => Currency.safeParse(currency).success;
