import { OutgoingWebhook } from '../../helpers/schemas/index.ts';
import { OUTGOING_WEBHOOK_SIGNATURE_HEADER, verifyOutgoingWebhookSignature } from '../../helpers/signatures/outgoing-webhook.ts';
import type { ReceivedWebhook } from '../../fixtures/webhook-sink.ts';

function safeJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return undefined; }
}

export interface MerchantWebhookSummary { event_id: string; event_type: string; status: string; amount: number; answeredStatus: number; signatureValid: boolean }

/**
 * The OwnGateway webhooks the merchant endpoint received about one payment, each with its signature
 * verdict. Summaries only: a failing assertion prints them, and full bodies carry client secrets.
 */
export function merchantWebhooksFor(received: readonly ReceivedWebhook[], paymentId: string, hashKey: string): MerchantWebhookSummary[] {
  return received.flatMap((delivery) => {
    // Anything else that reached the endpoint (a reachability probe, a forgery) is not an OwnGateway webhook.
    const parsed = OutgoingWebhook.safeParse(safeJson(delivery.rawBody));
    if (!parsed.success || parsed.data.content.object.payment_id !== paymentId) return [];
    const body = parsed.data;
    const signature = delivery.headers[OUTGOING_WEBHOOK_SIGNATURE_HEADER];
    return [{
      event_id: body.event_id, event_type: body.event_type, status: body.content.object.status, amount: body.content.object.amount,
      answeredStatus: delivery.answeredStatus, signatureValid: verifyOutgoingWebhookSignature(delivery.rawBody, typeof signature === 'string' ? signature : undefined, hashKey),
    }];
  });
}
