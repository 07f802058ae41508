import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { buildConnectorWebhook, type ConnectorWebhookEvent, type ConnectorWebhookKind } from '../../helpers/connectors/webhooks/index.ts';
import { connectorCardFunding, connectorCardOutcome, settlesLater } from '../../helpers/cards/connector-test-cards.ts';
import { escapeHtml, listen, readBody, redirect, sendHtml, sendJson } from '../http/json-server.ts';
import { FaultInjector, FaultRule } from '../http/faults.ts';
import type { MethodOutcome } from '../../helpers/connectors/test-payment-methods.ts';
import { methodResult } from './payment-methods.ts';
import { randomHex } from '../random.ts';
import {
  ConnectorAccountConfig,
  ConnectorAuthorizeRequest,
  ConnectorCaptureRequest,
  ConnectorRefundRequest,
  type ConnectorPayment,
  type ConnectorPaymentMethod,
  type ConnectorRefund,
} from './protocol.ts';
import { REFUSED_AT_REDIRECT, redirectResultPage } from './redirect-page.ts';

export interface ConnectorSimulatorOptions {
  host?: string;
  port?: number;
  /** How long an async-card payment stays pending before it settles and the webhook goes out. */
  asyncSettleDelayMs?: number;
  /** Whoever started this simulator names it, so a later user of its URL can tell it is still the same one. */
  instance?: string;
}

export interface StartedConnectorSimulatorServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface StoredPayment extends ConnectorPayment {
  account: string;
  /** Async-card payments settle later, and so do their refunds. */
  settles_async: boolean;
  /** Whose test environment this payment is in (the connector_name); decides late-settling refunds and captures. */
  connector: string;
  capture: 'automatic' | 'manual' | 'manual_multiple';
  return_url: string | undefined;
  /** The payment method type when not a card (klarna, ideal, ach…), for the processor's pages. */
  method_type: string | null;
}

interface SentWebhook {
  event_id: string;
  kind: ConnectorWebhookKind;
  target: string;
  status: number | null;
  attempts: number;
}

const WebhookTrigger = z.object({
  payment_id: z.string(),
  refund_id: z.string().optional(),
  kind: z.enum(['payment_succeeded', 'payment_failed', 'payment_authorized', 'payment_captured', 'payment_voided', 'refund_succeeded', 'refund_failed']),
  event_id: z.string().optional(),
});

const newId = (prefix: string) => `${prefix}_${randomHex(12)}`;

class ConnectorError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function parseJson<S extends z.ZodType>(schema: S, text: string): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConnectorError(400, 'invalid_json', 'request body is not JSON');
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new ConnectorError(400, 'invalid_request', z.prettifyError(result.error));
  return result.data;
}

function expiryInPast(month: string, year: string, now: Date): boolean {
  const y = Number(year.length === 2 ? `20${year}` : year);
  const m = Number(month);
  return y < now.getUTCFullYear() || (y === now.getUTCFullYear() && m < now.getUTCMonth() + 1);
}

