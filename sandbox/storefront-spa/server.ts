import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { z } from 'zod';
import { OutgoingWebhook, type PaymentsResponse, type RefundResponse } from '../../helpers/schemas/index.ts';
import { OUTGOING_WEBHOOK_SIGNATURE_HEADER, verifyOutgoingWebhookSignature } from '../../helpers/signatures/outgoing-webhook.ts';
import { verifyReturnUrlSignature } from '../../helpers/signatures/return-url.ts';
import { listen, readBody, sendHtml, sendJson } from '../http/json-server.ts';
import { StorefrontOptions } from '../storefront/server.ts';
import { storeById, stores } from './catalogue.ts';
import { SpaDefect } from './defects.ts';
import { OrderBook, orderDocument, type BookedOrder } from './order-book.ts';
import { OwnGatewayUnavailable, ownGateway } from './owngateway.ts';
import { shell, type Receipt } from './shell.ts';

// "Atelier Nord", a single-page shop: one HTML shell and a browser module, a JSON API under
// /api/v2, orders authorised at checkout and captured when they ship, OwnGateway webhooks at
// /hooks/payments/owngateway. Knows nothing of golive; the seeded defects are its own mistakes.

export const SpaStorefrontOptions = StorefrontOptions.extend({
  defects: z.array(SpaDefect).default([]),
  /** The OwnGateway URL the customer's browser uses, when the server reaches OwnGateway another way (a proxy); gatewayUrl by default. */
  publicGatewayUrl: z.url().optional(),
});
export type SpaStorefrontOptions = z.input<typeof SpaStorefrontOptions>;

export interface StartedSpaStorefront {
  url: string;
  webhookUrl: string;
  port: number;
  stop(): Promise<void>;
}

export const SPA_WEBHOOK_PATH = '/hooks/payments/owngateway';
/** Where the sdk-self-hosted defect keeps its copy of Unified Checkout. */
const SELF_HOSTED_SDK = '/vendor/owngateway';

const PUBLIC_DIR = join(import.meta.dirname, 'public');
const ASSETS: Record<string, { file: string; type: string }> = {
  '/static/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/static/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};
// Views the browser module routes itself (history API); the server answers each with the shell.
const VIEW = /^\/(?:shop\/[a-z]{2}|basket|pay\/[A-Z0-9-]+)?$/;

/** The browser-side flags of the seeded mistakes (the server-side ones never leave the server). */
const BROWSER_DEFECTS: readonly SpaDefect[] = ['no-error-on-decline', 'pay-button-below-fold', 'pay-button-low-contrast', 'ignore-styling'];

const OrderRequest = z.object({
  store: z.string(),
  currency: z.string().optional(),
  lines: z
    .array(z.object({ code: z.string(), qty: z.number().int().min(1).max(20), price: z.union([z.number(), z.string()]).optional() }))
    .min(1, 'expected at least one basket line'),
});
const ShipRequest = z.object({ amount_minor: z.number().int().positive().optional() });

class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** Where the shop's deployment keeps its secret key, relative to its data folder. */
export const SPA_SECRET_KEY_FILE = '.env.production';

/**
 * The secret key's one home: the deployment's `.env.production`, owner-readable only. The defect is
 * the process-manager file someone pasted the environment into as well.
 */
function keepSecretKey(dataDir: string, secretKey: string, alsoInProcessFile: boolean): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, SPA_SECRET_KEY_FILE), `OWNGATEWAY_SECRET_KEY=${secretKey}\n`, { mode: 0o600 });
  if (alsoInProcessFile) {
    writeFileSync(
      join(dataDir, 'ecosystem.config.json'),
      JSON.stringify({ apps: [{ name: 'atelier-nord', script: 'server.js', env: { NODE_ENV: 'production', OWNGATEWAY_SECRET_KEY: secretKey } }] }, null, 2),
    );
  }
}

