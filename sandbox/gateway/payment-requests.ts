import { z } from 'zod';
import { isSupportedCurrency } from '../../helpers/money.ts';
import { PaymentsCreateRequest } from '../../helpers/schemas/index.ts';

// What the sandbox accepts on the payment endpoints: the shared request schema, with the fields whose
// checks the gateway makes itself (so each mistake gets the Hyperswitch error it gets there, see
// request-body.ts and payment-service.ts) loosened to their plain types.

const Card = z.object({
  card_number: z.string(),
  card_exp_month: z.string(),
  card_exp_year: z.string(),
  card_holder_name: z.string().optional(),
  card_cvc: z.string(),
});

export const CreatePaymentBody = z.looseObject({
  ...PaymentsCreateRequest.shape,
  amount: z.number().int(),
  currency: z.string(),
  amount_to_capture: z.number().int().optional(),
  return_url: z.string().optional(),
  payment_method_data: z.looseObject({ card: Card.optional() }).optional(),
});
export type CreatePaymentBody = z.infer<typeof CreatePaymentBody>;

export const ConfirmPaymentBody = CreatePaymentBody.partial().extend({ client_secret: z.string().optional() });
export type ConfirmPaymentBody = z.infer<typeof ConfirmPaymentBody>;

export const CapturePaymentBody = z.looseObject({ amount_to_capture: z.number().int().optional() });
export const CancelPaymentBody = z.looseObject({ cancellation_reason: z.string().optional() });

export const currencyIsValid = (currency: string) => isSupportedCurrency(currency);
