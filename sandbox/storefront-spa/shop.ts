import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from '../http/router.ts';
import type { SpaDefect } from './defects.ts';
import type { SpaStorefrontSettings } from './options.ts';
import { OrderBook } from './order-book.ts';
import { ownGateway, type OwnGateway } from './owngateway.ts';
import { WebhookJobQueue } from './webhook-job-queue.ts';

// What every route of the shop works with: its settings, its order book, its OwnGateway client and
// the few things it keeps while it runs.

export interface Shop {
  readonly options: SpaStorefrontSettings;
  readonly seeded: ReadonlySet<SpaDefect>;
  readonly book: OrderBook;
  readonly owngateway: OwnGateway;
  /** The queued-webhook-without-signature defect's queue. */
  readonly webhookJobs: WebhookJobQueue;
  /** The shop's own URL (return URLs are built on it), known once it listens. */
  origin: string;
  /** The sdk-self-hosted defect's copy of the loader, taken from OwnGateway's CDN once. */
  loaderCopy: string | null;
}

export function openShop(options: SpaStorefrontSettings): Shop {
  return {
    options,
    seeded: new Set(options.defects),
    book: new OrderBook(options.dataDir),
    owngateway: ownGateway(options.gatewayUrl, options.apiKey),
    webhookJobs: new WebhookJobQueue(),
    origin: '',
    loaderCopy: null,
  };
}

/** One request to a route: the raw request, its URL and the route's path parameters (still percent-encoded). */
export interface ShopRequest {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly params: Params;
}

export type ShopHandler = (shop: Shop, request: ShopRequest) => Promise<void> | void;
