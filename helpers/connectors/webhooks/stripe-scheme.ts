import { z } from 'zod';
import type { ConnectorWebhookEvent, ConnectorWebhookKind, WebhookSchemeCodec } from './event.ts';
import { safeJson } from './sandbox-scheme.ts';
import { signTimestampedBody, verifyTimestampedBody } from './timestamped-hmac.ts';

// Stripe: `Stripe-Signature: t=…,v1=…` over "t.body" (HMAC-SHA256), event objects keyed by type.
export const STRIPE_SIGNATURE_HEADER = 'stripe-signature';

const kindToStripeType: Record<ConnectorWebhookKind, string> = {
  payment_succeeded: 'payment_intent.succeeded',
  payment_failed: 'payment_intent.payment_failed',
  payment_authorized: 'payment_intent.amount_capturable_updated',
  payment_captured: 'charge.captured',
  payment_voided: 'payment_intent.canceled',
  refund_succeeded: 'charge.refunded',
  refund_failed: 'charge.refund.updated',
};
const stripeTypeToKind = new Map(Object.entries(kindToStripeType).map(([kind, type]) => [type, kind as ConnectorWebhookKind]));

const StripeEvent = z.object({
  id: z.string().startsWith('evt_'),
  object: z.literal('event'),
  type: z.string(),
  created: z.number().int(),
  data: z.object({
    object: z.object({
      id: z.string(),
      amount: z.number().int().nonnegative(),
      currency: z.string(),
      metadata: z.object({ reference: z.string(), refund_id: z.string().nullable().optional() }),
    }),
  }),
});

export const stripeScheme: WebhookSchemeCodec = {
  scheme: 'stripe',
  build(event, secret, now) {
    const body = JSON.stringify({
      id: event.event_id.startsWith('evt_') ? event.event_id : `evt_${event.event_id}`,
      object: 'event',
      type: kindToStripeType[event.kind],
      created: Math.floor(event.occurred_at.getTime() / 1000),
      data: {
        object: {
          id: event.connector_transaction_id,
          amount: event.amount,
          currency: event.currency.toLowerCase(),
          metadata: { reference: event.reference, refund_id: event.connector_refund_id },
        },
      },
    });
    return {
      headers: { 'content-type': 'application/json', [STRIPE_SIGNATURE_HEADER]: signTimestampedBody(body, secret, Math.floor(now.getTime() / 1000)) },
      body,
    };
  },
  verify({ headers, rawBody, secret, now, toleranceSeconds }) {
    const signature = verifyTimestampedBody(headers[STRIPE_SIGNATURE_HEADER], rawBody, secret, now, toleranceSeconds);
    if (!signature.ok) return signature;
    const parsed = StripeEvent.safeParse(safeJson(rawBody));
    const kind = parsed.success ? stripeTypeToKind.get(parsed.data.type) : undefined;
    if (!parsed.success || !kind) return { ok: false, reason: 'malformed' };
    const { object } = parsed.data.data;
    const event: ConnectorWebhookEvent = {
      event_id: parsed.data.id,
      kind,
      connector_transaction_id: object.id,
      connector_refund_id: object.metadata.refund_id ?? null,
      reference: object.metadata.reference,
      amount: object.amount,
      currency: object.currency.toUpperCase(),
      occurred_at: new Date(parsed.data.created * 1000),
    };
    return { ok: true, event };
  },
};
