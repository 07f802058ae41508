import { randomBytes } from 'node:crypto';
import { readBody, sendHtml } from '../../http/json-server.ts';
import { CATALOGUE_CURRENCY, productBySku } from '../catalogue.ts';
import { HttpError } from '../http-error.ts';
import type { Order } from '../order-store.ts';
import type { Payment } from '../owngateway/schemas.ts';
import { checkoutPage, resultPage } from '../pages.ts';
import type { Shop } from '../shop.ts';
import { SELF_HOSTED_LOADER_DIR } from './assets.ts';
import { seeOther, type ShopHandler } from './route.ts';

/** Where OwnGateway sends the customer back to after a redirect (3DS), and where the SDK goes when done. */
function returnUrl(shop: Shop, orderId: string): string {
  return `${shop.origin}/checkout/return?order=${orderId}`;
}

/** One payment attempt for an order; a new one when the last was refused for good (OwnGateway does not confirm a failed payment again). */
function createPayment(shop: Shop, order: Pick<Order, 'id' | 'amount' | 'currency' | 'capture_method'>): Promise<Payment> {
  return shop.owngateway.createPayment({
    amount: order.amount,
    currency: order.currency,
    capture_method: order.capture_method,
    authentication_type: 'three_ds',
    customer_id: `cus_${order.id}`,
    ...(shop.config.requestExternalThreeDs ? { request_external_three_ds_authentication: true } : {}),
    return_url: returnUrl(shop, order.id),
    metadata: { order_id: order.id },
    description: `Golive Outfitters order ${order.id}`,
  });
}

/** POST /checkout (form: capture): prices the cart, opens its payment at OwnGateway, and sends the customer to pay. */
export const placeOrder: ShopHandler = async (shop, { req, res }) => {
  const { carts, defects } = shop;
  const form = new URLSearchParams(await readBody(req));
  const cartId = carts.idOf(req, res);
  const lines = [...carts.get(cartId)].flatMap(([sku, quantity]) => {
    const product = productBySku(sku);
    return product ? [{ product, quantity }] : [];
  });
  if (!lines.length) throw new HttpError(400, 'cart: expected at least one item');
  const computed = lines.reduce((sum, line) => sum + line.product.unit_amount * line.quantity, 0);
  // The browser's amount is display only; the server prices the cart itself.
  const amount = defects.has('trust-browser-amount') ? Number(form.get('amount') ?? computed) : computed;
  const currency = defects.has('trust-browser-amount') ? (form.get('currency') ?? CATALOGUE_CURRENCY) : CATALOGUE_CURRENCY;
  const orderId = `ord_${randomBytes(6).toString('hex')}`;
  const captureMethod = form.get('capture') === 'manual' ? 'manual' : 'automatic';
  const payment = await createPayment(shop, { id: orderId, amount, currency, capture_method: captureMethod });
  const now = new Date().toISOString();
  shop.orders.save({
    id: orderId,
    items: lines.map((l) => ({ sku: l.product.sku, name: l.product.name, quantity: l.quantity, unit_amount: l.product.unit_amount })),
    amount: computed,
    currency: CATALOGUE_CURRENCY,
    capture_method: captureMethod,
    status: 'pending',
    payment_id: payment.payment_id,
    client_secret: payment.client_secret ?? '',
    fulfilled: false,
    fulfilled_amount: 0,
    fulfilment_count: 0,
    refunded_amount: 0,
    created_at: now,
    updated_at: now,
  });
  carts.delete(cartId);
  seeOther(res, `/checkout/${orderId}`);
};

/**
 * The checkout page's policy: its own scripts and OwnGateway's loader, OwnGateway's frames (the card
 * form, the 3DS overlay), and the loader's own calls to OwnGateway's API (its origin, as no customBackendUrl is set).
 */
function checkoutPagePolicy({ config, defects }: Shop): string {
  const owngateway = new URL(config.sdkUrl).origin;
  // The defect: the frames were left at 'self' when the policy was written for the shop's own pages.
  const frames = defects.has('csp-blocks-sdk-frames') ? "'self'" : owngateway;
  return `script-src 'self' ${owngateway}; frame-src ${frames}; connect-src 'self' ${owngateway}`;
}

/** GET /checkout/{order}: Unified Checkout for the order's payment (a fresh payment after a refusal). */
export const showCheckout: ShopHandler = async (shop, { res, params }) => {
  const { config, defects } = shop;
  const order = shop.orders.get(params.order ?? '');
  if (!order) throw new HttpError(404, 'order not found');
  if (order.fulfilled) return sendHtml(res, 200, resultPage(order, { ok: true, message: 'This order is already paid.' }));
  if (order.status === 'failed') {
    // The customer tries again after a refusal (a bank that said no on its own page): a fresh payment for the same order.
    const payment = await createPayment(shop, order);
    Object.assign(order, { payment_id: payment.payment_id, client_secret: payment.client_secret ?? '', status: 'pending' });
    shop.orders.save(order);
  }
  res.setHeader('content-security-policy', checkoutPagePolicy(shop));
  const payButtonStyle = [
    defects.has('pay-button-below-fold') ? 'margin-top:1400px' : '',
    defects.has('pay-button-low-contrast') ? 'background:#c9d7ee;color:#ffffff' : '',
  ]
    .filter(Boolean)
    .join(';');
  sendHtml(
    res,
    200,
    checkoutPage({
      order,
      // The defect: the loader comes from a copy on this host (HyperLoader.js is appended to the base).
      sdkUrl: defects.has('sdk-self-hosted') ? `${shop.origin}${SELF_HOSTED_LOADER_DIR}` : config.sdkUrl,
      payButtonStyle,
      data: {
        publishableKey: config.publishableKey,
        clientSecret: order.client_secret,
        orderId: order.id,
        returnUrl: returnUrl(shop, order.id),
        appearance: defects.has('ignore-styling') ? {} : config.appearance,
      },
    }),
  );
};
