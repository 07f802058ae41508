import { readBody, sendJson } from '../../http/json-server.ts';
import { Webhook } from '../owngateway-objects.ts';
import { follow, followRefund } from '../payments.ts';
import type { Shop, ShopRequest } from '../shop.ts';
import { WEBHOOK_SIGNATURE_HEADER, webhookSignatureMatches } from '../webhook-signature.ts';

// OwnGateway's webhooks: verified over the raw body, applied once per event id.

export const SPA_WEBHOOK_PATH = '/hooks/payments/owngateway';

/** POST /hooks/payments/owngateway */
export async function receiveWebhook(shop: Shop, { req, res }: ShopRequest): Promise<void> {
  const { seeded } = shop;
  const raw = await readBody(req);
  if (seeded.has('webhook-endpoint-errors')) {
    // The defect: written against another provider's payload; OwnGateway's has no data.object.
    const stripeShaped = JSON.parse(raw) as { data: { object: { id: string } } };
    void stripeShaped.data.object.id;
  }
  if (seeded.has('queued-webhook-without-signature')) {
    shop.webhookJobs.push(raw, (job) => applyWebhook(shop, job, true));
    return sendJson(res, 202, { accepted: true });
  }
  const header = req.headers[WEBHOOK_SIGNATURE_HEADER];
  // The defect: a JSON body parser ran first, so the HMAC is taken over its re-serialisation.
  const signedBytes = seeded.has('webhook-signature-over-reserialised-json') ? restringified(raw) : raw;
  if (
    !seeded.has('webhook-without-signature') &&
    !(await webhookSignatureMatches(signedBytes, typeof header === 'string' ? header : undefined, shop.options.paymentResponseHashKey))
  ) {
    return sendJson(res, 401, { error: { code: 'bad_signature', message: 'X-Webhook-Signature-512 does not match' } });
  }
  const outcome = await applyWebhook(shop, raw, !seeded.has('webhook-not-idempotent'));
  if (outcome === 'unreadable') return sendJson(res, 400, { error: { code: 'bad_payload', message: 'not an OwnGateway webhook' } });
  sendJson(res, 200, { ok: true, outcome });
}

/** Applies one webhook body; `dedupe` skips an event already acted on (a redelivery). */
async function applyWebhook(shop: Shop, raw: string, dedupe: boolean): Promise<'unreadable' | 'seen' | 'done'> {
  const { seeded, book } = shop;
  let webhook: Webhook;
  try {
    webhook = Webhook.parse(JSON.parse(raw));
  } catch {
    return 'unreadable';
  }
  if (dedupe && !book.firstSighting(webhook.event_id)) return 'seen';
  const content = webhook.content;
  if (content.type === 'payment_details') {
    const order = book.findByPayment(content.object.payment_id);
    // The defect: a payment_processing event is the payment's newest news, whenever it was sent.
    if (order && seeded.has('stale-event-regresses-order') && content.object.status === 'processing') {
      order.payment.state = 'requires_payment';
      order.status = 'awaiting_payment';
      book.put(order);
    } else if (order) await follow(shop, order, content.object, true);
  } else if (!seeded.has('ignore-refund-webhooks')) {
    const order = book.findByPayment(content.object.payment_id);
    if (order) followRefund(shop, order, content.object);
  }
  return 'done';
}

function restringified(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw));
  } catch {
    return raw;
  }
}
