import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, listen, readBody, sendJson } from '../http/json-server.ts';
import type { ApiCall, GatewayServices, MountRoutes, Route } from './http/api-call.ts';
import { ApiError, apiErrors, PlainTextError } from './model/api-error.ts';
import type { Caller } from './model/caller.ts';
import { identify } from './http/auth.ts';
import { ConnectorClient } from './services/connector-client.ts';
import { mountExternalThreeDs } from './http/routes/external-three-ds.ts';
import { IncomingConnectorWebhooks } from './services/webhooks/incoming.ts';
import { OutgoingWebhookDispatcher } from './services/webhooks/outgoing.ts';
import { parseJsonBody } from './rules/request-body.ts';
import { mountAccounts } from './http/routes/accounts.ts';
import { mountApiKeys } from './http/routes/api-keys.ts';
import { mountConnectorAccounts } from './http/routes/connector-accounts.ts';
import { mountCustomers } from './http/routes/customers.ts';
import { mountEphemeralKeys } from './http/routes/ephemeral-keys.ts';
import { mountEvents } from './http/routes/events.ts';
import { mountMandates } from './http/routes/mandates.ts';
import { mountPaymentMethods } from './http/routes/payment-methods.ts';
import { mountPayments } from './http/routes/payments.ts';
import { PaymentService } from './services/payments/service.ts';
import { mountRefunds } from './http/routes/refunds.ts';
import { RefundService } from './services/refunds/service.ts';
import { mountSandboxControls } from './http/routes/sandbox.ts';
import { mountIncomingWebhooks } from './http/routes/webhooks.ts';
import { mountWithheldWebhooks } from './http/routes/withheld-webhooks.ts';
import { Router, pathSegments } from '../http/router.ts';
import { resolveRoute } from './http/resolve-route.ts';
import { GatewayState } from './model/state.ts';

export interface GatewayOptions {
  host?: string;
  port?: number;
  connectorUrl: string;
  adminApiKey?: string;
  webhookRetryScheduleMs?: readonly number[];
  webhookTimeoutMs?: number;
  connectorTimeoutMs?: number;
  connectorWebhookToleranceSeconds?: number;
  /** Serves the Unified Checkout SDK from the gateway's origin; returns true when it handled the request. */
  sdkHandler?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

// Order matters only within a first path segment: "/account/payment_methods" is a different length from
// "/account/{merchant_id}/connectors", so the two never compete.
export const API_MODULES: readonly MountRoutes[] = [
  mountSandboxControls,
  mountAccounts,
  mountApiKeys,
  mountConnectorAccounts,
  mountEvents,
  mountPayments,
  mountRefunds,
  mountCustomers,
  mountPaymentMethods,
  mountEphemeralKeys,
  mountMandates,
  mountIncomingWebhooks,
  mountExternalThreeDs,
  mountWithheldWebhooks,
];

export interface StartedGateway {
  url: string;
  port: number;
  state: GatewayState;
  stop(): Promise<void>;
}

export const DEFAULT_ADMIN_API_KEY = 'test_admin';
export const DEFAULT_WEBHOOK_RETRY_SCHEDULE_MS = [1000, 2000, 4000, 8000, 16000] as const;

// The SDK calls the API from the gateway's own origin, but merchants' pages and tools may call it
// cross-origin with the publishable key, as Hyperswitch allows. Hyperswitch's CORS (crates/router/src/cors.rs)
// allows any header, so whatever the SDK sends (X-Client-Source, X-Client-Version, ...) is echoed back.
const CORS_HEADERS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': '*' };

/** The OwnGateway sandbox: Hyperswitch's API v1 on 127.0.0.1, one module per API resource. */
export async function startGateway(options: GatewayOptions): Promise<StartedGateway> {
  const adminApiKey = options.adminApiKey ?? DEFAULT_ADMIN_API_KEY;
  const state = new GatewayState();
  const connector = new ConnectorClient(options.connectorUrl, options.connectorTimeoutMs ?? 10_000);
  const webhooks = new OutgoingWebhookDispatcher(state, {
    retryScheduleMs: options.webhookRetryScheduleMs ?? DEFAULT_WEBHOOK_RETRY_SCHEDULE_MS,
    timeoutMs: options.webhookTimeoutMs ?? 5000,
  });
  let gatewayUrl = '';
  const payments = new PaymentService({ state, connector, webhooks, gatewayUrl: () => gatewayUrl });
  const refunds = new RefundService(state, connector, webhooks, payments);
  const services: GatewayServices = {
    state,
    payments,
    refunds,
    webhooks,
    connector,
    gatewayUrl: () => gatewayUrl,
    incoming: new IncomingConnectorWebhooks(state, payments, refunds, options.connectorWebhookToleranceSeconds ?? 300),
  };

  const router = new Router<Route>();
  for (const mount of API_MODULES) mount(router);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') return corsPreflight(req, res);
    if (method === 'GET' && options.sdkHandler?.(req, res)) return;
    const url = new URL(req.url ?? '/', gatewayUrl);
    const segments = pathSegments(url.pathname);
    const rawBody = method === 'GET' ? '' : await readBody(req);
    const { handler, params } = resolveRoute(router, method, segments);
    let caller: Caller | undefined;
    if (!handler.public) caller = identify(req, state, adminApiKey);
    let parsedBody: unknown;
    const call: ApiCall = {
      req,
      res,
      url,
      params,
      rawBody,
      services,
      body: () => (parsedBody ??= parseJsonBody(rawBody)),
      get caller(): Caller {
        if (!caller) throw apiErrors.unauthorized();
        return caller;
      },
      send: (status, payload) => sendJson(res, status, payload, CORS_HEADERS),
    };
    await handler.handler(call);
  }

  const listening = await listen(
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        if (res.headersSent) return void res.end();
        if (error instanceof ApiError) return sendJson(res, error.status, error.toBody(), CORS_HEADERS);
        if (error instanceof PlainTextError)
          return void res.writeHead(error.status, { ...CORS_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end(error.message);
        if (error instanceof BodyTooLargeError) return sendJson(res, 413, apiErrors.invalidRequestData(error.message).toBody(), CORS_HEADERS);
        console.error('gateway: unexpected error', error);
        sendJson(res, 500, apiErrors.internal().toBody(), CORS_HEADERS);
      });
    },
    options.host ?? '127.0.0.1',
    options.port ?? 0,
  );
  gatewayUrl = listening.url;

  return {
    url: listening.url,
    port: listening.port,
    state,
    stop: async () => {
      webhooks.stop();
      await listening.stop();
      await connector.close();
    },
  };
}

function corsPreflight(req: IncomingMessage, res: ServerResponse): void {
  const requested = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    ...CORS_HEADERS,
    'access-control-allow-headers': typeof requested === 'string' && requested ? requested : 'api-key, content-type',
    'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'access-control-max-age': '30',
  });
  res.end();
}
