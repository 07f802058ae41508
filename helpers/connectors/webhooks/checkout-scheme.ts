import { z } from 'zod';
import { hmacHex, signaturesEqual } from '../../signatures/hmac.ts';
import { isStale, type ConnectorWebhookKind, type WebhookSchemeCodec } from './event.ts';
import { safeJson } from './sandbox-scheme.ts';

// Checkout.com: `Cko-Signature` = hex HMAC-SHA256 of the raw body with the webhook secret key.
export const CHECKOUT_SIGNATURE_HEADER = 'cko-signature';

const kindToType: Record<ConnectorWebhookKind, string> = {
  payment_succeeded: 'payment_captured',
  payment_authorized: 'payment_approved',
  payment_failed: 'payment_declined',
  payment_captured: 'payment_captured',
  payment_voided: 'payment_voided',
  refund_succeeded: 'payment_refunded',
  refund_failed: 'payment_refund_declined',
};

const CheckoutEvent = z.object({
  id: z.string(),
  type: z.enum(['payment_approved', 'payment_captured', 'payment_declined', 'payment_voided', 'payment_refunded', 'payment_refund_declined']),
  created_on: z.iso.datetime(),
  data: z.object({ id: z.string(), action_id: z.string().optional(), reference: z.string(), amount: z.number().int().nonnegative(), currency: z.string() }),
});

export const checkoutScheme: WebhookSchemeCodec = {
  scheme: 'checkout',
  build(event, secret) {
    const isRefund = event.connector_refund_id !== null;
    const body = JSON.stringify({
      id: event.event_id,
      type: kindToType[event.kind],
      created_on: event.occurred_at.toISOString(),
      data: {
        id: event.connector_transaction_id,
        ...(isRefund ? { action_id: event.connector_refund_id } : {}),
        reference: event.reference,
        amount: event.amount,
        currency: event.currency,
      },
    });
    return { headers: { 'content-type': 'application/json', [CHECKOUT_SIGNATURE_HEADER]: hmacHex('sha256', secret, body) }, body };
  },
  verify({ headers, rawBody, secret, now, toleranceSeconds }) {
    const received = headers[CHECKOUT_SIGNATURE_HEADER];
    if (!received) return { ok: false, reason: 'missing_signature' };
    if (!signaturesEqual(hmacHex('sha256', secret, rawBody), received.toLowerCase())) return { ok: false, reason: 'signature_mismatch' };
    const parsed = CheckoutEvent.safeParse(safeJson(rawBody));
    if (!parsed.success) return { ok: false, reason: 'malformed' };
    const { id, type, created_on, data } = parsed.data;
    const occurredAt = new Date(created_on);
    if (isStale(occurredAt, now, toleranceSeconds)) return { ok: false, reason: 'stale_timestamp' };
    const kind: ConnectorWebhookKind =
      type === 'payment_approved'
        ? 'payment_authorized'
        : type === 'payment_declined'
          ? 'payment_failed'
          : type === 'payment_voided'
            ? 'payment_voided'
            : type === 'payment_refunded'
              ? 'refund_succeeded'
              : type === 'payment_refund_declined'
                ? 'refund_failed'
                : 'payment_succeeded';
    return {
      ok: true,
      event: {
        event_id: id,
        kind,
        connector_transaction_id: data.id,
        connector_refund_id: data.action_id ?? null,
        reference: data.reference,
        amount: data.amount,
        currency: data.currency,
        occurred_at: occurredAt,
      },
    };
  },
};
