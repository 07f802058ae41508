import { z } from 'zod';
import type { ConnectorWebhookEvent, WebhookSchemeCodec } from './event.ts';
import { signTimestampedBody, verifyTimestampedBody } from './timestamped-hmac.ts';

// golive's own connector (the sandbox processor): a plain JSON event, Stripe-style signature.
export const SANDBOX_SIGNATURE_HEADER = 'x-connector-signature';

const SandboxEventBody = z.object({
  id: z.string().min(1),
  type: z.enum(['payment_succeeded', 'payment_failed', 'payment_authorized', 'payment_captured', 'payment_voided', 'refund_succeeded', 'refund_failed']),
  created: z.iso.datetime(),
  data: z.object({
    payment_id: z.string(),
    refund_id: z.string().nullable(),
    reference: z.string(),
    amount: z.number().int().nonnegative(),
    currency: z.string(),
  }),
});

export const sandboxScheme: WebhookSchemeCodec = {
  scheme: 'sandbox',
  build(event, secret, now) {
    const body = JSON.stringify({
      id: event.event_id,
      type: event.kind,
      created: event.occurred_at.toISOString(),
      data: {
        payment_id: event.connector_transaction_id,
        refund_id: event.connector_refund_id,
        reference: event.reference,
        amount: event.amount,
        currency: event.currency,
      },
    } satisfies z.infer<typeof SandboxEventBody>);
    return {
      headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: signTimestampedBody(body, secret, Math.floor(now.getTime() / 1000)) },
      body,
    };
  },
  verify({ headers, rawBody, secret, now, toleranceSeconds }) {
    const signature = verifyTimestampedBody(headers[SANDBOX_SIGNATURE_HEADER], rawBody, secret, now, toleranceSeconds);
    if (!signature.ok) return signature;
    const parsed = SandboxEventBody.safeParse(safeJson(rawBody));
    if (!parsed.success) return { ok: false, reason: 'malformed' };
    const { id, type, created, data } = parsed.data;
    const event: ConnectorWebhookEvent = {
      event_id: id,
      kind: type,
      connector_transaction_id: data.payment_id,
      connector_refund_id: data.refund_id,
      reference: data.reference,
      amount: data.amount,
      currency: data.currency,
      occurred_at: new Date(created),
    };
    return { ok: true, event };
  },
};

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
