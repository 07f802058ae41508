import { z } from 'zod';

// An object in OwnGateway's own records that a check created or observed, as golive last saw it:
// the reviewer at OwnGateway looks each one up by id (`npm run verify`). Ids, statuses and amounts
// only: never a client secret, key or card detail.

const Common = {
  id: z.string().min(1),
  /** The OwnGateway base URL golive talked to. */
  gateway: z.string().url(),
  /** 'golive' made it through the API (it carries metadata.golive_run_id); 'merchant' made it (its shop). */
  origin: z.enum(['golive', 'merchant']),
};

const PaymentObject = z.object({
  kind: z.literal('payment'),
  ...Common,
  merchant_id: z.string(),
  profile_id: z.string().nullable(),
  status: z.string(),
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
  created: z.string().nullable(),
  run_id: z.string().nullable(),
});

const RefundObject = z.object({
  kind: z.literal('refund'),
  ...Common,
  payment_id: z.string(),
  profile_id: z.string().nullable(),
  status: z.string(),
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
  created: z.string().nullable(),
});

const MandateObject = z.object({ kind: z.literal('mandate'), ...Common, payment_id: z.string(), status: z.string().nullable() });

export const DeliveryAttemptRecord = z.object({ attempt: z.number().int().positive(), response_status: z.number().int().nullable(), is_success: z.boolean() });
export type DeliveryAttemptRecord = z.infer<typeof DeliveryAttemptRecord>;

const EventObject = z.object({
  kind: z.literal('event'),
  ...Common,
  merchant_id: z.string(),
  object_id: z.string(),
  event_type: z.string(),
  created: z.string(),
  /** The delivery attempts to the merchant's endpoint golive saw; a later look finds these and perhaps more. */
  attempts: z.array(DeliveryAttemptRecord),
});

export const GatewayObject = z.discriminatedUnion('kind', [PaymentObject, RefundObject, MandateObject, EventObject]);
export type GatewayObject = z.infer<typeof GatewayObject>;
export type GatewayObjectKind = GatewayObject['kind'];

/** Asked for by id only (a browser test knows the payment its page paid); golive reads the rest from OwnGateway. */
export const GatewayObjectReference = z.object({
  kind: z.enum(['payment', 'refund']),
  id: z.string().min(1),
  origin: z.enum(['golive', 'merchant']).default('merchant'),
});
export type GatewayObjectReference = z.input<typeof GatewayObjectReference>;

export const objectKey = (object: { kind: string; gateway?: string; id: string }): string => `${object.kind}:${object.id}`;

/** One line a person reads: "payment pay_… succeeded 1000 USD". */
export function describeObject(object: GatewayObject): string {
  switch (object.kind) {
    case 'payment':
      return `payment ${object.id} ${object.status} ${object.amount} ${object.currency}`;
    case 'refund':
      return `refund ${object.id} of ${object.payment_id} ${object.status} ${object.amount} ${object.currency}`;
    case 'mandate':
      return `mandate ${object.id} of ${object.payment_id}${object.status ? ` ${object.status}` : ''}`;
    case 'event': {
      const acknowledged = object.attempts.filter((a) => a.is_success).length;
      return `event ${object.id} ${object.event_type} on ${object.object_id}: ${object.attempts.length} delivery attempt(s), ${acknowledged} acknowledged`;
    }
  }
}

/** "3 payments, 1 refund, 4 events". */
export function countObjects(objects: readonly GatewayObject[]): string {
  const counts = new Map<string, number>();
  for (const object of objects) counts.set(object.kind, (counts.get(object.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`).join(', ');
}

/** The per-test attachment the objects travel in, from the worker to the reporting step. */
export const EVIDENCE_ATTACHMENT = 'golive-evidence';
export const TestEvidenceAttachment = z.object({ objects: z.array(GatewayObject), incomplete: z.array(z.string()).default([]) });
export type TestEvidenceAttachment = z.infer<typeof TestEvidenceAttachment>;
