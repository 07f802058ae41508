import { z } from 'zod';
import type { GatewayObject } from './gateway-object.ts';

// The OwnGateway objects one API answer shows: a payment (and the mandate it set up), a refund, a
// webhook event with its delivery attempts. Lists are left out: they show other tests' objects too.
// Read loosely, field by field: a check's odd answer must never break the check that received it.

const Payment = z.looseObject({
  payment_id: z.string(),
  merchant_id: z.string(),
  status: z.string(),
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
  profile_id: z.string().nullish(),
  created: z.string().nullish(),
  mandate_id: z.string().nullish(),
  metadata: z.looseObject({ golive_run_id: z.unknown().optional() }).nullish(),
  refunds: z.array(z.unknown()).nullish(),
});
const Refund = z.looseObject({
  refund_id: z.string(),
  payment_id: z.string(),
  status: z.string(),
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
  profile_id: z.string().nullish(),
  created_at: z.string().nullish(),
});
const Attempt = z.looseObject({ attempt: z.number().int().positive(), response_status: z.number().int().nullable(), is_success: z.boolean() });
const Event = z.looseObject({
  event_id: z.string(),
  merchant_id: z.string(),
  event_type: z.string(),
  object_id: z.string(),
  created: z.string(),
  delivery_attempts: z.array(Attempt),
});

export function paymentObject(body: unknown, gateway: string, origin: GatewayObject['origin']): GatewayObject[] {
  const payment = Payment.safeParse(body);
  if (!payment.success) return [];
  const p = payment.data;
  const runId = typeof p.metadata?.golive_run_id === 'string' ? p.metadata.golive_run_id : null;
  const objects: GatewayObject[] = [
    {
      kind: 'payment',
      id: p.payment_id,
      gateway,
      origin: runId ? 'golive' : origin,
      merchant_id: p.merchant_id,
      profile_id: p.profile_id ?? null,
      status: p.status,
      amount: p.amount,
      currency: p.currency,
      created: p.created ?? null,
      run_id: runId,
    },
  ];
  if (p.mandate_id) objects.push({ kind: 'mandate', id: p.mandate_id, gateway, origin: objects[0]!.origin, payment_id: p.payment_id, status: null });
  for (const refund of p.refunds ?? []) objects.push(...refundObject(refund, gateway, objects[0]!.origin));
  return objects;
}

export function refundObject(body: unknown, gateway: string, origin: GatewayObject['origin']): GatewayObject[] {
  const refund = Refund.safeParse(body);
  if (!refund.success) return [];
  const r = refund.data;
  return [
    {
      kind: 'refund',
      id: r.refund_id,
      gateway,
      origin,
      payment_id: r.payment_id,
      profile_id: r.profile_id ?? null,
      status: r.status,
      amount: r.amount,
      currency: r.currency,
      created: r.created_at ?? null,
    },
  ];
}

export function eventObject(body: unknown, gateway: string): GatewayObject[] {
  const event = Event.safeParse(body);
  if (!event.success) return [];
  const e = event.data;
  return [
    {
      kind: 'event',
      id: e.event_id,
      gateway,
      origin: 'golive',
      merchant_id: e.merchant_id,
      object_id: e.object_id,
      event_type: e.event_type,
      created: e.created,
      attempts: e.delivery_attempts.map((a) => ({ attempt: a.attempt, response_status: a.response_status, is_success: a.is_success })),
    },
  ];
}

/** What one exchange through golive's client shows; `gateway` is the base URL it was sent to. */
export function objectsInExchange(
  exchange: { method: string; url: string; status: number | null; requestBody: unknown; responseBody: unknown },
  gateway: string,
): GatewayObject[] {
  if (exchange.status === null || exchange.status >= 400) return [];
  const path = new URL(exchange.url).pathname;
  // A payment without golive's run id was made by someone else (the merchant's shop), whoever reads it.
  if (/^\/payments(\/[^/]+(\/(confirm|capture|cancel|complete_authorize|incremental_authorization))?)?$/.test(path) && path !== '/payments/list') {
    return paymentObject(exchange.responseBody, gateway, 'merchant');
  }
  if (/^\/refunds(\/[^/]+)?$/.test(path) && path !== '/refunds/list') {
    return refundObject(exchange.responseBody, gateway, path === '/refunds' && exchange.method === 'POST' ? 'golive' : 'merchant');
  }
  // The events API (admin key): a list asked about one object, or a manual retry's answer.
  const askedAbout = z.looseObject({ object_id: z.string() }).safeParse(exchange.requestBody).success;
  if (/^\/events\/[^/]+$/.test(path) && exchange.method === 'POST' && askedAbout && Array.isArray(exchange.responseBody)) {
    return exchange.responseBody.flatMap((event: unknown) => eventObject(event, gateway));
  }
  if (/^\/events\/[^/]+\/[^/]+\/retry$/.test(path)) return eventObject(exchange.responseBody, gateway);
  return [];
}
