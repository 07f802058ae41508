import { z } from 'zod';
import { EventType } from './enums.ts';
import { PaymentsResponse } from './payments.ts';
import { RefundResponse } from './refunds.ts';

// The body OwnGateway POSTs to the merchant (crates/api_models/src/webhooks.rs OutgoingWebhook).
export const OutgoingWebhookContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('payment_details'), object: PaymentsResponse }),
  z.object({ type: z.literal('refund_details'), object: RefundResponse }),
]);

export const OutgoingWebhook = z.object({
  merchant_id: z.string(),
  event_id: z.string().regex(/^evt_[0-9a-f]{32}$/, 'expected "evt_" + 32 lowercase hex (UUIDv7, simple form)'),
  event_type: EventType,
  content: OutgoingWebhookContent,
  timestamp: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected ISO-8601 with milliseconds and Z'),
  processor_merchant_id: z.string().optional(),
});
export type OutgoingWebhook = z.infer<typeof OutgoingWebhook>;

// Delivery log, readable through the admin events API (GET /events/{merchant_id}/{event_id}/attempts).
export const WebhookDeliveryAttempt = z.looseObject({
  event_id: z.string(),
  attempt: z.number().int().positive(),
  delivered_at: z.string(),
  response_status: z.number().int().nullable(),
  error: z.string().nullable(),
  duration_ms: z.number().nonnegative(),
  is_success: z.boolean(),
});
export type WebhookDeliveryAttempt = z.infer<typeof WebhookDeliveryAttempt>;

export const EventRecord = z.looseObject({
  event_id: z.string(),
  merchant_id: z.string(),
  event_type: EventType,
  event_class: z.enum(['payments', 'refunds']),
  object_id: z.string(),
  created: z.string(),
  is_delivered: z.boolean(),
  delivery_attempts: z.array(WebhookDeliveryAttempt),
});
export type EventRecord = z.infer<typeof EventRecord>;
export const EventList = z.array(EventRecord);
