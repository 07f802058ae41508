import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { RefundListRequest, RefundRequest } from '../../helpers/schemas/index.ts';
import { FaultInjector, FaultRule } from '../http/faults.ts';
import { BodyTooLargeError, listen, readBody, redirect, sendJson } from '../http/json-server.ts';
import {
  createApiKey, createConnectorAccount, createMerchant, listConnectorAccounts, retrieveConnectorAccount, retrieveMerchant,
  updateConnectorAccount, updateMerchant,
} from './admin-routes.ts';
import { ApiError, apiErrors } from './api-error.ts';
import { identify, requireAdmin, requireMerchant, requireSecret, type Caller } from './auth.ts';
import { ConnectorClient } from './connector-client.ts';
import { clientPaymentMethodsRoute } from './client-payment-methods.ts';
import { authenticatePayment, completeAuthorization, isAuthenticationCall, isAuthorizeRedirect } from './external-three-ds.ts';
import { IncomingConnectorWebhooks } from './incoming-webhooks.ts';
import { merchantRedirect } from './merchant-redirect.ts';
import { OutgoingWebhookDispatcher } from './outgoing-webhooks.ts';
import { CancelPaymentBody, CapturePaymentBody, ConfirmPaymentBody, CreatePaymentBody } from './payment-requests.ts';
import { apiKeyOf, PaymentService } from './payment-service.ts';
import { RefundService } from './refund-service.ts';
import { parseJsonBody, parseRequest } from './request-body.ts';
import { paymentResponse, refundResponse } from './responses.ts';
import { GatewayState, type Payment } from './state.ts';

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

export interface StartedGateway { url: string; port: number; state: GatewayState; stop(): Promise<void> }

export const DEFAULT_ADMIN_API_KEY = 'test_admin';
export const DEFAULT_WEBHOOK_RETRY_SCHEDULE_MS = [1000, 2000, 4000, 8000, 16000] as const;

const EventListBody = z.looseObject({ object_id: z.string().optional(), limit: z.number().int().min(1).max(100).optional() });

