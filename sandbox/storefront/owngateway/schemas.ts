import { z } from 'zod';

// What this shop reads from OwnGateway's answers, and nothing more: every object is loose, so a field
// OwnGateway adds tomorrow changes nothing here. Field names and meanings are Hyperswitch's
// (PaymentsResponse, RefundResponse, OutgoingWebhook in its API reference).

/** Amounts are integers in the currency's minor unit (cents for USD). */
const MinorAmount = z.number().int().nonnegative();

export const Payment = z.looseObject({
  payment_id: z.string().min(1),
  /** Hyperswitch's IntentStatus; the shop acts on a few of them and treats the rest as "not yet". */
  status: z.string(),
  amount: MinorAmount,
  /** What was actually captured; absent or null until money moved. */
  amount_received: MinorAmount.nullish(),
  currency: z.string(),
  /** Handed to the browser so Unified Checkout can confirm the payment; only on the create answer for sure. */
  client_secret: z.string().nullish(),
});
export type Payment = z.infer<typeof Payment>;

export const Refund = z.looseObject({
  payment_id: z.string().min(1),
  /** succeeded, failed, pending or review. */
  status: z.string(),
  amount: MinorAmount,
});
export type Refund = z.infer<typeof Refund>;

/** The body OwnGateway posts to the shop's webhook URL. Only payment and refund news is the shop's business. */
export const Webhook = z.looseObject({
  event_id: z.string().min(1),
  event_type: z.string(),
  content: z.discriminatedUnion('type', [
    z.looseObject({ type: z.literal('payment_details'), object: Payment }),
    z.looseObject({ type: z.literal('refund_details'), object: Refund }),
  ]),
});
export type Webhook = z.infer<typeof Webhook>;
