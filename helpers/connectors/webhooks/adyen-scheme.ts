import { z } from 'zod';
import { hmacBase64, signaturesEqual } from '../../signatures/hmac.ts';
import { isStale, type ConnectorWebhookEvent, type ConnectorWebhookKind, type WebhookSchemeCodec } from './event.ts';
import { safeJson } from './sandbox-scheme.ts';

// Adyen standard notifications: the signature travels inside each item as additionalData.hmacSignature,
// base64 HMAC-SHA256 keyed with the hex-decoded HMAC key over eight fields joined by ':'.

const NotificationItem = z.object({
  eventCode: z.enum(['AUTHORISATION', 'CAPTURE', 'CANCELLATION', 'REFUND']),
  success: z.enum(['true', 'false']),
  pspReference: z.string(),
  originalReference: z.string().optional(),
  merchantAccountCode: z.string(),
  merchantReference: z.string(),
  amount: z.object({ value: z.number().int().nonnegative(), currency: z.string() }),
  eventDate: z.iso.datetime({ offset: true }),
  additionalData: z.object({ hmacSignature: z.string().optional(), refundId: z.string().optional(), manualCapture: z.string().optional() }).optional(),
});
type NotificationItem = z.infer<typeof NotificationItem>;

const Notification = z.object({
  live: z.enum(['true', 'false']),
  notificationItems: z.array(z.object({ NotificationRequestItem: NotificationItem })).length(1, 'golive sends one item per notification'),
});

export function adyenSigningString(
  item: Pick<NotificationItem, 'pspReference' | 'originalReference' | 'merchantAccountCode' | 'merchantReference' | 'amount' | 'eventCode' | 'success'>,
): string {
  return [
    item.pspReference,
    item.originalReference ?? '',
    item.merchantAccountCode,
    item.merchantReference,
    String(item.amount.value),
    item.amount.currency,
    item.eventCode,
    item.success,
  ].join(':');
}

export function adyenHmacSignature(item: Parameters<typeof adyenSigningString>[0], hexKey: string): string {
  return hmacBase64('sha256', Buffer.from(hexKey, 'hex'), adyenSigningString(item));
}

function notification(item: ReturnType<typeof toItem>): { headers: Record<string, string>; body: string } {
  return { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ live: 'false', notificationItems: [{ NotificationRequestItem: item }] }) };
}

function toItem(event: ConnectorWebhookEvent): Omit<NotificationItem, 'additionalData'> & { additionalData: Record<string, string> } {
  const codes: Record<ConnectorWebhookKind, [NotificationItem['eventCode'], 'true' | 'false']> = {
    payment_succeeded: ['AUTHORISATION', 'true'],
    payment_authorized: ['AUTHORISATION', 'true'],
    payment_failed: ['AUTHORISATION', 'false'],
    payment_captured: ['CAPTURE', 'true'],
    payment_voided: ['CANCELLATION', 'true'],
    refund_succeeded: ['REFUND', 'true'],
    refund_failed: ['REFUND', 'false'],
  };
  const [eventCode, success] = codes[event.kind];
  const isRefund = event.connector_refund_id !== null;
  return {
    eventCode,
    success,
    pspReference: isRefund ? (event.connector_refund_id ?? '') : event.connector_transaction_id,
    ...(isRefund || eventCode === 'CAPTURE' || eventCode === 'CANCELLATION' ? { originalReference: event.connector_transaction_id } : {}),
    merchantAccountCode: 'OwnGatewaySandbox',
    merchantReference: event.reference,
    amount: { value: event.amount, currency: event.currency },
    eventDate: event.occurred_at.toISOString(),
    additionalData: { ...(event.kind === 'payment_authorized' ? { manualCapture: 'true' } : {}), eventId: event.event_id },
  };
}

export const adyenScheme: WebhookSchemeCodec = {
  scheme: 'adyen',
  build(event, hexKey) {
    const item = toItem(event);
    item.additionalData.hmacSignature = adyenHmacSignature(item, hexKey);
    return notification(item);
  },
  unsigned(event) {
    return notification(toItem(event));
  },
  verify({ rawBody, secret, now, toleranceSeconds }) {
    const json = safeJson(rawBody);
    const parsed = Notification.safeParse(json);
    if (!parsed.success) return { ok: false, reason: 'malformed' };
    const item = parsed.data.notificationItems[0]!.NotificationRequestItem;
    const received = item.additionalData?.hmacSignature;
    if (!received) return { ok: false, reason: 'missing_signature' };
    if (!/^[0-9a-fA-F]+$/.test(secret) || !signaturesEqual(adyenHmacSignature(item, secret), received)) return { ok: false, reason: 'signature_mismatch' };
    const occurredAt = new Date(item.eventDate);
    if (isStale(occurredAt, now, toleranceSeconds)) return { ok: false, reason: 'stale_timestamp' };
    const rawEventId = (json as { notificationItems: { NotificationRequestItem: { additionalData?: { eventId?: string } } }[] }).notificationItems[0]
      ?.NotificationRequestItem.additionalData?.eventId;
    const isRefund = item.eventCode === 'REFUND';
    const kind: ConnectorWebhookKind =
      item.eventCode === 'REFUND'
        ? item.success === 'true'
          ? 'refund_succeeded'
          : 'refund_failed'
        : item.eventCode === 'CAPTURE'
          ? 'payment_captured'
          : item.eventCode === 'CANCELLATION'
            ? 'payment_voided'
            : item.success === 'false'
              ? 'payment_failed'
              : item.additionalData?.manualCapture === 'true'
                ? 'payment_authorized'
                : 'payment_succeeded';
    return {
      ok: true,
      event: {
        // Adyen has no event id; pspReference + eventCode + success identifies a notification.
        event_id: rawEventId ?? `${item.pspReference}:${item.eventCode}:${item.success}`,
        kind,
        connector_transaction_id: isRefund || item.eventCode !== 'AUTHORISATION' ? (item.originalReference ?? item.pspReference) : item.pspReference,
        connector_refund_id: isRefund ? item.pspReference : null,
        reference: item.merchantReference,
        amount: item.amount.value,
        currency: item.amount.currency,
        occurred_at: occurredAt,
      },
    };
  },
};
