import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { OwnGatewayClient, OwnGatewayError } from './owngateway/client.ts';
import { Payment, Webhook } from './owngateway/schemas.ts';
import { isGenuineWebhook, verifyRedirect, WEBHOOK_SIGNATURE_HEADER } from './owngateway/signatures.ts';
import { listen, readBody, sendHtml, sendJson } from '../http/json-server.ts';
import { CATALOGUE_CURRENCY, productBySku, products } from './catalogue.ts';
import { checkoutScript } from './checkout-script.ts';
import { StorefrontDefect } from './defects.ts';
import { frontEndBuild, writeDeployment } from './deployment.ts';
import { OrderStore, type Order } from './order-store.ts';
import { cartPage, checkoutPage, productListPage, resultPage } from './pages.ts';

export const StorefrontOptions = z.object({
  gatewayUrl: z.url(),
  sdkUrl: z.url(),
  apiKey: z.string().min(1),
  publishableKey: z.string().min(1),
  paymentResponseHashKey: z.string().min(1),
  dataDir: z.string().min(1),
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(0),
  appearance: z
    .record(z.string(), z.unknown())
    .default({ theme: 'default', variables: { colorPrimary: '#0b57d0', borderRadius: '8px', fontFamily: 'system-ui, sans-serif' } }),
  defects: z.array(StorefrontDefect).default([]),
  /** Ask OwnGateway for 3DS through its authentication connector (in page, in the SDK's overlay) rather than the processor's redirect. */
  requestExternalThreeDs: z.boolean().default(false),
});
export type StorefrontOptions = z.input<typeof StorefrontOptions>;

export interface StartedStorefront {
  url: string;
  webhookUrl: string;
  port: number;
  stop(): Promise<void>;
}

