import type { ServerResponse } from 'node:http';
import { sendHtml } from '../../http/json-server.ts';
import { fulfil, followPayment } from '../fulfilment.ts';
import type { Order } from '../order-store.ts';
import { OwnGatewayError } from '../owngateway/client.ts';
import type { Payment } from '../owngateway/schemas.ts';
import { verifyRedirect } from '../owngateway/signatures.ts';
import { resultPage } from '../pages.ts';
import type { Shop } from '../shop.ts';
import type { ShopHandler } from './route.ts';

/**
 * GET /checkout/return?order=…: the customer is back from paying. The query is a hint at most; the
 * order is settled by what OwnGateway itself says when asked.
 */
export const handleReturn: ShopHandler = async (shop, { res, url }) => {
  const { defects, orders } = shop;
  const order = orders.get(url.searchParams.get('order') ?? '');
  if (!order) return sendHtml(res, 404, resultPage(undefined, { ok: false, message: 'We could not find this order.' }));
  if (defects.has('trust-return-url-status')) {
    if (url.searchParams.get('status') === 'succeeded') {
      fulfil(order, true);
      orders.save(order);
    }
    return sendHtml(res, 200, resultPage(order, { ok: order.fulfilled, message: order.fulfilled ? 'Payment received.' : 'Payment not completed.' }));
  }
  if (defects.has('amount-from-return-url')) return acceptPaymentNamedInUrl(shop, order, url, res);
  // A signed redirect (after 3DS) must verify; an unsigned one (the SDK's own) is only a hint.
  if (url.searchParams.has('signature') || url.searchParams.has('signature_algorithm')) {
    const verdict = verifyRedirect(url, shop.config.paymentResponseHashKey);
    if (!verdict.genuine)
      return sendHtml(
        res,
        400,
        resultPage(order, {
          ok: false,
          message: `The payment response could not be verified (${verdict.reason}). Nothing was charged twice; contact us if in doubt.`,
        }),
      );
  }
  const claimedPaymentId = url.searchParams.get('payment_id');
  if (claimedPaymentId && claimedPaymentId !== order.payment_id) {
    return sendHtml(res, 400, resultPage(order, { ok: false, message: 'The payment does not belong to this order.' }));
  }
  // The defect: only a webhook settles the order; the return page never asks OwnGateway.
  if (defects.has('no-reconciliation') && !order.fulfilled && order.status !== 'authorized') {
    return sendStillChecking(res, order, 'Thank you! We are confirming your payment and will email you as soon as it is through.');
  }
  let payment: Payment;
  try {
    payment = await shop.owngateway.retrievePayment(order.payment_id, { forceSync: true });
  } catch (error) {
    if (!(error instanceof OwnGatewayError)) throw error;
    if (defects.has('cancel-order-on-gateway-error')) {
      order.status = 'cancelled';
      orders.save(order);
      return sendHtml(res, 200, resultPage(order, { ok: false, message: 'Your payment could not be completed and the order was cancelled.' }));
    }
    // The payment may well have succeeded: leave the order as it is; the webhook or a later check settles it.
    return sendStillChecking(
      res,
      order,
      'We could not confirm your payment with our payment provider yet. If it went through, your order is confirmed by email shortly; you will not be charged twice.',
    );
  }
  await followPayment(shop, order, payment);
  // A bank debit is still with the bank: neither thanks nor failure; the webhook releases the order once it settles.
  if (payment.status === 'processing' && !order.fulfilled) {
    return sendStillChecking(
      res,
      order,
      'Your payment is being processed by your bank. Your order is confirmed by email as soon as the bank confirms the payment; you will not be charged twice.',
    );
  }
  const ok = order.fulfilled || order.status === 'authorized';
  sendHtml(
    res,
    200,
    resultPage(order, {
      ok,
      message: order.fulfilled
        ? 'Payment received. Your order is on its way.'
        : order.status === 'authorized'
          ? 'Payment authorised. You will be charged when we ship.'
          : `Your payment was not completed (status: ${payment.status}).`,
    }),
  );
};

/** Neither thanks nor failure: the payment's outcome is not known yet, and the page says what settles it. */
function sendStillChecking(res: ServerResponse, order: Order, message: string): void {
  sendHtml(res, 200, resultPage(order, { checking: true, message }));
}

/**
 * The defect: the payment the URL names is fetched and compared with the amount in the URL, so a
 * cheap payment's return URL, pointed at an expensive order, pays for it.
 */
async function acceptPaymentNamedInUrl(shop: Shop, order: Order, url: URL, res: ServerResponse): Promise<void> {
  const { owngateway } = shop;
  const named = url.searchParams.get('payment_id') ?? order.payment_id;
  const payment = await owngateway.retrievePayment(named, { forceSync: false });
  if (payment.status === 'succeeded' && String(payment.amount) === (url.searchParams.get('amount') ?? String(order.amount))) {
    fulfil(order, true);
    shop.orders.save(order);
  } else {
    await followPayment(
      shop,
      order,
      payment.payment_id === order.payment_id ? payment : await owngateway.retrievePayment(order.payment_id, { forceSync: false }),
    );
  }
  sendHtml(
    res,
    200,
    resultPage(order, { ok: order.fulfilled || order.status === 'authorized', message: order.fulfilled ? 'Payment received.' : 'Payment not completed.' }),
  );
}
