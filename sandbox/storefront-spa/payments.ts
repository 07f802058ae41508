import { randomBytes } from 'node:crypto';
import type { BookedOrder } from './order-book.ts';
import type { Payment, Refund } from './owngateway-objects.ts';
import type { Shop } from './shop.ts';

// How an order follows its payment as OwnGateway reports it (at checkout, on the receipt, by webhook,
// when it ships): the one place, with the routes' own defects, where an order's payment state changes.

/** A payment for the order, authorised now and captured when the order ships. */
export function newPayment(shop: Shop, ref: string, total: number, currency: string): Promise<Payment> {
  return shop.owngateway.createPayment({
    amount: total,
    currency,
    capture_method: 'manual',
    authentication_type: 'three_ds',
    customer_id: `atelier_${ref}`,
    ...(shop.options.requestExternalThreeDs ? { request_external_three_ds_authentication: true } : {}),
    return_url: `${shop.origin}/receipt?ref=${ref}`,
    metadata: { order_ref: ref },
    description: `Atelier Nord ${ref}`,
  });
}

/** Books a shipment, once unless `again`. */
export function ship(order: BookedOrder, capturedMinor: number, again: boolean): void {
  if (order.shipments.length && !again) return;
  order.shipments.push({ id: `shp_${randomBytes(5).toString('hex')}`, dispatched_at: new Date().toISOString(), captured_minor: capturedMinor });
  order.status = 'shipped';
}

/** The warehouse's booking call, which the fulfilment-race defect awaits between its check and its shipment. */
const warehouseCall = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 500).unref();
  });

/** Does this payment, as OwnGateway reports it, belong to the order and cover exactly its total? */
function coversOrder(shop: Shop, order: BookedOrder, payment: Payment): boolean {
  if (shop.seeded.has('skip-amount-check')) return true;
  const currencyMatches = shop.seeded.has('currency-not-compared') || payment.currency === order.currency;
  return currencyMatches && payment.amount === order.total_minor;
}

/** Follows what OwnGateway says of the order's payment; `fromWebhook` lets the idempotency defect in. */
export async function follow(shop: Shop, order: BookedOrder, payment: Payment, fromWebhook = false): Promise<void> {
  const { seeded, book } = shop;
  if (seeded.has('cancel-order-on-gateway-error') && order.status === 'cancelled') return;
  if (payment.payment_id !== order.payment.id) return;
  // The defect: "not shipped yet?" is asked, the warehouse call awaited, and the shipment booked regardless of what happened meanwhile.
  if (
    seeded.has('fulfilment-race') &&
    payment.status === 'succeeded' &&
    !order.shipments.length &&
    coversOrder(shop, order, payment) &&
    payment.amount_received === order.total_minor
  ) {
    await warehouseCall();
    order.payment.state = 'captured';
    order.payment.captured_minor = payment.amount_received;
    ship(order, payment.amount_received, true);
    book.put(order);
    return;
  }
  const again = fromWebhook && seeded.has('webhook-not-idempotent');
  const state = order.payment.state;
  switch (payment.status) {
    case 'requires_capture':
      if (coversOrder(shop, order, payment) && (state === 'requires_payment' || state === 'declined')) {
        order.payment.state = 'authorised';
        order.status = 'authorised';
      }
      break;
    case 'succeeded':
      if (coversOrder(shop, order, payment) && (seeded.has('skip-amount-check') || payment.amount_received === order.total_minor)) {
        order.payment.state = 'captured';
        order.payment.captured_minor = payment.amount_received ?? payment.amount;
        ship(order, order.payment.captured_minor, again);
      }
      break;
    case 'partially_captured':
      // Captured in part somewhere else (not by our own shipping): keep the parcel until someone looks.
      if (seeded.has('skip-amount-check')) ship(order, payment.amount_received ?? 0, again);
      else if (coversOrder(shop, order, payment)) {
        order.payment.state = 'partially_captured';
        order.payment.captured_minor = payment.amount_received ?? 0;
      }
      break;
    case 'failed':
      if (state === 'requires_payment') {
        order.payment.state = 'declined';
        order.status = 'payment_failed';
      }
      break;
    case 'cancelled':
      if (state === 'authorised' || state === 'requires_payment') {
        order.payment.state = 'voided';
        order.status = 'cancelled';
      }
      break;
    default:
      break;
  }
  book.put(order);
}

/** A succeeded refund of the order's payment, recorded once. */
export function followRefund(shop: Shop, order: BookedOrder, refund: Refund): void {
  if (refund.status !== 'succeeded' || refund.payment_id !== order.payment.id) return;
  if (order.refunds.some((r) => r.id === refund.refund_id)) return;
  order.refunds.push({ id: refund.refund_id, amount_minor: refund.amount });
  shop.book.put(order);
}