/** The processor behind the sandbox gateway: test cards decide outcomes, webhooks are signed per scheme. */
export async function startConnectorSimulator(options: ConnectorSimulatorOptions = {}): Promise<StartedConnectorSimulatorServer> {
  const host = options.host ?? '127.0.0.1';
  const asyncSettleDelayMs = options.asyncSettleDelayMs ?? 500;
  const payments = new Map<string, StoredPayment>();
  const paymentsByReference = new Map<string, StoredPayment>();
  const refunds = new Map<string, ConnectorRefund & { account: string }>();
  const accounts = new Map<string, z.infer<typeof ConnectorAccountConfig>>();
  const sentWebhooks: SentWebhook[] = [];
  const faults = new FaultInjector();
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = '';

  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const publicPayment = ({
    account: _a,
    capture: _c,
    return_url: _r,
    settles_async: _s,
    connector: _n,
    method_type: _m,
    ...payment
  }: StoredPayment): ConnectorPayment => payment;
  const publicRefund = ({ account: _a, ...refund }: ConnectorRefund & { account: string }): ConnectorRefund => refund;

  async function sendWebhook(account: string, event: ConnectorWebhookEvent): Promise<void> {
    const config = accounts.get(account);
    // No endpoint set on the processor's dashboard: the event never leaves the processor.
    if (!config?.webhook_url) return;
    const record: SentWebhook = { event_id: event.event_id, kind: event.kind, target: config.webhook_url, status: null, attempts: 0 };
    sentWebhooks.push(record);
    for (const delay of [0, 200, 500, 1000, 2000]) {
      if (delay) await new Promise((resolve) => later(delay, () => resolve(undefined)));
      record.attempts += 1;
      const signed = buildConnectorWebhook(config.webhook_scheme, event, config.webhook_secret, new Date());
      try {
        const response = await fetch(config.webhook_url, { method: 'POST', headers: signed.headers, body: signed.body, signal: AbortSignal.timeout(5000) });
        record.status = response.status;
        await response.arrayBuffer();
        if (response.ok || (response.status >= 400 && response.status < 500)) return;
      } catch {
        record.status = null;
      }
    }
  }

  const eventFor = (payment: StoredPayment, kind: ConnectorWebhookKind, refund?: ConnectorRefund, eventId?: string): ConnectorWebhookEvent => ({
    event_id: eventId ?? `evt_${randomUUID().replaceAll('-', '')}`,
    kind,
    connector_transaction_id: payment.id,
    connector_refund_id: refund?.id ?? null,
    reference: refund?.reference ?? payment.reference,
    amount: refund?.amount ?? payment.amount,
    currency: payment.currency,
    occurred_at: new Date(),
  });

  /** Approved: charged at once, or held for a later capture. */
  function approve(payment: StoredPayment): void {
    payment.status = payment.capture === 'automatic' ? 'charged' : 'authorized';
    payment.amount_captured = payment.capture === 'automatic' ? payment.amount : 0;
  }

  function decline(payment: StoredPayment, code: string, message: string): void {
    payment.status = 'declined';
    payment.decline_code = code;
    payment.decline_message = message;
  }

  /** A pending payment settles (or, for a returned bank debit, fails) and the webhook reports it. */
  function settle(payment: StoredPayment, outcome: MethodOutcome = { kind: 'success' }): void {
    if (payment.status !== 'pending') return;
    if (outcome.kind === 'decline') {
      decline(payment, outcome.code, outcome.message);
      void sendWebhook(payment.account, eventFor(payment, 'payment_failed'));
      return;
    }
    approve(payment);
    void sendWebhook(payment.account, eventFor(payment, payment.capture === 'automatic' ? 'payment_succeeded' : 'payment_authorized'));
  }

  /** The customer's answer on a 3DS challenge or redirect page; only a payment still waiting for it changes. */
  function customerAnswered(payment: StoredPayment, approved: boolean, refusal: { code: string; message: string }): void {
    if (payment.status !== 'requires_challenge') return;
    if (approved) approve(payment);
    else decline(payment, refusal.code, refusal.message);
    payment.challenge_url = null;
  }

  const newPayment = (account: string, request: ConnectorAuthorizeRequest, connector: string, settlesAsync: boolean): StoredPayment => ({
    id: newId('sim'),
    reference: request.reference,
    status: 'declined',
    amount: request.amount,
    amount_captured: 0,
    amount_refunded: 0,
    currency: request.currency,
    decline_code: null,
    decline_message: null,
    challenge_url: null,
    account,
    capture: request.capture,
    return_url: request.return_url,
    settles_async: settlesAsync,
    connector,
    method_type: request.method?.payment_method_type ?? null,
  });

  const remember = (payment: StoredPayment): StoredPayment => {
    payments.set(payment.id, payment);
    paymentsByReference.set(payment.reference, payment);
    return payment;
  };

  /** Pay later, bank redirects and debits, gift cards, wallets: the connector's own test data decides (payment-methods.ts). */
  function authorizeMethod(account: string, request: ConnectorAuthorizeRequest, method: ConnectorPaymentMethod): StoredPayment {
    const payment = newPayment(account, request, request.connector ?? 'dummy', method.flow === 'debit');
    const result = methodResult(method, request);
    if (result.kind === 'success') approve(payment);
    else if (result.kind === 'decline') decline(payment, result.code, result.message);
    else if (result.kind === 'redirect') {
      payment.status = 'requires_challenge';
      payment.challenge_url = `${baseUrl}/redirect/${payment.id}`;
    } else {
      payment.status = 'pending';
      later(asyncSettleDelayMs, () => settle(payment, result.settles));
    }
    return remember(payment);
  }

  function authorize(account: string, request: ConnectorAuthorizeRequest): StoredPayment {
    if (!request.card) return authorizeMethod(account, request, request.method!);
    const settings = accounts.get(account);
    if (settings && !settings.raw_card_processing) {
      throw new ConnectorError(
        403,
        'raw_card_data_not_enabled',
        'Sending card numbers directly is not enabled on this account: turn on raw card processing (your processor may ask for a PCI AOC)',
      );
    }
    const connectorName = request.connector ?? 'dummy';
    const funding = connectorCardFunding(connectorName, request.card.number);
    if (settings && !settings.card_funding_enabled.includes(funding)) {
      throw new ConnectorError(400, 'payment_method_not_available', `${funding} cards are not enabled on this account`);
    }
    const outcome = connectorCardOutcome(connectorName, {
      number: request.card.number,
      holderName: request.card.holder_name,
      threeDsRequested: request.three_ds,
    });
    const payment = newPayment(account, request, connectorName, outcome.kind === 'async');
    if (expiryInPast(request.card.exp_month, request.card.exp_year, new Date())) {
      decline(payment, 'expired_card', 'Your card has expired.');
    } else if (outcome.kind === 'decline') {
      decline(payment, outcome.code, outcome.message);
    } else if (outcome.kind === 'challenge') {
      payment.status = 'requires_challenge';
      payment.challenge_url = `${baseUrl}/challenge/${payment.id}`;
    } else if (outcome.kind === 'async') {
      payment.status = 'pending';
      later(asyncSettleDelayMs, () => settle(payment));
    } else {
      approve(payment);
    }
    return remember(payment);
  }

  function findPayment(id: string): StoredPayment {
    const payment = payments.get(id);
    if (!payment) throw new ConnectorError(404, 'resource_missing', `No such payment: ${id}`);
    return payment;
  }

  function capture(payment: StoredPayment, amount: number): StoredPayment {
    // With multiple captures a partly captured authorisation stays open for the rest.
    const open = payment.status === 'authorized' || (payment.capture === 'manual_multiple' && payment.status === 'partially_charged');
    if (!open) throw new ConnectorError(409, 'invalid_state', `payment is ${payment.status}, expected authorized`);
    const remaining = payment.amount - payment.amount_captured;
    if (amount < 1 || amount > remaining) throw new ConnectorError(400, 'amount_too_large', `capture amount ${amount} is outside 1..${remaining}`);
    const total = payment.amount_captured + amount;
    const captured = total === payment.amount ? 'charged' : 'partially_charged';
    if (settlesLater(payment.connector, 'capture')) {
      // "received": the capture is booked later and reported by webhook, as Adyen does.
      payment.status = 'pending';
      later(asyncSettleDelayMs, () => {
        if (payment.status !== 'pending') return;
        payment.amount_captured = total;
        payment.status = captured;
        void sendWebhook(payment.account, { ...eventFor(payment, 'payment_captured'), amount: total });
      });
      return payment;
    }
    payment.amount_captured = total;
    payment.status = captured;
    return payment;
  }

  function voidPayment(payment: StoredPayment): StoredPayment {
    if (payment.status !== 'authorized' && payment.status !== 'requires_challenge' && payment.status !== 'pending') {
      throw new ConnectorError(409, 'invalid_state', `payment is ${payment.status}, cannot be voided`);
    }
    payment.status = 'voided';
    return payment;
  }

  function refund(payment: StoredPayment, amount: number, reference: string): ConnectorRefund {
    if (payment.status !== 'charged' && payment.status !== 'partially_charged')
      throw new ConnectorError(409, 'invalid_state', `payment is ${payment.status}, cannot be refunded`);
    if (amount < 1 || payment.amount_refunded + amount > payment.amount_captured) {
      throw new ConnectorError(400, 'amount_too_large', `refund of ${amount} exceeds the refundable ${payment.amount_captured - payment.amount_refunded}`);
    }
    payment.amount_refunded += amount;
    const stored: ConnectorRefund & { account: string } = {
      id: newId('simre'),
      payment_id: payment.id,
      reference,
      status: payment.settles_async || settlesLater(payment.connector, 'refund') ? 'pending' : 'succeeded',
      amount,
      currency: payment.currency,
      account: payment.account,
    };
    refunds.set(stored.id, stored);
    if (stored.status === 'pending') {
      later(asyncSettleDelayMs, () => {
        stored.status = 'succeeded';
        void sendWebhook(payment.account, eventFor(payment, 'refund_succeeded', publicRefund(stored)));
      });
    }
    return publicRefund(stored);
  }

  // The issuer's challenge (ACS) form. Shown on its own inside the SDK's 3DS frame (in-page flow, with
  // `notify`: the result is posted there), or nested two frames deep in the hosted redirect page, as
  // processors' 3DS pages nest the issuer's page; then the answer takes the whole window back.
  function acsPage(payment: StoredPayment, notify: string | null): string {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandbox bank: 3D Secure</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:1.5rem auto;padding:0 1rem}button{font-size:1rem;padding:.75rem 1.5rem;margin-right:1rem;border-radius:6px;border:0;cursor:pointer}#complete{background:#0a7d32;color:#fff}#reject{background:#b3261e;color:#fff}</style></head>
<body><h1>Sandbox bank</h1><p>Confirm the payment of <strong>${payment.amount} ${escapeHtml(payment.currency)}</strong> (minor units) for reference ${escapeHtml(payment.reference)}.</p>
<form method="post" action="/challenge/${payment.id}"${notify ? '' : ' target="_top"'}>${notify ? `<input type="hidden" name="notify" value="${escapeHtml(notify)}">` : ''}<button id="complete" data-testid="challenge-complete" name="decision" value="complete">Complete</button><button id="reject" data-testid="challenge-reject" name="decision" value="reject">Reject</button></form></body></html>`;
  }

  const framePage = (title: string, name: string, src: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;min-height:420px}</style></head><body><iframe name="${name}" title="${title}" src="${src}"></iframe></body></html>`;

  const notifyUrl = (value: string | null): string | null => {
    if (!value) return null;
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
    } catch {
      return null;
    }
  };

  /** The processor API proper; returns the JSON answer, or null when the path is not a processor call. */
  async function processorCall(req: IncomingMessage, method: string, path: string, segments: string[], account: string): Promise<unknown> {
    if (method === 'POST' && path === '/v1/payments') return publicPayment(authorize(account, parseJson(ConnectorAuthorizeRequest, await readBody(req))));
    if (method === 'GET' && segments[0] === 'v1' && segments[1] === 'payments' && segments[2] === 'by-reference' && segments[3]) {
      const reference = decodeURIComponent(segments[3]);
      const found = paymentsByReference.get(reference);
      if (!found) throw new ConnectorError(404, 'resource_missing', `No payment with reference ${reference}`);
      return publicPayment(found);
    }
    if (segments[0] === 'v1' && segments[1] === 'payments' && segments[2]) {
      const payment = findPayment(segments[2]);
      if (method === 'GET' && segments.length === 3) return publicPayment(payment);
      if (method === 'POST' && segments[3] === 'capture')
        return publicPayment(capture(payment, parseJson(ConnectorCaptureRequest, await readBody(req)).amount));
      if (method === 'POST' && segments[3] === 'void') return publicPayment(voidPayment(payment));
      if (method === 'POST' && segments[3] === 'refunds') {
        const body = parseJson(ConnectorRefundRequest, await readBody(req));
        return refund(payment, body.amount, body.reference);
      }
    }
    if (method === 'GET' && segments[0] === 'v1' && segments[1] === 'refunds' && segments[2]) {
      const stored = refunds.get(segments[2]);
      if (!stored) throw new ConnectorError(404, 'resource_missing', `No such refund: ${segments[2]}`);
      return publicRefund(stored);
    }
    return null;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const segments = path.split('/').filter(Boolean);
    const account = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '') || 'anonymous';

    if (path === '/health') return sendJson(res, 200, { status: 'ok' });

    if (segments[0] === 'v1' && segments[1] !== 'simulator') {
      const decision = faults.decide(method, path, req.headers);
      if (decision.latencyMs) await new Promise((resolve) => later(decision.latencyMs, () => resolve(undefined)));
      if (decision.fail && decision.phase === 'after') {
        // The processor acts, then its answer is lost: the caller cannot know the outcome.
        await processorCall(req, method, path, segments, account).catch(() => undefined);
        if (decision.fail === 500) return sendJson(res, 500, { error: { code: 'processor_unavailable', message: 'Injected failure' } });
        req.socket.destroy();
        return;
      }
      if (decision.fail === 'reset') {
        req.socket.destroy();
        return;
      }
      if (decision.fail === 'timeout') return; // never answers; the caller's timeout decides
      if (decision.fail === 500) return sendJson(res, 500, { error: { code: 'processor_unavailable', message: 'Injected failure' } });
    }
    const answer = await processorCall(req, method, path, segments, account);
    if (answer) return sendJson(res, 200, answer);

    if (segments[0] === 'challenge' && segments[1]) {
      const payment = findPayment(segments[1]);
      if (method === 'GET' && segments.length === 2)
        return sendHtml(res, 200, framePage('Sandbox processor: 3D Secure', 'challengeFrame', `/challenge/${payment.id}/frame`));
      if (method === 'GET' && segments[2] === 'frame') return sendHtml(res, 200, framePage('3D Secure', 'acsFrame', `/challenge/${payment.id}/acs`));
      if ((method === 'GET' || method === 'POST') && segments[2] === 'acs') {
        if (method === 'POST') await readBody(req); // the CReq: nothing in it changes the sandbox ACS
        return sendHtml(res, 200, acsPage(payment, notifyUrl(url.searchParams.get('notify'))));
      }
      if (method === 'POST' && segments.length === 2) {
        const form = new URLSearchParams(await readBody(req));
        const decision = form.get('decision');
        const notify = notifyUrl(form.get('notify'));
        customerAnswered(payment, decision === 'complete', { code: 'authentication_failed', message: 'The customer failed 3D Secure authentication.' });
        if (notify) {
          const cres = Buffer.from(
            JSON.stringify({ messageType: 'CRes', messageVersion: '2.2.0', transStatus: payment.status === 'declined' ? 'N' : 'Y' }),
          ).toString('base64url');
          return sendHtml(
            res,
            200,
            `<!doctype html><form id="cres" method="post" action="${escapeHtml(notify)}"><input type="hidden" name="cres" value="${cres}"></form><script>document.getElementById('cres').submit()</script>`,
          );
        }
        if (payment.return_url) return redirect(res, payment.return_url);
        return sendHtml(res, 200, `<p>Authentication ${payment.status === 'declined' ? 'rejected' : 'completed'}.</p>`);
      }
    }
    if (segments[0] === 'redirect' && segments[1] && segments.length === 2) {
      const payment = findPayment(segments[1]);
      if (method === 'GET') return sendHtml(res, 200, redirectResultPage({ ...payment, paymentMethodType: payment.method_type }));
      if (method === 'POST') {
        const decision = new URLSearchParams(await readBody(req)).get('decision');
        customerAnswered(payment, decision === 'authorize', REFUSED_AT_REDIRECT);
        if (payment.return_url) return redirect(res, payment.return_url);
        return sendHtml(res, 200, `<p>Payment ${payment.status === 'declined' ? 'refused' : 'authorised'}.</p>`);
      }
    }
    if (segments[0] === 'v1' && segments[1] === 'simulator') {
      if (method === 'PUT' && segments[2] === 'accounts' && segments[3]) {
        accounts.set(decodeURIComponent(segments[3]), parseJson(ConnectorAccountConfig, await readBody(req)));
        return sendJson(res, 200, { configured: true });
      }
      if (method === 'POST' && segments[2] === 'faults') {
        faults.add(parseJson(FaultRule, await readBody(req)));
        return sendJson(res, 200, { added: true });
      }
      if (method === 'GET' && segments[2] === 'faults') return sendJson(res, 200, { pending: faults.pending() });
      if (method === 'DELETE' && segments[2] === 'faults') {
        faults.clear();
        return sendJson(res, 200, { cleared: true });
      }
      // A simulator handed from one test worker to the next: no fault, record or pending settlement of the
      // previous one's payments may reach the next (its gateway may listen where the old one did).
      if (method === 'POST' && segments[2] === 'reset' && segments.length === 3) {
        faults.clear();
        sentWebhooks.length = 0;
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        return sendJson(res, 200, { reset: true, instance: options.instance ?? null });
      }
      if (method === 'POST' && segments[2] === 'webhooks') {
        const trigger = parseJson(WebhookTrigger, await readBody(req));
        const payment = findPayment(trigger.payment_id);
        const refundRecord = trigger.refund_id ? refunds.get(trigger.refund_id) : undefined;
        if (trigger.refund_id && !refundRecord) throw new ConnectorError(404, 'resource_missing', `No such refund: ${trigger.refund_id}`);
        const event = eventFor(payment, trigger.kind, refundRecord ? publicRefund(refundRecord) : undefined, trigger.event_id);
        await sendWebhook(payment.account, event);
        return sendJson(res, 200, { sent: sentWebhooks.at(-1) });
      }
      if (method === 'GET' && segments[2] === 'webhooks' && segments[3] === 'sent') return sendJson(res, 200, sentWebhooks);
    }
    throw new ConnectorError(404, 'not_found', `${method} ${path} is not a simulator route`);
  }

  const listening = await listen(
    (req, res) => {
      route(req, res).catch((error: unknown) => {
        if (res.headersSent) return;
        if (error instanceof ConnectorError) return sendJson(res, error.status, { error: { code: error.code, message: error.message } });
        sendJson(res, 500, { error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } });
      });
    },
    host,
    options.port ?? 0,
  );
  baseUrl = listening.url;

  return {
    url: listening.url,
    port: listening.port,
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await listening.stop();
    },
  };
}
