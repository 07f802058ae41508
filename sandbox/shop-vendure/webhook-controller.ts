import type { IncomingMessage } from 'node:http';
import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { Logger } from '@vendure/core';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { decorateMethod } from './nest-decorate.ts';
import { GatewayPayment, GatewayRefund } from './owngateway-client.ts';
import { OwnGatewayPayments, type Outcome } from './owngateway-payments.ts';
import { WEBHOOK_PATH } from './settings.ts';
import { WEBHOOK_SIGNATURE_HEADER, webhookSignatureIsValid } from './signatures.ts';

// OwnGateway's webhooks: the signature (HMAC-SHA512 of the exact body bytes) is checked before the
// body is even parsed; payment events go through the same acceptance as the customer's return,
// refunds made outside Vendure become Refund records on the order. Repeats change nothing.

const LOG = 'OwnGatewayWebhook';

const Webhook = z.object({
  event_id: z.string(),
  event_type: z.string(),
  content: z.object({ type: z.string(), object: z.unknown() }),
});
/** The events this shop acts on; others (disputes, mandates, payouts) are acknowledged and left alone. */
const Content = z.discriminatedUnion('type', [
  z.object({ type: z.literal('payment_details'), object: GatewayPayment }),
  z.object({ type: z.literal('refund_details'), object: GatewayRefund }),
]);
const HANDLED_CONTENT: readonly string[] = ['payment_details', 'refund_details'];

interface WithRawBody {
  rawBody?: Buffer;
}

/** Keeps the exact request bytes for the signature check (registered before Vendure's JSON parser). */
export function keepRawBody(req: IncomingMessage & WithRawBody, _res: unknown, next: NextFunction): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    req.rawBody = Buffer.concat(chunks);
    next();
  });
  req.on('error', next);
}

export class OwnGatewayWebhookController {
  readonly #payments: OwnGatewayPayments;
  constructor(payments: OwnGatewayPayments) {
    this.#payments = payments;
  }

  async receive(req: Request & WithRawBody, res: Response): Promise<void> {
    const { defects, paymentResponseHashKey } = this.#payments.settings;
    const raw = req.rawBody ?? Buffer.alloc(0);
    const header = req.headers[WEBHOOK_SIGNATURE_HEADER];
    const signature = typeof header === 'string' ? header : undefined;
    if (defects.has('unawaited-signature-check')) {
      // The defect: the check is asynchronous and its promise is tested instead of its answer.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises, @typescript-eslint/no-unnecessary-condition -- seeded defect (unawaited-signature-check)
      if (!webhookSignatureIsValid(raw, signature, paymentResponseHashKey)) {
        res.status(401).json({ error: 'bad signature' });
        return;
      }
    } else if (!defects.has('webhook-without-signature')) {
      // the webhook-without-signature defect skips this check
      if (!(await webhookSignatureIsValid(raw, signature, paymentResponseHashKey))) {
        res.status(401).json({ error: `${WEBHOOK_SIGNATURE_HEADER} does not match the body` });
        return;
      }
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      json = null;
    }
    const webhook = Webhook.safeParse(json);
    if (!webhook.success) {
      res.status(400).json({ error: `not an OwnGateway webhook this shop reads: ${z.prettifyError(webhook.error)}` });
      return;
    }
    const { event_id: eventId, event_type: eventType } = webhook.data;
    if (!HANDLED_CONTENT.includes(webhook.data.content.type)) {
      res.status(200).json({ received: true, outcome: 'ignored' });
      return;
    }
    const content = Content.safeParse(webhook.data.content);
    if (!content.success) {
      res.status(400).json({ error: `not an OwnGateway ${webhook.data.content.type} this shop reads: ${z.prettifyError(content.error)}` });
      return;
    }
    try {
      const outcome = await this.#apply(content.data);
      Logger.info(`${eventId} ${eventType}: ${outcome}`, LOG);
      res.status(200).json({ received: true, outcome });
    } catch (error) {
      // A failure on our side: OwnGateway retries the delivery later.
      Logger.error(`${eventId} ${eventType}: ${this.#payments.describeError(error)}`, LOG);
      res.status(500).json({ error: 'could not process the event now' });
    }
  }

  async #apply(content: z.infer<typeof Content>): Promise<Outcome> {
    const ctx = await this.#payments.serverContext();
    if (content.type === 'refund_details') return this.#payments.recordGatewayRefund(ctx, content.object);
    const payment = content.object;
    const code = this.#payments.orderCodeOf(payment);
    if (!code) return 'unknown-order';
    await this.#payments.settings.calls.idle(payment.payment_id);
    return this.#payments.acceptPayment(ctx, code, payment, 'webhook');
  }
}

Controller()(OwnGatewayWebhookController);
Inject(OwnGatewayPayments)(OwnGatewayWebhookController, undefined, 0);
decorateMethod(OwnGatewayWebhookController.prototype, 'receive', [Post(WEBHOOK_PATH.slice(1))], [Req(), Res()]);
