import type { Order } from './order-store.ts';
import type { Payment } from './owngateway/schemas.ts';
import type { Shop } from './shop.ts';

// When an order ships, and what OwnGateway's news of its payment does to it. The return page and the
// webhook both come here, so the rule is written once.

/** The one rule for fulfilment: the gateway says succeeded, for exactly this order's amount and currency. */
function paymentFulfilsOrder(shop: Shop, order: Order, payment: Payment): boolean {
  if (payment.payment_id !== order.payment_id) return false;
  // The defect: "the money came in", whatever was actually captured.
  if (shop.defects.has('skip-amount-check')) return payment.status === 'succeeded' || payment.status === 'partially_captured';
  if (payment.status !== 'succeeded') return false;
  // The defect: the digits match, so the money must be right (1850 JPY is not 18.50 USD).
  const sameCurrency = shop.defects.has('currency-not-compared') || payment.currency === order.currency;
  return sameCurrency && payment.amount === order.amount && (payment.amount_received ?? 0) === order.amount;
}

/** Releases the order to the warehouse; `idempotent` releases it once however often it is asked. */
export function fulfil(order: Order, idempotent: boolean): void {
  if (order.fulfilled && idempotent) return;
  order.fulfilled = true;
  order.fulfilled_amount = order.amount;
  order.fulfilment_count += 1;
  order.status = 'paid';
}

/** The warehouse's booking call, which the fulfilment-race defect awaits between its check and its release. */
const bookWarehouse = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 500).unref();
  });

export async function followPayment(shop: Shop, order: Order, payment: Payment, idempotent = true): Promise<void> {
  // The defect: an order cancelled on a gateway error is closed; news of its payment is ignored.
  if (shop.defects.has('cancel-order-on-gateway-error') && order.status === 'cancelled') return;
  if (paymentFulfilsOrder(shop, order, payment)) {
    // The defect: "released yet?" is asked before an await and the release recorded after it, as if nothing could happen in between.
    if (shop.defects.has('fulfilment-race') && !order.fulfilled) {
      await bookWarehouse();
      fulfil(order, false);
    } else fulfil(order, idempotent);
  } else if (payment.payment_id === order.payment_id && !order.fulfilled) {
    if (payment.status === 'requires_capture') order.status = 'authorized';
    else if (payment.status === 'failed') order.status = 'failed';
    else if (payment.status === 'cancelled') order.status = 'cancelled';
  }
  shop.orders.save(order);
}