/** The OwnGateway sandbox: Hyperswitch's API v1 on 127.0.0.1. */
export async function startGateway(options: GatewayOptions): Promise<StartedGateway> {
  const adminApiKey = options.adminApiKey ?? DEFAULT_ADMIN_API_KEY;
  const state = new GatewayState();
  const connector = new ConnectorClient(options.connectorUrl, options.connectorTimeoutMs ?? 10_000);
  const webhooks = new OutgoingWebhookDispatcher(state, { retryScheduleMs: options.webhookRetryScheduleMs ?? DEFAULT_WEBHOOK_RETRY_SCHEDULE_MS, timeoutMs: options.webhookTimeoutMs ?? 5000 });
  let gatewayUrl = '';
  const payments = new PaymentService({ state, connector, webhooks, gatewayUrl: () => gatewayUrl });
  const refunds = new RefundService(state, connector, webhooks, payments);
  const threeDs = { state, payments, connector, gatewayUrl: () => gatewayUrl };
  const incoming = new IncomingConnectorWebhooks(state, payments, refunds, options.connectorWebhookToleranceSeconds ?? 300);
  // Sandbox only: OwnGateway failing the merchant's own calls, for the "handle API errors" checks.
  const faults = new FaultInjector();

  /** Client calls (publishable key) must prove they hold the payment's client_secret. */
  const paymentForCaller = (caller: Caller, paymentId: string, clientSecret: string | null | undefined): Payment => {
    if (caller.kind === 'admin') throw apiErrors.unauthorized();
    const payment = payments.find(caller.merchant, paymentId);
    if (caller.kind === 'publishable') {
      if (!clientSecret) throw apiErrors.clientSecretMissing();
      if (clientSecret !== payment.client_secret) throw apiErrors.clientSecretMismatch();
    } else if (clientSecret && clientSecret !== payment.client_secret) {
      throw apiErrors.clientSecretMismatch();
    }
    return payment;
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') return corsPreflight(req, res);
    if (method === 'GET' && options.sdkHandler?.(req, res)) return;
    const url = new URL(req.url ?? '/', gatewayUrl);
    const s = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const rawBody = method === 'GET' ? '' : await readBody(req);
    const body = () => parseJsonBody(rawBody);
    const send = (status: number, payload: unknown) => sendJson(res, status, payload, CORS_HEADERS);

    if (method === 'GET' && url.pathname === '/health') return send(200, { status: 'ok' });

    // Customer-facing redirects carry no key: the ids in the path are the capability, as in Hyperswitch.
    if (method === 'GET' && s[0] === 'payments' && s[1] === 'redirect' && s.length === 5) {
      const payment = state.payments.get(s[2]!);
      if (!payment || payment.merchant_id !== s[3] || payment.attempt_id !== s[4]) throw apiErrors.notFound('Payment');
      const challenge = payment.status === 'requires_customer_action' ? await currentChallengeUrl(payment) : null;
      if (challenge) return redirect(res, challenge);
      return sendMerchantRedirect(res, payment);
    }
    if ((method === 'GET' || method === 'POST') && s[0] === 'payments' && s[3] === 'redirect' && (s[4] === 'complete' || s[4] === 'response') && s.length === 6) {
      const payment = state.payments.get(s[1]!);
      if (!payment || payment.merchant_id !== s[2]) throw apiErrors.notFound('Payment');
      await payments.sync(payment);
      return sendMerchantRedirect(res, payment);
    }
    if (isAuthorizeRedirect(method, s)) return completeAuthorization(threeDs, res, s[1]!, s[2]!);
    if (method === 'POST' && s[0] === 'webhooks' && s.length === 3) {
      const result = incoming.receive(s[1]!, s[2]!, req.headers, rawBody);
      res.writeHead(200, { 'x-golive-webhook-result': result.applied ? 'applied' : result.reason ?? 'ignored', 'content-length': '0' });
      return void res.end();
    }

    const caller = identify(req, state, adminApiKey);

    if (s[0] === 'sandbox' && s[1] === 'faults' && s.length === 2) {
      requireAdmin(caller);
      if (method === 'DELETE') { faults.clear(); return send(200, { cleared: true }); }
      if (method === 'POST') {
        const rule = parseRequest(FaultRule, body());
        if (rule.phase === 'after') throw apiErrors.invalidDataFormat('phase', '"before" (the gateway fails a call before acting on it)');
        faults.add(rule);
        return send(200, { added: true });
      }
    }
    if (caller.kind !== 'admin') {
      const fault = faults.decide(method, url.pathname, {}, caller.kind);
      if (fault.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
      if (fault.fail === 'reset') return void req.socket.destroy();
      if (fault.fail === 'timeout') return; // never answers: the caller's own timeout decides
      if (fault.fail === 500) throw apiErrors.internal();
    }

    const clientList = clientPaymentMethodsRoute(state, method, s, url, caller);
    if (clientList !== undefined) return send(200, clientList);
    if (isAuthenticationCall(method, s)) return send(200, await authenticatePayment(threeDs, caller, s[1]!, body()));

    // Admin and dashboard
    if (s[0] === 'accounts') {
      if (method === 'POST' && s.length === 1) return send(200, createMerchant(state, caller, body()));
      if (method === 'GET' && s.length === 2) return send(200, retrieveMerchant(state, caller, s[1]!));
      if (method === 'POST' && s.length === 2) return send(200, updateMerchant(state, caller, s[1]!, body()));
    }
    if (s[0] === 'api_keys' && method === 'POST' && s.length === 2) return send(200, createApiKey(state, caller, s[1]!, body()));
    if (s[0] === 'account' && s[2] === 'connectors') {
      if (method === 'POST' && s.length === 3) return send(200, createConnectorAccount(state, caller, s[1]!, body()));
      if (method === 'GET' && s.length === 3) return send(200, listConnectorAccounts(state, caller, s[1]!));
      if (method === 'GET' && s.length === 4) return send(200, retrieveConnectorAccount(state, caller, s[1]!, s[3]!));
      if (method === 'POST' && s.length === 4) return send(200, updateConnectorAccount(state, caller, s[1]!, s[3]!, body()));
    }
    if (s[0] === 'events' && s[1]) {
      requireAdmin(caller);
      const merchantId = s[1];
      if (method === 'POST' && s.length === 2) {
        const filter = parseRequest(EventListBody, body());
        const list = [...state.events.values()].filter((e) => e.merchant_id === merchantId && (!filter.object_id || e.object_id === filter.object_id));
        return send(200, list.slice(-(filter.limit ?? 100)).reverse());
      }
      const event = s[2] ? state.events.get(s[2]) : undefined;
      if (!event || event.merchant_id !== merchantId) throw apiErrors.notFound('Event');
      if (method === 'GET' && s[3] === 'attempts') return send(200, event.delivery_attempts);
      if (method === 'POST' && s[3] === 'retry') { await webhooks.deliverOnce(event.event_id); return send(200, event); }
    }

    // Payments
    if (s[0] === 'payments') {
      if (method === 'POST' && s.length === 1) {
        const payment = await payments.create(requireSecret(caller), parseRequest(CreatePaymentBody, body()));
        return send(200, paymentResponse(state, payment));
      }
      if (method === 'GET' && s[1] === 'list' && s.length === 2) {
        const merchant = requireSecret(caller);
        const limit = Math.min(Number(url.searchParams.get('limit') ?? 10) || 10, 100);
        const customerId = url.searchParams.get('customer_id');
        const list = [...state.payments.values()].filter((p) => p.merchant_id === merchant.merchant_id && (!customerId || p.customer_id === customerId));
        const data = list.slice(-limit).reverse().map((p) => paymentResponse(state, p));
        return send(200, { size: data.length, data });
      }
      if (s.length === 2 && method === 'GET') {
        const payment = paymentForCaller(caller, s[1]!, url.searchParams.get('client_secret'));
        if (url.searchParams.get('force_sync') === 'true') await payments.sync(payment);
        return send(200, paymentResponse(state, payment));
      }
      if (s.length === 3 && method === 'POST') {
        const action = s[2];
        if (action === 'confirm') {
          const input = parseRequest(ConfirmPaymentBody, body());
          const payment = paymentForCaller(caller, s[1]!, input.client_secret);
          await payments.confirm(requireMerchant(caller), payment, input);
          return send(200, paymentResponse(state, payment));
        }
        const payment = payments.find(requireSecret(caller), s[1]!);
        if (action === 'capture') return send(200, paymentResponse(state, await payments.capture(payment, parseRequest(CapturePaymentBody, body()).amount_to_capture)));
        if (action === 'cancel') return send(200, paymentResponse(state, await payments.cancel(payment, parseRequest(CancelPaymentBody, body()))));
      }
    }

    // Refunds
    if (s[0] === 'refunds') {
      const merchant = requireSecret(caller);
      if (method === 'POST' && s.length === 1) return send(200, refundResponse(await refunds.create(merchant, parseRequest(RefundRequest, body()))));
      if (method === 'POST' && s[1] === 'list' && s.length === 2) {
        const filter = parseRequest(RefundListRequest, body());
        const all = [...state.refunds.values()].filter((r) => r.merchant_id === merchant.merchant_id && (!filter.payment_id || r.payment_id === filter.payment_id));
        const offset = filter.offset ?? 0;
        const data = all.slice(offset, offset + (filter.limit ?? 10)).map(refundResponse);
        return send(200, { count: data.length, total_count: all.length, data });
      }
      if (method === 'GET' && s.length === 2) return send(200, refundResponse(refunds.find(merchant, s[1]!)));
    }
    throw apiErrors.routeNotFound();
  }

  async function currentChallengeUrl(payment: Payment): Promise<string | null> {
    if (!payment.connector_transaction_id) return null;
    const result = await connector.retrieve(apiKeyOf(payments.mcaOf(payment)), payment.connector_transaction_id);
    return result.status === 'requires_challenge' ? result.challenge_url : null;
  }

  function sendMerchantRedirect(res: ServerResponse, payment: Payment): void {
    const merchant = state.merchants.get(payment.merchant_id);
    if (!merchant) throw apiErrors.internal();
    const target = merchantRedirect(merchant, payment);
    redirect(res, target.location, target.body);
  }

  const listening = await listen((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.end();
      if (error instanceof ApiError) return sendJson(res, error.status, error.toBody(), CORS_HEADERS);
      if (error instanceof BodyTooLargeError) return sendJson(res, 413, apiErrors.invalidRequestData(error.message).toBody(), CORS_HEADERS);
      console.error('gateway: unexpected error', error);
      sendJson(res, 500, apiErrors.internal().toBody(), CORS_HEADERS);
    });
  }, options.host ?? '127.0.0.1', options.port ?? 0);
  gatewayUrl = listening.url;

  return {
    url: listening.url, port: listening.port, state,
    stop: async () => { webhooks.stop(); await listening.stop(); await connector.close(); },
  };
}

// The SDK calls the API from the gateway's own origin, but merchants' pages and tools may call it
// cross-origin with the publishable key, as Hyperswitch allows.
// Hyperswitch's CORS (crates/router/src/cors.rs) allows any header, so whatever the SDK sends
// (X-Client-Source, X-Client-Version, X-Payment-Confirm-Source, X-Browser-Name, ...) is echoed back.
const CORS_HEADERS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': '*' };
function corsPreflight(req: IncomingMessage, res: ServerResponse): void {
  const requested = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    ...CORS_HEADERS, 'access-control-allow-headers': typeof requested === 'string' && requested ? requested : 'api-key, content-type',
    'access-control-allow-methods': 'GET, POST, PUT, DELETE', 'access-control-max-age': '30',
  });
  res.end();
}
