import type { Carts } from './carts.ts';
import type { StorefrontDefect } from './defects.ts';
import type { FrontEndBuild } from './deployment.ts';
import type { StorefrontConfig } from './options.ts';
import type { OrderStore } from './order-store.ts';
import type { OwnGatewayClient } from './owngateway/client.ts';

/** One running storefront's state and services, handed to every route handler. */
export interface Shop {
  readonly config: StorefrontConfig;
  readonly defects: ReadonlySet<StorefrontDefect>;
  readonly orders: OrderStore;
  readonly carts: Carts;
  readonly owngateway: OwnGatewayClient;
  readonly frontEnd: FrontEndBuild;
  /** The shop's own origin (return URLs point at it), known once it listens. */
  origin: string;
  /** The sdk-self-hosted defect's copy of HyperLoader.js, taken from OwnGateway on first use. */
  loaderCopy: string | null;
}
