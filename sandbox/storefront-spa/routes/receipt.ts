import { sendHtml } from '../../http/json-server.ts';
import type { BookedOrder } from '../order-book.ts';
import { OwnGatewayUnavailable } from '../owngateway.ts';
import type { Payment } from '../owngateway-objects.ts';
import { follow, ship } from '../payments.ts';
import { checkReturnUrlSignature } from '../return-url-signature.ts';
import { shell, type Receipt } from '../shell.ts';
import type { Shop, ShopRequest } from '../shop.ts';
import { shellPolicy } from './shell.ts';

// Where OwnGateway sends the customer back (return_url): the redirect is verified and the payment
// asked about here, before the shell renders the verdict.

/** GET /receipt?ref=… (plus OwnGateway's signed parameters) */
export async function serveReceipt(shop: Shop, { res, url }: ShopRequest): Promise<void> {
  const { status, receipt } = await decideReceipt(shop, url);
  sendHtml(res, status, shell(shellPolicy(shop), receipt));
}

const verdictOf = (o: BookedOrder): Receipt['verdict'] =>
  o.payment.state === 'authorised' || o.payment.state === 'captured' || o.status === 'shipped'
    ? 'confirmed'
    : o.payment.state === 'requires_payment'
      ? 'pending'
      : 'declined';

async function decideReceipt(shop: Shop, url: URL): Promise<{ status: number; receipt: Receipt }> {
  const { seeded, book } = shop;
  const ref = url.searchParams.get('ref') ?? '';
  const order = book.find(ref);
  if (!order) return { status: 404, receipt: { ref, verdict: 'rejected', message: 'We could not find this order.' } };
  if (seeded.has('trust-return-url-status')) {
    // The defect: the redirect says how it went, so that is how it went.
    const said = url.searchParams.get('status');
    if (said === 'succeeded') {
      order.payment.state = 'captured';
      ship(order, order.total_minor, false);
      book.put(order);
    }
    if (said === 'requires_capture' && order.payment.state === 'requires_payment') {
      order.payment.state = 'authorised';
      order.status = 'authorised';
      book.put(order);
    }
    return { status: 200, receipt: { ref, verdict: verdictOf(order), message: '' } };
  }
  if (seeded.has('amount-from-return-url')) return receiptFromUrlAmount(shop, order, url);
  if (url.searchParams.has('signature') || url.searchParams.has('signature_algorithm')) {
    const check = await checkReturnUrlSignature(url, shop.options.paymentResponseHashKey);
    if (!check.valid)
      return { status: 400, receipt: { ref, verdict: 'rejected', message: `This payment confirmation could not be verified (${check.reason}).` } };
  }
  const named = url.searchParams.get('payment_id');
  if (named && named !== order.payment.id)
    return { status: 400, receipt: { ref, verdict: 'rejected', message: 'This payment confirmation is for a different order.' } };
  // The defect: the receipt waits for the webhook and never asks OwnGateway itself.
  if (seeded.has('no-reconciliation'))
    return { status: 200, receipt: { ref, verdict: verdictOf(order), message: 'We will email you once the payment is confirmed.' } };
  let payment: Payment;
  try {
    payment = await shop.owngateway.retrievePayment(order.payment.id);
  } catch (error) {
    if (!(error instanceof OwnGatewayUnavailable)) throw error;
    if (seeded.has('cancel-order-on-gateway-error')) {
      order.status = 'cancelled';
      order.payment.state = 'voided';
      book.put(order);
      return { status: 200, receipt: { ref, verdict: 'declined', message: 'Your payment failed and the order was cancelled.' } };
    }
    return {
      status: 200,
      receipt: { ref, verdict: 'pending', message: 'We are still waiting for the payment provider to confirm your payment. You will not be charged twice.' },
    };
  }
  await follow(shop, order, payment);
  return {
    status: 200,
    receipt: { ref, verdict: verdictOf(order), message: payment.status === 'failed' ? (payment.error_message ?? 'The payment was declined.') : '' },
  };
}

/** The defect: the payment the URL names, compared with the URL's amount; the order's own total is never looked at. */
async function receiptFromUrlAmount(shop: Shop, order: BookedOrder, url: URL): Promise<{ status: number; receipt: Receipt }> {
  const { owngateway, book } = shop;
  const payment = await owngateway.retrievePayment(url.searchParams.get('payment_id') ?? order.payment.id);
  const okStatus = payment.status === 'succeeded' || payment.status === 'requires_capture';
  if (okStatus && String(payment.amount) === (url.searchParams.get('amount') ?? String(order.total_minor))) {
    if (order.payment.state === 'requires_payment') {
      order.payment.state = 'authorised';
      order.status = 'authorised';
    }
    book.put(order);
  } else await follow(shop, order, payment.payment_id === order.payment.id ? payment : await owngateway.retrievePayment(order.payment.id));
  return { status: 200, receipt: { ref: order.ref, verdict: verdictOf(order), message: '' } };
}