/** Where the sdk-self-hosted defect serves its copy of the loader. */
const SELF_HOSTED_LOADER = '/vendor/owngateway/HyperLoader.js';

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** The reference merchant: the correct OwnGateway integration, with switchable seeded defects. */
export async function startStorefront(input: StorefrontOptions): Promise<StartedStorefront> {
  const options = StorefrontOptions.parse(input);
  const defects = new Set(options.defects);
  const store = new OrderStore(options.dataDir);
  const frontEnd = frontEndBuild(
    checkoutScript({
      showDeclines: !defects.has('no-error-on-decline'),
      leakedSecretKey: defects.has('secret-key-in-bundle') ? options.apiKey : null,
      guardDoubleSubmit: !defects.has('no-double-submit-guard'),
    }),
    defects,
    options.apiKey,
  );
  writeDeployment(options.dataDir, { apiKey: options.apiKey, gatewayUrl: options.gatewayUrl, frontEnd, defects });
  const carts = new Map<string, Map<string, number>>();
  let baseUrl = '';

  const owngateway = new OwnGatewayClient(options.gatewayUrl, options.apiKey);

  /** The one rule for fulfilment: the gateway says succeeded, for exactly this order's amount and currency. */
  function paymentFulfilsOrder(order: Order, payment: Payment): boolean {
    if (payment.payment_id !== order.payment_id) return false;
    // The defect: "the money came in", whatever was actually captured.
    if (defects.has('skip-amount-check')) return payment.status === 'succeeded' || payment.status === 'partially_captured';
    if (payment.status !== 'succeeded') return false;
    // The defect: the digits match, so the money must be right (1850 JPY is not 18.50 USD).
    const sameCurrency = defects.has('currency-not-compared') || payment.currency === order.currency;
    return sameCurrency && payment.amount === order.amount && (payment.amount_received ?? 0) === order.amount;
  }

  function fulfil(order: Order, idempotent: boolean): void {
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

  async function followPayment(order: Order, payment: Payment, idempotent = true): Promise<void> {
    // The defect: an order cancelled on a gateway error is closed; news of its payment is ignored.
    if (defects.has('cancel-order-on-gateway-error') && order.status === 'cancelled') return;
    if (paymentFulfilsOrder(order, payment)) {
      // The defect: "released yet?" is asked before an await and the release recorded after it, as if nothing could happen in between.
      if (defects.has('fulfilment-race') && !order.fulfilled) {
        await bookWarehouse();
        fulfil(order, false);
      } else fulfil(order, idempotent);
    } else if (payment.payment_id === order.payment_id && !order.fulfilled) {
      if (payment.status === 'requires_capture') order.status = 'authorized';
      else if (payment.status === 'failed') order.status = 'failed';
      else if (payment.status === 'cancelled') order.status = 'cancelled';
    }
    store.save(order);
  }

  function cartId(req: IncomingMessage, res: ServerResponse): string {
    const existing = /(?:^|;\s*)cart=([a-f0-9]{16})/.exec(req.headers.cookie ?? '')?.[1];
    if (existing) return existing;
    const id = randomBytes(8).toString('hex');
    res.setHeader('set-cookie', `cart=${id}; Path=/; HttpOnly; SameSite=Lax`);
    return id;
  }

  const seeOther = (res: ServerResponse, location: string) => {
    res.writeHead(303, { location });
    res.end();
  };

  /** One payment attempt for an order; a new one when the last was refused for good (OwnGateway does not confirm a failed payment again). */
  function createPayment(orderId: string, amount: number, currency: string, captureMethod: Order['capture_method']): Promise<Payment> {
    return owngateway.createPayment({
      amount,
      currency,
      capture_method: captureMethod,
      authentication_type: 'three_ds',
      customer_id: `cus_${orderId}`,
      ...(options.requestExternalThreeDs ? { request_external_three_ds_authentication: true } : {}),
      return_url: `${baseUrl}/checkout/return?order=${orderId}`,
      metadata: { order_id: orderId },
      description: `Golive Outfitters order ${orderId}`,
    });
  }

  async function createOrder(req: IncomingMessage, res: ServerResponse, form: URLSearchParams): Promise<void> {
    const cart = carts.get(cartId(req, res)) ?? new Map<string, number>();
    const lines = [...cart].flatMap(([sku, quantity]) => {
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
    const payment = await createPayment(orderId, amount, currency, captureMethod);
    const now = new Date().toISOString();
    store.save({
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
    carts.delete(cartId(req, res));
    seeOther(res, `/checkout/${orderId}`);
  }

  async function handleReturn(url: URL, res: ServerResponse): Promise<void> {
    const order = store.get(url.searchParams.get('order') ?? '');
    if (!order) return sendHtml(res, 404, resultPage(undefined, { ok: false, message: 'We could not find this order.' }));
    if (defects.has('trust-return-url-status')) {
      if (url.searchParams.get('status') === 'succeeded') {
        fulfil(order, true);
        store.save(order);
      }
      return sendHtml(res, 200, resultPage(order, { ok: order.fulfilled, message: order.fulfilled ? 'Payment received.' : 'Payment not completed.' }));
    }
    if (defects.has('amount-from-return-url')) return acceptPaymentNamedInUrl(order, url, res);
    // A signed redirect (after 3DS) must verify; an unsigned one (the SDK's own) is only a hint.
    if (url.searchParams.has('signature') || url.searchParams.has('signature_algorithm')) {
      const verdict = verifyRedirect(url, options.paymentResponseHashKey);
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
      return sendHtml(
        res,
        200,
        resultPage(order, { checking: true, message: 'Thank you! We are confirming your payment and will email you as soon as it is through.' }),
      );
    }
    let payment: Payment;
    try {
      payment = await owngateway.retrievePayment(order.payment_id, { forceSync: true });
    } catch (error) {
      if (!(error instanceof OwnGatewayError)) throw error;
      if (defects.has('cancel-order-on-gateway-error')) {
        order.status = 'cancelled';
        store.save(order);
        return sendHtml(res, 200, resultPage(order, { ok: false, message: 'Your payment could not be completed and the order was cancelled.' }));
      }
      // The payment may well have succeeded: leave the order as it is; the webhook or a later check settles it.
      return sendHtml(
        res,
        200,
        resultPage(order, {
          checking: true,
          message:
            'We could not confirm your payment with our payment provider yet. If it went through, your order is confirmed by email shortly; you will not be charged twice.',
        }),
      );
    }
    await followPayment(order, payment);
    // A bank debit is still with the bank: neither thanks nor failure; the webhook releases the order once it settles.
    if (payment.status === 'processing' && !order.fulfilled) {
      return sendHtml(
        res,
        200,
        resultPage(order, {
          checking: true,
          message:
            'Your payment is being processed by your bank. Your order is confirmed by email as soon as the bank confirms the payment; you will not be charged twice.',
        }),
      );
    }
    const ok = order.fulfilled || order.status === 'authorized';
    return sendHtml(
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
  }

  /**
   * The defect: the payment the URL names is fetched and compared with the amount in the URL, so a
   * cheap payment's return URL, pointed at an expensive order, pays for it.
   */
  async function acceptPaymentNamedInUrl(order: Order, url: URL, res: ServerResponse): Promise<void> {
    const named = url.searchParams.get('payment_id') ?? order.payment_id;
    const payment = await owngateway.retrievePayment(named, { forceSync: false });
    if (payment.status === 'succeeded' && String(payment.amount) === (url.searchParams.get('amount') ?? String(order.amount))) {
      fulfil(order, true);
      store.save(order);
    } else {
      await followPayment(order, payment.payment_id === order.payment_id ? payment : await owngateway.retrievePayment(order.payment_id, { forceSync: false }));
    }
    return sendHtml(
      res,
      200,
      resultPage(order, { ok: order.fulfilled || order.status === 'authorized', message: order.fulfilled ? 'Payment received.' : 'Payment not completed.' }),
    );
  }

  /**
   * The checkout page's policy: its own scripts and OwnGateway's loader, OwnGateway's frames (the card
   * form, the 3DS overlay), and the loader's own calls to OwnGateway's API (its origin, as no customBackendUrl is set).
   */
  function checkoutPagePolicy(): string {
    const owngateway = new URL(options.sdkUrl).origin;
    // The defect: the frames were left at 'self' when the policy was written for the shop's own pages.
    const frames = defects.has('csp-blocks-sdk-frames') ? "'self'" : owngateway;
    return `script-src 'self' ${owngateway}; frame-src ${frames}; connect-src 'self' ${owngateway}`;
  }

  /** The defect's copy of the loader, taken from OwnGateway once and served from this host. */
  let loaderCopy: string | null = null;
  async function serveLoaderCopy(res: ServerResponse): Promise<void> {
    loaderCopy ??= await (await fetch(`${options.sdkUrl}/HyperLoader.js`, { signal: AbortSignal.timeout(5000) })).text();
    res.writeHead(200, { 'content-type': 'application/javascript; charset=utf-8' });
    res.end(loaderCopy);
  }

  function reserialised(rawBody: string): string {
    try {
      return JSON.stringify(JSON.parse(rawBody));
    } catch {
      return rawBody;
    }
  }

  const webhookQueue: (() => void)[] = [];
  async function handleWebhook(req: IncomingMessage, rawBody: string, res: ServerResponse): Promise<void> {
    // The defect: a crash on OwnGateway's body, so every delivery is answered 500.
    if (defects.has('webhook-endpoint-errors')) return sendJson(res, 500, { error: 'internal error' });
    // The defect: acknowledged at once, applied a second later from a queue, and never verified.
    if (defects.has('queued-webhook-without-signature')) {
      webhookQueue.push(() => void applyWebhook(rawBody));
      setTimeout(() => webhookQueue.shift()?.(), 1000).unref();
      return sendJson(res, 202, { queued: true });
    }
    const signature = req.headers[WEBHOOK_SIGNATURE_HEADER];
    // The defect: the body is parsed and written again before the HMAC, so other bytes are what is verified.
    const signed = defects.has('webhook-signature-over-reserialised-json') ? reserialised(rawBody) : rawBody;
    if (
      !defects.has('webhook-without-signature') &&
      !isGenuineWebhook(signed, typeof signature === 'string' ? signature : undefined, options.paymentResponseHashKey)
    ) {
      return sendJson(res, 401, { error: 'invalid signature' });
    }
    const outcome = await applyWebhook(rawBody);
    if (outcome === 'malformed') return sendJson(res, 400, { error: 'unexpected webhook body' });
    sendJson(res, 200, outcome === 'duplicate' ? { duplicate: true } : { received: true });
  }

  async function applyWebhook(rawBody: string): Promise<'malformed' | 'duplicate' | 'applied'> {
    let webhook: Webhook;
    try {
      webhook = Webhook.parse(JSON.parse(rawBody));
    } catch {
      return 'malformed';
    }
    const idempotent = !defects.has('webhook-not-idempotent');
    if (idempotent && !store.markEventProcessed(webhook.event_id)) return 'duplicate';
    if (webhook.content.type === 'payment_details') {
      const order = store.byPaymentId(webhook.content.object.payment_id);
      // The defect: the event's status is the order's newest, whenever the event was sent (a retried payment_processing after payment_succeeded).
      if (order && defects.has('stale-event-regresses-order') && webhook.content.object.status === 'processing') {
        order.status = 'pending';
        store.save(order);
      } else if (order) await followPayment(order, webhook.content.object, idempotent);
    } else {
      const refund = webhook.content.object;
      const order = store.byPaymentId(refund.payment_id);
      if (order && refund.status === 'succeeded' && !defects.has('ignore-refund-webhooks')) {
        order.refunded_amount += refund.amount;
        order.status = order.refunded_amount >= order.fulfilled_amount ? 'refunded' : 'partially_refunded';
        store.save(order);
      }
    }
    return 'applied';
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';
    const path = url.pathname;
    if (method === 'GET' && path === '/') return sendHtml(res, 200, productListPage(products, CATALOGUE_CURRENCY));
    if (method === 'POST' && path === '/cart/add') {
      const form = new URLSearchParams(await readBody(req));
      const sku = form.get('sku') ?? '';
      if (!productBySku(sku)) throw new HttpError(400, `sku: expected one of ${products.map((p) => p.sku).join(', ')}`);
      const id = cartId(req, res);
      const cart = carts.get(id) ?? new Map<string, number>();
      cart.set(sku, (cart.get(sku) ?? 0) + 1);
      carts.set(id, cart);
      return seeOther(res, '/cart');
    }
    if (method === 'GET' && path === '/cart') {
      const cart = carts.get(cartId(req, res)) ?? new Map<string, number>();
      return sendHtml(
        res,
        200,
        cartPage(
          [...cart].map(([sku, quantity]) => ({ product: productBySku(sku)!, quantity })),
          CATALOGUE_CURRENCY,
        ),
      );
    }
    if (method === 'POST' && path === '/checkout') return createOrder(req, res, new URLSearchParams(await readBody(req)));
    if (method === 'GET' && path === '/checkout/return') return handleReturn(url, res);
    if (method === 'GET' && path.startsWith('/checkout/')) {
      const order = store.get(path.slice('/checkout/'.length));
      if (!order) throw new HttpError(404, 'order not found');
      if (order.fulfilled) return sendHtml(res, 200, resultPage(order, { ok: true, message: 'This order is already paid.' }));
      if (order.status === 'failed') {
        // The customer tries again after a refusal (a bank that said no on its own page): a fresh payment for the same order.
        const payment = await createPayment(order.id, order.amount, order.currency, order.capture_method);
        Object.assign(order, { payment_id: payment.payment_id, client_secret: payment.client_secret ?? '', status: 'pending' });
        store.save(order);
      }
      res.setHeader('content-security-policy', checkoutPagePolicy());
      const payButtonStyle = [
        defects.has('pay-button-below-fold') ? 'margin-top:1400px' : '',
        defects.has('pay-button-low-contrast') ? 'background:#c9d7ee;color:#ffffff' : '',
      ]
        .filter(Boolean)
        .join(';');
      return sendHtml(
        res,
        200,
        checkoutPage({
          // The defect: the loader comes from a copy on this host (HyperLoader.js is appended to the base).
          order,
          sdkUrl: defects.has('sdk-self-hosted') ? `${baseUrl}${SELF_HOSTED_LOADER.replace(/\/HyperLoader\.js$/, '')}` : options.sdkUrl,
          payButtonStyle,
          data: {
            publishableKey: options.publishableKey,
            clientSecret: order.client_secret,
            orderId: order.id,
            returnUrl: `${baseUrl}/checkout/return?order=${order.id}`,
            appearance: defects.has('ignore-styling') ? {} : options.appearance,
          },
        }),
      );
    }
    if (method === 'GET' && path === '/assets/checkout.js') {
      res.writeHead(200, { 'content-type': 'application/javascript; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end(frontEnd.script);
    }
    if (method === 'GET' && path === '/assets/checkout.js.map') return sendJson(res, 200, JSON.parse(frontEnd.sourceMap) as unknown);
    if (method === 'POST' && path === '/webhooks/owngateway') return handleWebhook(req, await readBody(req), res);
    if (method === 'GET' && path === SELF_HOSTED_LOADER && defects.has('sdk-self-hosted')) return serveLoaderCopy(res);
    if (method === 'GET' && path.startsWith('/api/orders/')) {
      const order = store.get(decodeURIComponent(path.slice('/api/orders/'.length)));
      if (!order) return sendJson(res, 404, { error: 'order not found' });
      const { client_secret: _secret, ...visible } = order;
      return sendJson(res, 200, visible);
    }
    throw new HttpError(404, 'not found');
  }

  const listening = await listen(
    (req, res) => {
      route(req, res).catch((error: unknown) => {
        if (res.headersSent) return void res.end();
        const status = error instanceof HttpError ? error.status : error instanceof OwnGatewayError ? (error.kind === 'unreachable' ? 504 : 502) : 500;
        const message = error instanceof HttpError || error instanceof OwnGatewayError ? error.message : 'Something went wrong on our side.';
        sendHtml(res, status, resultPage(undefined, { ok: false, message }));
      });
    },
    options.host,
    options.port,
  );
  baseUrl = listening.url;
  return { url: listening.url, webhookUrl: `${listening.url}/webhooks/owngateway`, port: listening.port, stop: listening.stop };
}
