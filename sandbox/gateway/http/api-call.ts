import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../model/caller.ts';
import type { ConnectorClient } from '../services/connector-client.ts';
import type { IncomingConnectorWebhooks } from '../services/webhooks/incoming.ts';
import type { OutgoingWebhookDispatcher } from '../services/webhooks/outgoing.ts';
import type { PaymentService } from '../services/payments/service.ts';
import type { RefundService } from '../services/refunds/service.ts';
import type { Router, Params } from '../../http/router.ts';
import type { GatewayState } from '../model/state.ts';

// What a route's handler sees: one API call (the request, its path parameters, the caller, the gateway's
// services). Handlers are named functions at module level, so each routes/<resource>.ts is its handlers
// and then a route table; index.ts only wires the tables together.

export interface ApiCall {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly params: Params;
  readonly rawBody: string;
  /** The JSON body (an empty body is `{}`); malformed JSON is IR_06. */
  body(): unknown;
  /** The authenticated caller; only routes mounted with `authenticated` have one. */
  readonly caller: Caller;
  readonly services: GatewayServices;
  send(status: number, payload: unknown): void;
}

export type Handler = (call: ApiCall) => Promise<void> | void;

/** `public` routes carry no api-key (customer redirects, connector webhooks); the ids in the path are the capability. */
export interface Route {
  handler: Handler;
  public: boolean;
}

export type GatewayRouter = Router<Route>;

/** A resource module's route table: it only registers routes, in the order they must be matched. */
export type MountRoutes = (router: GatewayRouter) => void;

export interface GatewayServices {
  state: GatewayState;
  payments: PaymentService;
  refunds: RefundService;
  webhooks: OutgoingWebhookDispatcher;
  incoming: IncomingConnectorWebhooks;
  connector: ConnectorClient;
  gatewayUrl: () => string;
}

export const authenticated = (handler: Handler): Route => ({ handler, public: false });
export const unauthenticated = (handler: Handler): Route => ({ handler, public: true });

/** A query parameter as a bounded integer; anything else is the default. */
export function queryInt(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  return Math.min(Number(raw), max);
}
