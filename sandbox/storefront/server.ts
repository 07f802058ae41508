import type { IncomingMessage, ServerResponse } from 'node:http';
import { listen, sendHtml } from '../http/json-server.ts';
import { Router } from '../http/router.ts';
import { Carts } from './carts.ts';
import { checkoutScript } from './checkout-script.ts';
import { frontEndBuild, writeDeployment } from './deployment.ts';
import { HttpError } from './http-error.ts';
import { StorefrontOptions } from './options.ts';
import { OrderStore } from './order-store.ts';
import { OwnGatewayClient, OwnGatewayError } from './owngateway/client.ts';
import { resultPage } from './pages.ts';
import { SELF_HOSTED_LOADER_DIR, serveCheckoutScript, serveCheckoutSourceMap, serveLoaderCopy } from './routes/assets.ts';
import { addToCart, showCart } from './routes/cart.ts';
import { placeOrder, showCheckout } from './routes/checkout.ts';
import { showOrderJson } from './routes/orders-api.ts';
import { showProducts } from './routes/products.ts';
import { handleReturn } from './routes/return.ts';
import type { ShopHandler } from './routes/route.ts';
import { receiveWebhook } from './routes/webhooks.ts';
import type { Shop } from './shop.ts';

export { StorefrontOptions } from './options.ts';

export interface StartedStorefront {
  url: string;
  webhookUrl: string;
  port: number;
  stop(): Promise<void>;
}

const WEBHOOK_PATH = '/webhooks/owngateway';

/** The shop's pages and endpoints. A literal path is registered before a pattern that would also take it. */
function shopRoutes(shop: Shop): Router<ShopHandler> {
  const router = new Router<ShopHandler>()
    .get('/', showProducts)
    .post('/cart/add', addToCart)
    .get('/cart', showCart)
    .post('/checkout', placeOrder)
    .get('/checkout/return', handleReturn)
    .get('/checkout/*order', showCheckout)
    .get('/assets/checkout.js', serveCheckoutScript)
    .get('/assets/checkout.js.map', serveCheckoutSourceMap)
    .post(WEBHOOK_PATH, receiveWebhook)
    .get('/api/orders/*id', showOrderJson);
  if (shop.defects.has('sdk-self-hosted')) router.get(`${SELF_HOSTED_LOADER_DIR}/HyperLoader.js`, serveLoaderCopy);
  return router;
}

/**
 * The path's segments as they came, still percent-encoded, a trailing slash an empty last segment: the
 * shop has always matched its paths literally and read order ids raw (only the orders API decodes its id).
 */
function literalSegments(pathname: string): string[] {
  return pathname === '/' ? [] : pathname.slice(1).split('/');
}

/** The shop's error page: its own errors say what went wrong, anything unexpected is a plain 500. */
function sendErrorPage(res: ServerResponse, error: unknown): void {
  if (res.headersSent) return void res.end();
  const status = error instanceof HttpError ? error.status : error instanceof OwnGatewayError ? (error.kind === 'unreachable' ? 504 : 502) : 500;
  const message = error instanceof HttpError || error instanceof OwnGatewayError ? error.message : 'Something went wrong on our side.';
  sendHtml(res, status, resultPage(undefined, { ok: false, message }));
}

/** The reference merchant: the correct OwnGateway integration, with switchable seeded defects. */
export async function startStorefront(input: StorefrontOptions): Promise<StartedStorefront> {
  const config = StorefrontOptions.parse(input);
  const defects = new Set(config.defects);
  const frontEnd = frontEndBuild(
    checkoutScript({
      showDeclines: !defects.has('no-error-on-decline'),
      leakedSecretKey: defects.has('secret-key-in-bundle') ? config.apiKey : null,
      guardDoubleSubmit: !defects.has('no-double-submit-guard'),
    }),
    defects,
    config.apiKey,
  );
  writeDeployment(config.dataDir, { apiKey: config.apiKey, gatewayUrl: config.gatewayUrl, frontEnd, defects });
  const shop: Shop = {
    config,
    defects,
    orders: new OrderStore(config.dataDir),
    carts: new Carts(),
    owngateway: new OwnGatewayClient(config.gatewayUrl, config.apiKey),
    frontEnd,
    origin: '',
    loaderCopy: null,
  };
  const router = shopRoutes(shop);

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', shop.origin);
    const match = router.match(req.method ?? 'GET', literalSegments(url.pathname));
    // A known path asked with another method is as unknown to the shop as any other path.
    if (match.kind !== 'found') throw new HttpError(404, 'not found');
    await match.handler(shop, { req, res, url, params: match.params });
  }

  const listening = await listen(
    (req, res) => {
      serve(req, res).catch((error: unknown) => sendErrorPage(res, error));
    },
    config.host,
    config.port,
  );
  shop.origin = listening.url;
  return { url: listening.url, webhookUrl: `${listening.url}${WEBHOOK_PATH}`, port: listening.port, stop: listening.stop };
}
