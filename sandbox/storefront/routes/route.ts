import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from '../../http/router.ts';
import type { Shop } from '../shop.ts';

/** One request as a route handler sees it; `params` are the path's raw (still percent-encoded) segments. */
export interface ShopRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Params;
}

export type ShopHandler = (shop: Shop, request: ShopRequest) => Promise<void> | void;

/** The shop's answer that sends the browser on with a GET, after a form post. */
export function seeOther(res: ServerResponse, location: string): void {
  res.writeHead(303, { location });
  res.end();
}
