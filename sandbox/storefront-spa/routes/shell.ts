import type { ServerResponse } from 'node:http';
import { sendHtml } from '../../http/json-server.ts';
import type { SpaDefect } from '../defects.ts';
import { shell } from '../shell.ts';
import type { Shop, ShopRequest } from '../shop.ts';

// The one HTML document, for every view the browser module routes itself (history API), and the
// module's deploy-time settings.

/** Where the sdk-self-hosted defect keeps its copy of Unified Checkout. */
export const SELF_HOSTED_SDK = '/vendor/owngateway';

/** The browser-side flags of the seeded mistakes (the server-side ones never leave the server). */
const BROWSER_DEFECTS: readonly SpaDefect[] = ['no-error-on-decline', 'pay-button-below-fold', 'pay-button-low-contrast', 'ignore-styling'];

/** The views' path parameters: a store id, an order reference. */
const VIEW_PARAMETERS: Readonly<Record<string, RegExp>> = { store: /^[a-z]{2}$/, ref: /^[A-Z0-9-]+$/ };

/** Its own module and OwnGateway's loader, OwnGateway's frames from the CDN, and the loader's calls to OwnGateway's API. */
export function shellPolicy({ options, seeded }: Shop): string {
  const cdn = new URL(options.sdkUrl).origin;
  const api = new URL(options.publicGatewayUrl ?? options.gatewayUrl).origin;
  // The defect: the CDN was added where the loader failed (script-src) and nowhere else.
  const frames = seeded.has('csp-blocks-sdk-frames') ? "'self'" : cdn;
  return `script-src 'self' ${cdn}; frame-src ${frames}; connect-src 'self' ${api}`;
}

/** GET /, /shop/:store, /basket, /pay/:ref */
export function serveView(shop: Shop, { res, params }: ShopRequest): void {
  const wellFormed = Object.entries(params).every(([name, value]) => VIEW_PARAMETERS[name]?.test(value));
  if (!wellFormed) return serveNotFoundPage(shop, res);
  sendHtml(res, 200, shell(shellPolicy(shop)));
}

/** The shop's answer to a page it does not have: the shell, whose browser module says so. */
export function serveNotFoundPage(shop: Shop, res: ServerResponse): void {
  sendHtml(res, 404, shell(shellPolicy(shop)));
}

/** GET /static/env.js: what the bundler inlines at deploy time. */
export function serveEnvModule(shop: Shop, { res }: ShopRequest): void {
  const { options, seeded } = shop;
  const env: Record<string, unknown> = {
    publishableKey: options.publishableKey,
    // The defect: HyperLoader.js from a copy on this host.
    sdkUrl: seeded.has('sdk-self-hosted') ? `${shop.origin}${SELF_HOSTED_SDK}` : options.sdkUrl,
    gatewayUrl: options.publicGatewayUrl ?? options.gatewayUrl,
    appearance: options.appearance,
    flags: options.defects.filter((d) => BROWSER_DEFECTS.includes(d)),
  };
  // The defect: the bundler was told to inline every OWNGATEWAY_* variable, not only the public ones.
  if (seeded.has('secret-key-in-bundle')) env.OWNGATEWAY_SECRET_KEY = options.apiKey;
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`// generated at deploy time\nexport default ${JSON.stringify(env)};\n`);
}
