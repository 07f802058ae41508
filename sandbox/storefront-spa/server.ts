import type { IncomingMessage, ServerResponse } from 'node:http';
import { listen, sendJson } from '../http/json-server.ts';
import { Router, type RouteMatch } from '../http/router.ts';
import { ApiError, noApiRoute } from './api-error.ts';
import { writeDeployment } from './deployment.ts';
import { SpaStorefrontOptions } from './options.ts';
import { OwnGatewayUnavailable } from './owngateway.ts';
import { ASSET_PATHS, SELF_HOSTED_LOADER_PATH, serveAsset, serveSelfHostedLoader } from './routes/assets.ts';
import { findOrder, openPaymentSession, placeOrder, shipOrder, showOrder } from './routes/orders.ts';
import { serveReceipt } from './routes/receipt.ts';
import { serveEnvModule, serveNotFoundPage, serveView } from './routes/shell.ts';
import { listStoreItems } from './routes/stores.ts';
import { receiveWebhook, SPA_WEBHOOK_PATH } from './routes/webhooks.ts';
import { openShop, type Shop, type ShopHandler, type ShopRequest } from './shop.ts';

// "Atelier Nord", a single-page shop: one HTML shell and a browser module, a JSON API under
// /api/v2, orders authorised at checkout and captured when they ship, OwnGateway webhooks at
// /hooks/payments/owngateway. Knows nothing of golive; the seeded defects are its own mistakes.

export { SpaStorefrontOptions } from './options.ts';
export { SPA_WEBHOOK_PATH } from './routes/webhooks.ts';
export { SPA_SECRET_KEY_FILE } from './deployment.ts';

export interface StartedSpaStorefront {
  url: string;
  webhookUrl: string;
  port: number;
  stop(): Promise<void>;
}

const API_PREFIX = '/api/v2/';

function shopRoutes(): Router<ShopHandler> {
  const routes = new Router<ShopHandler>();
  for (const path of ASSET_PATHS) routes.get(path, serveAsset);
  return routes
    .get(SELF_HOSTED_LOADER_PATH, serveSelfHostedLoader)
    .get('/static/env.js', serveEnvModule)
    .get('/', serveView)
    .get('/shop/:store', serveView)
    .get('/basket', serveView)
    .get('/pay/:ref', serveView)
    .get('/receipt', serveReceipt)
    .post(SPA_WEBHOOK_PATH, receiveWebhook)
    .get('/api/v2/stores/:store/items', listStoreItems)
    .post('/api/v2/orders', placeOrder)
    .get('/api/v2/orders/:ref', showOrder)
    .post('/api/v2/orders/:ref/payment-session', openPaymentSession)
    .post('/api/v2/orders/:ref/ship', shipOrder);
}

/**
 * A path's segments as sent (percent-encoded: the order reference is decoded where it is looked up),
 * or null when the path has an empty segment ("/basket/", "/api/v2//orders"), which names no route.
 */
function segmentsAsSent(pathname: string): string[] | null {
  const segments = pathname === '/' ? [] : pathname.slice(1).split('/');
  return segments.includes('') ? null : segments;
}

/**
 * The shop's answer where no route takes the request: a 404 JSON error under /api/v2/, the shell's 404
 * page elsewhere. On an order's own path the order is looked up before the method is, so a wrong method
 * on an order that does not exist is "order not found".
 */
function answerNoRoute(shop: Shop, routes: Router<ShopHandler>, { req, res, url }: ShopRequest, match: RouteMatch<ShopHandler>): void {
  if (!url.pathname.startsWith(API_PREFIX)) return serveNotFoundPage(shop, res);
  if (match.kind === 'method-not-allowed') {
    const sibling = routes.match(match.allowed[0]!, segmentsAsSent(url.pathname) ?? []);
    if (sibling.kind === 'found' && sibling.params.ref !== undefined) findOrder(shop, sibling.params.ref);
  }
  throw noApiRoute(req.method ?? 'GET', url.pathname);
}

export async function startSpaStorefront(input: SpaStorefrontOptions): Promise<StartedSpaStorefront> {
  const options = SpaStorefrontOptions.parse(input);
  writeDeployment(options);
  const shop = openShop(options);
  const routes = shopRoutes();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', shop.origin);
    const method = req.method ?? 'GET';
    const segments = segmentsAsSent(url.pathname);
    const match: RouteMatch<ShopHandler> = segments ? routes.match(method, segments) : { kind: 'not-found' };
    const request = { req, res, url, params: match.kind === 'found' ? match.params : {} };
    if (match.kind === 'found') return match.handler(shop, request);
    answerNoRoute(shop, routes, request, match);
  }

  const listening = await listen(
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
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
  shop.origin = listening.url;
  return {
    url: listening.url,
    webhookUrl: `${listening.url}${SPA_WEBHOOK_PATH}`,
    port: listening.port,
    stop: async () => {
      shop.webhookJobs.stop();
      await listening.stop();
    },
  };
}
