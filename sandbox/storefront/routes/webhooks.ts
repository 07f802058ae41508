import { readBody, sendJson } from '../../http/json-server.ts';
import { followPayment } from '../fulfilment.ts';
import { Webhook } from '../owngateway/schemas.ts';
import { isGenuineWebhook, WEBHOOK_SIGNATURE_HEADER } from '../owngateway/signatures.ts';
import type { Shop } from '../shop.ts';
import type { ShopHandler } from './route.ts';

/** What applying one webhook came to; the endpoint's answer says it back to OwnGateway. */
type Outcome = 'malformed' | 'duplicate' | 'applied';

/** The defect's verification: over the body parsed and written again, not the bytes received. */
function reserialised(rawBody: string): string {
  try {
    return JSON.stringify(JSON.parse(rawBody));
  } catch {
    return rawBody;
  }
}

/** POST /webhooks/owngateway: OwnGateway's news of payments and refunds, signed with the profile's hash key. */
export const receiveWebhook: ShopHandler = async (shop, { req, res }) => {
  const { defects } = shop;
  const rawBody = await readBody(req);
  // The defect: a crash on OwnGateway's body, so every delivery is answered 500.
  if (defects.has('webhook-endpoint-errors')) return sendJson(res, 500, { error: 'internal error' });
  // The defect: acknowledged at once, applied a second later, and never verified.
  if (defects.has('queued-webhook-without-signature')) {
    setTimeout(() => void applyWebhook(shop, rawBody), 1000).unref();
    return sendJson(res, 202, { queued: true });
  }
  const signature = req.headers[WEBHOOK_SIGNATURE_HEADER];
  // The defect: the body is parsed and written again before the HMAC, so other bytes are what is verified.
  const signed = defects.has('webhook-signature-over-reserialised-json') ? reserialised(rawBody) : rawBody;
  if (
    !defects.has('webhook-without-signature') &&
    !isGenuineWebhook(signed, typeof signature === 'string' ? signature : undefined, shop.config.paymentResponseHashKey)
  ) {
    return sendJson(res, 401, { error: 'invalid signature' });
  }
  const outcome = await applyWebhook(shop, rawBody);
  if (outcome === 'malformed') return sendJson(res, 400, { error: 'unexpected webhook body' });
  sendJson(res, 200, outcome === 'duplicate' ? { duplicate: true } : { received: true });
};

async function applyWebhook(shop: Shop, rawBody: string): Promise<Outcome> {
  const { defects, orders } = shop;
  let webhook: Webhook;
  try {
    webhook = Webhook.parse(JSON.parse(rawBody));
  } catch {
    return 'malformed';
  }
  const idempotent = !defects.has('webhook-not-idempotent');
  if (idempotent && !orders.markEventProcessed(webhook.event_id)) return 'duplicate';
  if (webhook.content.type === 'payment_details') {
    const order = orders.byPaymentId(webhook.content.object.payment_id);
    // The defect: the event's status is the order's newest, whenever the event was sent (a retried payment_processing after payment_succeeded).
    if (order && defects.has('stale-event-regresses-order') && webhook.content.object.status === 'processing') {
      order.status = 'pending';
      orders.save(order);
    } else if (order) await followPayment(shop, order, webhook.content.object, idempotent);
  } else {
    const refund = webhook.content.object;
    const order = orders.byPaymentId(refund.payment_id);
    if (order && refund.status === 'succeeded' && !defects.has('ignore-refund-webhooks')) {
      order.refunded_amount += refund.amount;
      order.status = order.refunded_amount >= order.fulfilled_amount ? 'refunded' : 'partially_refunded';
      orders.save(order);
    }
  }
  return 'applied';
}