export async function startSpaStorefront(input: SpaStorefrontOptions): Promise<StartedSpaStorefront> {
  const options = SpaStorefrontOptions.parse(input);
  const seeded = new Set(options.defects);
  keepSecretKey(options.dataDir, options.apiKey, seeded.has('secret-key-in-two-places'));
  // The defect: the deployment's public settings still name the OwnGateway the shop was developed against.
  if (seeded.has('dev-gateway-url-in-build')) writeFileSync(join(options.dataDir, 'public.env'), 'PUBLIC_OWNGATEWAY_URL=http://127.0.0.1:8080\n');
  const book = new OrderBook(options.dataDir);
  const owngateway = ownGateway(options.gatewayUrl, options.apiKey);
  const assets = new Map(Object.entries(ASSETS).map(([path, { file, type }]) => [path, { body: readFileSync(join(PUBLIC_DIR, file)), type }]));
  let origin = '';

  // ---- payments: the only place an order's payment state changes -------------------------------

  /** The warehouse's booking call, which the fulfilment-race defect awaits between its check and its shipment. */
  const warehouseCall = () =>
    new Promise<void>((resolve) => {
      setTimeout(resolve, 500).unref();
    });

  function ship(order: BookedOrder, capturedMinor: number, again: boolean): void {
    if (order.shipments.length && !again) return;
    order.shipments.push({ id: `shp_${randomBytes(5).toString('hex')}`, dispatched_at: new Date().toISOString(), captured_minor: capturedMinor });
    order.status = 'shipped';
  }

  /** Does this payment, as OwnGateway reports it, belong to the order and cover exactly its total? */
  function coversOrder(order: BookedOrder, payment: PaymentsResponse): boolean {
    if (seeded.has('skip-amount-check')) return true;
    const currencyMatches = seeded.has('currency-not-compared') || payment.currency === order.currency;
    return currencyMatches && payment.amount === order.total_minor;
  }

  /** Follows what OwnGateway says of the order's payment; `fromWebhook` lets the idempotency defect in. */
  async function follow(order: BookedOrder, payment: PaymentsResponse, fromWebhook = false): Promise<void> {
    if (seeded.has('cancel-order-on-gateway-error') && order.status === 'cancelled') return;
    if (payment.payment_id !== order.payment.id) return;
    // The defect: "not shipped yet?" is asked, the warehouse call awaited, and the shipment booked regardless of what happened meanwhile.
    if (
      seeded.has('fulfilment-race') &&
      payment.status === 'succeeded' &&
      !order.shipments.length &&
      coversOrder(order, payment) &&
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
        if (coversOrder(order, payment) && (state === 'requires_payment' || state === 'declined')) {
          order.payment.state = 'authorised';
          order.status = 'authorised';
        }
        break;
      case 'succeeded':
        if (coversOrder(order, payment) && (seeded.has('skip-amount-check') || payment.amount_received === order.total_minor)) {
          order.payment.state = 'captured';
          order.payment.captured_minor = payment.amount_received ?? payment.amount;
          ship(order, order.payment.captured_minor, again);
        }
        break;
      case 'partially_captured':
        // Captured in part somewhere else (not by our own shipping): keep the parcel until someone looks.
        if (seeded.has('skip-amount-check')) ship(order, payment.amount_received ?? 0, again);
        else if (coversOrder(order, payment)) {
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

  function followRefund(order: BookedOrder, refund: RefundResponse): void {
    if (refund.status !== 'succeeded' || refund.payment_id !== order.payment.id) return;
    if (order.refunds.some((r) => r.id === refund.refund_id)) return;
    order.refunds.push({ id: refund.refund_id, amount_minor: refund.amount });
    book.put(order);
  }

  // ---- the API the browser module talks to ------------------------------------------------------

  async function placeOrder(body: unknown): Promise<unknown> {
    const parsed = OrderRequest.safeParse(body);
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
    const payment = await newPayment(ref, total, currency);
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
    book.put(order);
    return orderDocument(order);
  }

  function newPayment(ref: string, total: number, currency: string): Promise<PaymentsResponse> {
    return owngateway.createPayment({
      amount: total,
      currency,
      capture_method: 'manual',
      authentication_type: 'three_ds',
      customer_id: `atelier_${ref}`,
      ...(options.requestExternalThreeDs ? { request_external_three_ds_authentication: true } : {}),
      return_url: `${origin}/receipt?ref=${ref}`,
      metadata: { order_ref: ref },
      description: `Atelier Nord ${ref}`,
    });
  }

  async function paymentSession(order: BookedOrder): Promise<unknown> {
    if (order.payment.state !== 'requires_payment' && order.payment.state !== 'declined')
      throw new ApiError(409, `order ${order.ref} is already ${order.status}`);
    if (order.payment.state === 'declined') {
      // A refused payment is over (OwnGateway confirms it again only within the same checkout session, as a
      // manual retry): a customer who comes back to pay gets a fresh payment for the same order.
      const payment = await newPayment(order.ref, order.total_minor, order.currency);
      order.payment = { id: payment.payment_id, client_secret: payment.client_secret ?? '', state: 'requires_payment', captured_minor: 0 };
      order.status = 'awaiting_payment';
      book.put(order);
    }
    return { client_secret: order.payment.client_secret, return_url: `${origin}/receipt?ref=${order.ref}` };
  }

  /** Ships an authorised order: captures the full total, or part of it for a partial shipment. */
  async function shipOrder(order: BookedOrder, body: unknown): Promise<unknown> {
    const parsed = ShipRequest.safeParse(body ?? {});
    if (!parsed.success) throw new ApiError(400, z.prettifyError(parsed.error));
    if (order.payment.state !== 'authorised') throw new ApiError(409, `order ${order.ref}: only an authorised order ships (payment is ${order.payment.state})`);
    const part = parsed.data.amount_minor;
    if (part !== undefined && part > order.total_minor) throw new ApiError(400, `amount_minor: expected at most the order total ${order.total_minor}`);
    const payment = await owngateway.capturePayment(order.payment.id, part);
    if (payment.status === 'partially_captured' && part !== undefined && payment.amount_received === part && payment.currency === order.currency) {
      // Our own decision to ship less: what was captured is what left the warehouse.
      order.payment.state = 'partially_captured';
      order.payment.captured_minor = part;
      ship(order, part, false);
      book.put(order);
    } else await follow(order, payment);
    return orderDocument(order);
  }

  // ---- where OwnGateway sends the customer back: verified here, before the shell renders -------

  async function receipt(url: URL): Promise<{ status: number; receipt: Receipt }> {
    const ref = url.searchParams.get('ref') ?? '';
    const order = book.find(ref);
    if (!order) return { status: 404, receipt: { ref, verdict: 'rejected', message: 'We could not find this order.' } };
    const verdictOf = (o: BookedOrder): Receipt['verdict'] =>
      o.payment.state === 'authorised' || o.payment.state === 'captured' || o.status === 'shipped'
        ? 'confirmed'
        : o.payment.state === 'requires_payment'
          ? 'pending'
          : 'declined';
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
    if (seeded.has('amount-from-return-url')) return receiptFromUrlAmount(order, url, verdictOf);
    if (url.searchParams.has('signature') || url.searchParams.has('signature_algorithm')) {
      const verdict = verifyReturnUrlSignature(url, options.paymentResponseHashKey);
      if (!verdict.valid)
        return { status: 400, receipt: { ref, verdict: 'rejected', message: `This payment confirmation could not be verified (${verdict.reason}).` } };
    }
    const named = url.searchParams.get('payment_id');
    if (named && named !== order.payment.id)
      return { status: 400, receipt: { ref, verdict: 'rejected', message: 'This payment confirmation is for a different order.' } };
    // The defect: the receipt waits for the webhook and never asks OwnGateway itself.
    if (seeded.has('no-reconciliation'))
      return { status: 200, receipt: { ref, verdict: verdictOf(order), message: 'We will email you once the payment is confirmed.' } };
    let payment: PaymentsResponse;
    try {
      payment = await owngateway.retrievePayment(order.payment.id);
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
    await follow(order, payment);
    return {
      status: 200,
      receipt: { ref, verdict: verdictOf(order), message: payment.status === 'failed' ? (payment.error_message ?? 'The payment was declined.') : '' },
    };
  }

  /** The defect: the payment the URL names, compared with the URL's amount; the order's own total is never looked at. */
  async function receiptFromUrlAmount(
    order: BookedOrder,
    url: URL,
    verdictOf: (o: BookedOrder) => Receipt['verdict'],
  ): Promise<{ status: number; receipt: Receipt }> {
    const payment = await owngateway.retrievePayment(url.searchParams.get('payment_id') ?? order.payment.id);
    const okStatus = payment.status === 'succeeded' || payment.status === 'requires_capture';
    if (okStatus && String(payment.amount) === (url.searchParams.get('amount') ?? String(order.total_minor))) {
      if (order.payment.state === 'requires_payment') {
        order.payment.state = 'authorised';
        order.status = 'authorised';
      }
      book.put(order);
    } else await follow(order, payment.payment_id === order.payment.id ? payment : await owngateway.retrievePayment(order.payment.id));
    return { status: 200, receipt: { ref: order.ref, verdict: verdictOf(order), message: '' } };
  }

  // ---- OwnGateway webhooks ------------------------------------------------------------------------

  /** The sdk-self-hosted defect's copy of the loader, taken from OwnGateway's CDN once. */
  let loaderCopy: string | null = null;

  const jobs: string[] = [];
  let worker: NodeJS.Timeout | null = null;

  async function hook(req: IncomingMessage, raw: string, res: ServerResponse): Promise<void> {
    if (seeded.has('webhook-endpoint-errors')) {
      // The defect: written against another provider's payload; OwnGateway's has no data.object.
      const stripeShaped = JSON.parse(raw) as { data: { object: { id: string } } };
      void stripeShaped.data.object.id;
    }
    if (seeded.has('queued-webhook-without-signature')) {
      jobs.push(raw);
      worker ??= setInterval(() => {
        const job = jobs.shift();
        if (job !== undefined) void apply(job, true);
      }, 300).unref();
      return sendJson(res, 202, { accepted: true });
    }
    const header = req.headers[OUTGOING_WEBHOOK_SIGNATURE_HEADER];
    // The defect: a JSON body parser ran first, so the HMAC is taken over its re-serialisation.
    const signedBytes = seeded.has('webhook-signature-over-reserialised-json') ? safeRestringify(raw) : raw;
    if (
      !seeded.has('webhook-without-signature') &&
      !verifyOutgoingWebhookSignature(signedBytes, typeof header === 'string' ? header : undefined, options.paymentResponseHashKey)
    ) {
      return sendJson(res, 401, { error: { code: 'bad_signature', message: 'X-Webhook-Signature-512 does not match' } });
    }
    const outcome = await apply(raw, !seeded.has('webhook-not-idempotent'));
    if (outcome === 'unreadable') return sendJson(res, 400, { error: { code: 'bad_payload', message: 'not an OwnGateway webhook' } });
    sendJson(res, 200, { ok: true, outcome });
  }

  async function apply(raw: string, dedupe = true): Promise<'unreadable' | 'seen' | 'done'> {
    let webhook: OutgoingWebhook;
    try {
      webhook = OutgoingWebhook.parse(JSON.parse(raw));
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
      } else if (order) await follow(order, content.object, true);
    } else if (!seeded.has('ignore-refund-webhooks')) {
      const order = book.findByPayment(content.object.payment_id);
      if (order) followRefund(order, content.object);
    }
    return 'done';
  }

  // ---- routing --------------------------------------------------------------------------------------

  function envModule(): string {
    const env: Record<string, unknown> = {
      // The defect: HyperLoader.js from a copy on this host.
      publishableKey: options.publishableKey,
      sdkUrl: seeded.has('sdk-self-hosted') ? `${origin}${SELF_HOSTED_SDK}` : options.sdkUrl,
      gatewayUrl: options.publicGatewayUrl ?? options.gatewayUrl,
      appearance: options.appearance,
      flags: options.defects.filter((d) => BROWSER_DEFECTS.includes(d)),
    };
    // The defect: the bundler was told to inline every OWNGATEWAY_* variable, not only the public ones.
    if (seeded.has('secret-key-in-bundle')) env.OWNGATEWAY_SECRET_KEY = options.apiKey;
    return `// generated at deploy time\nexport default ${JSON.stringify(env)};\n`;
  }

  /** Its own module and OwnGateway's loader, OwnGateway's frames from the CDN, and the loader's calls to OwnGateway's API. */
  function shellPolicy(): string {
    const cdn = new URL(options.sdkUrl).origin;
    const api = new URL(options.publicGatewayUrl ?? options.gatewayUrl).origin;
    // The defect: the CDN was added where the loader failed (script-src) and nowhere else.
    const frames = seeded.has('csp-blocks-sdk-frames') ? "'self'" : cdn;
    return `script-src 'self' ${cdn}; frame-src ${frames}; connect-src 'self' ${api}`;
  }

  async function jsonBody(req: IncomingMessage): Promise<unknown> {
    const text = await readBody(req);
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw new ApiError(400, 'expected a JSON body');
    }
  }

  const orderOr404 = (ref: string) => {
    const order = book.find(decodeURIComponent(ref));
    if (!order) throw new ApiError(404, `order ${ref} not found`);
    return order;
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const asset = assets.get(path);
    if (method === 'GET' && asset) {
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
      return void res.end(asset.body);
    }
    if (method === 'GET' && path === `${SELF_HOSTED_SDK}/HyperLoader.js` && seeded.has('sdk-self-hosted')) {
      loaderCopy ??= await (await fetch(`${options.sdkUrl.replace(/\/$/, '')}/HyperLoader.js`, { signal: AbortSignal.timeout(5000) })).text();
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      return void res.end(loaderCopy);
    }
    if (method === 'GET' && path === '/static/env.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end(envModule());
    }
    if (method === 'GET' && VIEW.test(path)) return sendHtml(res, 200, shell(shellPolicy()));
    if (method === 'GET' && path === '/receipt') {
      const { status, receipt: verdict } = await receipt(url);
      return sendHtml(res, status, shell(shellPolicy(), verdict));
    }
    if (method === 'POST' && path === SPA_WEBHOOK_PATH) return hook(req, await readBody(req), res);
    if (path.startsWith('/api/v2/')) return api(method, path.slice('/api/v2'.length), req, res);
    sendHtml(res, 404, shell(shellPolicy()));
  }

  async function api(method: string, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const storeItems = /^\/stores\/([a-z]{2})\/items$/.exec(path);
    if (method === 'GET' && storeItems) {
      const store = storeById(storeItems[1]!);
      if (!store) throw new ApiError(404, `store ${storeItems[1]} not found`);
      return sendJson(res, 200, {
        store: { id: store.id, label: store.label, currency: store.currency },
        items: store.items,
        stores: stores.map((s) => ({ id: s.id, label: s.label })),
      });
    }
    if (method === 'POST' && path === '/orders') return sendJson(res, 201, await placeOrder(await jsonBody(req)));
    const one = /^\/orders\/([^/]+)(\/payment-session|\/ship)?$/.exec(path);
    if (one) {
      const order = orderOr404(one[1]!);
      if (method === 'GET' && !one[2]) return sendJson(res, 200, orderDocument(order));
      if (method === 'POST' && one[2] === '/payment-session') return sendJson(res, 200, await paymentSession(order));
      if (method === 'POST' && one[2] === '/ship') return sendJson(res, 200, await shipOrder(order, await jsonBody(req)));
    }
    throw new ApiError(404, `no API route ${method} /api/v2${path}`);
  }

  const listening = await listen(
    (req, res) => {
      route(req, res).catch((error: unknown) => {
        if (res.headersSent) return void res.end();
        if (error instanceof ApiError) return sendJson(res, error.status, { error: { message: error.message } });
        if (error instanceof OwnGatewayUnavailable)
          return sendJson(res, 502, { error: { message: 'the payment provider is not answering; please try again' } });
        sendJson(res, 500, { error: { message: 'internal error' } });
      });
    },
    options.host,
    options.port,
  );
  origin = listening.url;
  return {
    url: listening.url,
    webhookUrl: `${listening.url}${SPA_WEBHOOK_PATH}`,
    port: listening.port,
    stop: async () => {
      if (worker) clearInterval(worker);
      await listening.stop();
    },
  };
}

function safeRestringify(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw));
  } catch {
    return raw;
  }
}
