import { z } from 'zod';

// The parts of OwnGateway's (Hyperswitch's) objects this shop reads, and nothing more: a payment, a
// refund and the webhook that carries either. Other fields are OwnGateway's business and are ignored.

export const Payment = z.object({
  payment_id: z.string(),
  /** IntentStatus: requires_capture, succeeded, partially_captured, failed, cancelled, processing, ... */
  status: z.string(),
  /** Minor units. */
  amount: z.number().int(),
  currency: z.string(),
  amount_received: z.number().int().nullish(),
  client_secret: z.string().nullish(),
  error_message: z.string().nullish(),
});
export type Payment = z.infer<typeof Payment>;

export const Refund = z.object({
  refund_id: z.string(),
  payment_id: z.string(),
  amount: z.number().int(),
  /** succeeded, failed, pending or review. */
  status: z.string(),
});
export type Refund = z.infer<typeof Refund>;

/** The body OwnGateway POSTs to the webhook URL; disputes, mandates and payouts are not this shop's. */
export const Webhook = z.object({
  event_id: z.string(),
  content: z.discriminatedUnion('type', [
    z.object({ type: z.literal('payment_details'), object: Payment }),
    z.object({ type: z.literal('refund_details'), object: Refund }),
  ]),
});
export type Webhook = z.infer<typeof Webhook>;
