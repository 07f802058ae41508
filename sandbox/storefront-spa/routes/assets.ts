import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Shop, ShopRequest } from '../shop.ts';
import { SELF_HOSTED_SDK, serveNotFoundPage } from './shell.ts';

// The browser module and its stylesheet, and the sdk-self-hosted defect's copy of OwnGateway's loader.

const PUBLIC_DIR = join(import.meta.dirname, '..', 'public');
const FILES: readonly (readonly [file: string, type: string])[] = [
  ['app.js', 'text/javascript; charset=utf-8'],
  ['app.css', 'text/css; charset=utf-8'],
];
const ASSETS: ReadonlyMap<string, { body: Buffer; type: string }> = new Map(
  FILES.map(([file, type]) => [`/static/${file}`, { body: readFileSync(join(PUBLIC_DIR, file)), type }]),
);

/** Where the assets are served. */
export const ASSET_PATHS: readonly string[] = [...ASSETS.keys()];

/** GET /static/app.js, /static/app.css */
export function serveAsset(_shop: Shop, { res, url }: ShopRequest): void {
  const asset = ASSETS.get(url.pathname)!;
  res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
  res.end(asset.body);
}

/** GET /vendor/owngateway/HyperLoader.js: only the sdk-self-hosted defect serves one. */
export async function serveSelfHostedLoader(shop: Shop, { res }: ShopRequest): Promise<void> {
  if (!shop.seeded.has('sdk-self-hosted')) return serveNotFoundPage(shop, res);
  const cdn = shop.options.sdkUrl.replace(/\/$/, '');
  shop.loaderCopy ??= await (await fetch(`${cdn}/HyperLoader.js`, { signal: AbortSignal.timeout(5000) })).text();
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
  res.end(shop.loaderCopy);
}

export const SELF_HOSTED_LOADER_PATH = `${SELF_HOSTED_SDK}/HyperLoader.js`;
