import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { readBody, sendJson } from '../../http/json-server.ts';
import { ApiError } from '../api-error.ts';
import { storeById, stores } from '../catalogue.ts';
import { orderDocument, type BookedOrder } from '../order-book.ts';
import { follow, newPayment, ship } from '../payments.ts';
import type { Shop, ShopRequest } from '../shop.ts';

// The JSON API the browser module talks to: the orders (placed at checkout, paid through Unified
// Checkout, shipped by the warehouse). Every amount is the server's own.

const OrderRequest = z.object({
  store: z.string(),
  currency: z.string().optional(),
  lines: z
    .array(z.object({ code: z.string(), qty: z.number().int().min(1).max(20), price: z.union([z.number(), z.string()]).optional() }))
    .min(1, 'expected at least one basket line'),
});
const ShipRequest = z.object({ amount_minor: z.number().int().positive().optional() });

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'expected a JSON body');
  }
}

/** The order a path names (its reference still percent-encoded, as in the path), or 404. */
export function findOrder(shop: Shop, ref: string): BookedOrder {
  const order = shop.book.find(decodeURIComponent(ref));
  if (!order) throw new ApiError(404, `order ${ref} not found`);
  return order;
}

/** POST /api/v2/orders: prices the basket from the catalogue and opens its payment. */
export async function placeOrder(shop: Shop, { req, res }: ShopRequest): Promise<void> {
  const { seeded } = shop;
  const parsed = OrderRequest.safeParse(await jsonBody(req));
  if (!parsed.success) throw new ApiError(400, z.prettifyError(parsed.error));
  const store = storeById(parsed.data.store);
  if (!store) throw new ApiError(400, `store: expected one of ${stores.map((s) => s.id).join(', ')}`);
  const lines = parsed.data.lines.map((line) => {
    const item = store.items.find((i) => i.code === line.code);
    if (!item) throw new ApiError(400, `lines: ${line.code} is not sold in the ${store.id} store`);
    // The defect: the basket's own unit price, as the browser remembered it, is what is charged.
    const price = seeded.has('trust-browser-amount') && line.price !== undefined ? Number(line.price) : item.price_minor;
    return { code: item.code, title: item.title, qty: line.qty, price_minor: price };
  });
  const currency = seeded.has('trust-browser-amount') && parsed.data.currency ? parsed.data.currency : store.currency;
  const total = lines.reduce((sum, l) => sum + l.price_minor * l.qty, 0);
  const ref = `${store.id.toUpperCase()}-${randomBytes(4).toString('hex').toUpperCase()}`;
  const payment = await newPayment(shop, ref, total, currency);
  const order: BookedOrder = {
    ref,
    store: store.id,
    currency,
    total_minor: total,
    lines,
    status: 'awaiting_payment',
    payment: { id: payment.payment_id, client_secret: payment.client_secret ?? '', state: 'requires_payment', captured_minor: 0 },
    shipments: [],
    refunds: [],
    created_at: new Date().toISOString(),
  };
  shop.book.put(order);
  sendJson(res, 201, orderDocument(order));
}

/** GET /api/v2/orders/:ref */
export function showOrder(shop: Shop, { res, params }: ShopRequest): void {
  sendJson(res, 200, orderDocument(findOrder(shop, params.ref!)));
}

/** POST /api/v2/orders/:ref/payment-session: what Unified Checkout needs to take the order's payment. */
export async function openPaymentSession(shop: Shop, { res, params }: ShopRequest): Promise<void> {
  const order = findOrder(shop, params.ref!);
  if (order.payment.state !== 'requires_payment' && order.payment.state !== 'declined')
    throw new ApiError(409, `order ${order.ref} is already ${order.status}`);
  if (order.payment.state === 'declined') {
    // A refused payment is over (OwnGateway confirms it again only within the same checkout session, as a
    // manual retry): a customer who comes back to pay gets a fresh payment for the same order.
    const payment = await newPayment(shop, order.ref, order.total_minor, order.currency);
    order.payment = { id: payment.payment_id, client_secret: payment.client_secret ?? '', state: 'requires_payment', captured_minor: 0 };
    order.status = 'awaiting_payment';
    shop.book.put(order);
  }
  sendJson(res, 200, { client_secret: order.payment.client_secret, return_url: `${shop.origin}/receipt?ref=${order.ref}` });
}

/** POST /api/v2/orders/:ref/ship: captures the full total, or part of it for a partial shipment. */
export async function shipOrder(shop: Shop, { req, res, params }: ShopRequest): Promise<void> {
  const order = findOrder(shop, params.ref!);
  const parsed = ShipRequest.safeParse((await jsonBody(req)) ?? {});
  if (!parsed.success) throw new ApiError(400, z.prettifyError(parsed.error));
  if (order.payment.state !== 'authorised') throw new ApiError(409, `order ${order.ref}: only an authorised order ships (payment is ${order.payment.state})`);
  const part = parsed.data.amount_minor;
  if (part !== undefined && part > order.total_minor) throw new ApiError(400, `amount_minor: expected at most the order total ${order.total_minor}`);
  const payment = await shop.owngateway.capturePayment(order.payment.id, part);
  if (payment.status === 'partially_captured' && part !== undefined && payment.amount_received === part && payment.currency === order.currency) {
    // Our own decision to ship less: what was captured is what left the warehouse.
    order.payment.state = 'partially_captured';
    order.payment.captured_minor = part;
    ship(order, part, false);
    shop.book.put(order);
  } else await follow(shop, order, payment);
  sendJson(res, 200, orderDocument(order));
}
