import { z } from 'zod';
import { Currency, MinorUnits } from '../../helpers/schemas/common.ts';

// The wire contract between the OwnGateway sandbox and the connector simulator (the processor).
// Both sides import these schemas, so a change breaks loudly on both ends. The gateway identifies
// the merchant's processor account with `authorization: Bearer <connector api key>` (the MCA's
// connector_account_details.api_key), as a real processor would.

export const ConnectorPaymentStatus = z.enum([
  'authorized', // manual capture: funds held
  'charged', // captured in full
  'partially_charged', // captured less than authorised; the rest released
  'declined',
  'pending', // async: settles later, reported by webhook
  'requires_challenge', // the customer must visit challenge_url: 3DS, or a redirect method's page (bank, pay later, PayPal)
  'voided',
]);
export type ConnectorPaymentStatus = z.infer<typeof ConnectorPaymentStatus>;

export const ConnectorAuthorizeRequest = z
  .object({
    reference: z.string(), // the gateway's attempt id, echoed in webhooks
    amount: MinorUnits,
    currency: Currency,
    // manual_multiple: several partial captures of one authorisation, until it is captured in full.
    capture: z.enum(['automatic', 'manual', 'manual_multiple']),
    three_ds: z.boolean(),
    // Exactly one of card and method: what the customer pays with.
    card: z
      .object({
        number: z.string(),
        exp_month: z.string(),
        exp_year: z.string(),
        cvc: z.string(),
        holder_name: z.string().optional(),
      })
      .optional(),
    method: z
      .object({
        payment_method: z.enum(['pay_later', 'bank_redirect', 'bank_debit', 'gift_card', 'wallet']),
        payment_method_type: z.string(),
        // redirect: the customer authorises on the processor's page; debit: pending until the bank settles; direct: answered at once.
        flow: z.enum(['redirect', 'debit', 'direct']),
        // The account number or IBAN, gift-card number or wallet card's last four: what the processor's test environment decides by.
        credential: z.string().nullable(),
      })
      .optional(),
    // Where the challenge or redirect page sends the customer back (the gateway's redirect/complete or redirect/response URL).
    return_url: z.string().optional(),
    // The connector the account is with (the MCA's connector_name): its test environment decides the outcome.
    connector: z.string().optional(),
  })
  .refine((request) => (request.card === undefined) !== (request.method === undefined), { message: 'exactly one of card and method' });
export type ConnectorAuthorizeRequest = z.infer<typeof ConnectorAuthorizeRequest>;
export type ConnectorPaymentMethod = NonNullable<ConnectorAuthorizeRequest['method']>;

export const ConnectorPayment = z.object({
  id: z.string(), // connector_transaction_id
  reference: z.string(),
  status: ConnectorPaymentStatus,
  amount: MinorUnits,
  amount_captured: MinorUnits,
  amount_refunded: MinorUnits,
  currency: Currency,
  decline_code: z.string().nullable(),
  decline_message: z.string().nullable(),
  challenge_url: z.string().nullable(),
});
export type ConnectorPayment = z.infer<typeof ConnectorPayment>;

export const ConnectorCaptureRequest = z.object({ amount: MinorUnits });
export const ConnectorRefundRequest = z.object({ amount: MinorUnits, reference: z.string() });

export const ConnectorRefund = z.object({
  id: z.string(), // connector_refund_id
  payment_id: z.string(),
  reference: z.string(),
  status: z.enum(['succeeded', 'pending', 'failed']),
  amount: MinorUnits,
  currency: Currency,
});
export type ConnectorRefund = z.infer<typeof ConnectorRefund>;

export const ConnectorErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

// The processor's "dashboard": where the merchant points its webhooks at OwnGateway and reads the secret.
export const WebhookScheme = z.enum(['sandbox', 'stripe', 'adyen', 'checkout']);
export type WebhookScheme = z.infer<typeof WebhookScheme>;

export const ConnectorAccountConfig = z.object({
  /** Where the processor sends its webhooks; null until the merchant sets it on the processor's dashboard. */
  webhook_url: z.url().nullable(),
  webhook_secret: z.string().min(8),
  webhook_scheme: WebhookScheme,
  /** Processors that take card numbers directly (not only their own tokens) switch this on per account. */
  raw_card_processing: z.boolean().default(true),
  card_funding_enabled: z.array(z.enum(['credit', 'debit'])).default(['credit', 'debit']),
});
export type ConnectorAccountConfig = z.input<typeof ConnectorAccountConfig>;
