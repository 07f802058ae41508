import { sendJson } from '../../http/json-server.ts';
import type { ShopHandler } from './route.ts';

/** Where the sdk-self-hosted defect serves its copy of the loader (the checkout page appends HyperLoader.js to the folder). */
export const SELF_HOSTED_LOADER_DIR = '/vendor/owngateway';

/** GET /assets/checkout.js: the built front end, never cached (each start may build another). */
export const serveCheckoutScript: ShopHandler = ({ frontEnd }, { res }) => {
  res.writeHead(200, { 'content-type': 'application/javascript; charset=utf-8', 'cache-control': 'no-store' });
  res.end(frontEnd.script);
};

/** GET /assets/checkout.js.map: its source map, deployed beside it. */
export const serveCheckoutSourceMap: ShopHandler = ({ frontEnd }, { res }) => sendJson(res, 200, JSON.parse(frontEnd.sourceMap) as unknown);

/** GET /vendor/owngateway/HyperLoader.js, with the sdk-self-hosted defect only: a copy taken from OwnGateway once. */
export const serveLoaderCopy: ShopHandler = async (shop, { res }) => {
  shop.loaderCopy ??= await (await fetch(`${shop.config.sdkUrl}/HyperLoader.js`, { signal: AbortSignal.timeout(5000) })).text();
  res.writeHead(200, { 'content-type': 'application/javascript; charset=utf-8' });
  res.end(shop.loaderCopy);
};
