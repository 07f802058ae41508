import { request } from 'undici';
import { OUTGOING_WEBHOOK_SIGNATURE_HEADER, signOutgoingWebhook } from '../../../../helpers/signatures/outgoing-webhook.ts';
import { eventTypeForIntentStatus, eventTypeForRefundStatus, type EventType } from '../../../../helpers/schemas/enums.ts';
import type { EventRecord, OutgoingWebhook, WebhookDeliveryAttempt } from '../../../../helpers/schemas/index.ts';
import { ids } from '../../model/ids.ts';
import { paymentResponse, refundResponse } from '../responses.ts';
import type { GatewayState, Merchant, Payment, Refund } from '../../model/state.ts';
import { WithheldDeliveries } from './withheld-deliveries.ts';

// Merchant webhooks as Hyperswitch sends them (crates/router/src/core/webhooks/outgoing.rs):
// compact JSON, HMAC-SHA512 of the exact bytes in X-Webhook-Signature-512, retried on a schedule
// while the endpoint fails. Every attempt is kept for the events API.

export interface WebhookDeliveryOptions {
  /** Delays before each retry; Hyperswitch waits minutes, the sandbox seconds. */
  retryScheduleMs: readonly number[];
  timeoutMs: number;
}

export class OutgoingWebhookDispatcher {
  readonly #state: GatewayState;
  readonly #options: WebhookDeliveryOptions;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #bodies = new Map<string, { merchantId: string; body: string }>();
  /** Objects whose webhooks the sandbox drops (recorded, never sent). */
  readonly withheld = new WithheldDeliveries();
  #stopped = false;

  constructor(state: GatewayState, options: WebhookDeliveryOptions) {
    this.#state = state;
    this.#options = options;
  }

  paymentChanged(payment: Payment): void {
    const eventType = eventTypeForIntentStatus(payment.status);
    if (eventType)
      this.#emit(payment.merchant_id, eventType, 'payments', payment.payment_id, { type: 'payment_details', object: paymentResponse(this.#state, payment) });
  }

  refundChanged(refund: Refund): void {
    const eventType = eventTypeForRefundStatus(refund.status);
    if (eventType) this.#emit(refund.merchant_id, eventType, 'refunds', refund.refund_id, { type: 'refund_details', object: refundResponse(refund) });
  }

  #emit(merchantId: string, eventType: EventType, eventClass: EventRecord['event_class'], objectId: string, content: OutgoingWebhook['content']): void {
    const merchant = this.#state.merchants.get(merchantId);
    if (!merchant?.webhook_details?.webhook_url || !this.#enabled(merchant, eventType)) return;
    const eventId = ids.event();
    const created = new Date().toISOString();
    const webhook: OutgoingWebhook = {
      merchant_id: merchantId,
      event_id: eventId,
      event_type: eventType,
      content,
      timestamp: created,
      processor_merchant_id: merchantId,
    };
    this.#state.events.set(eventId, {
      event_id: eventId,
      merchant_id: merchantId,
      event_type: eventType,
      event_class: eventClass,
      object_id: objectId,
      created,
      is_delivered: false,
      delivery_attempts: [],
    });
    this.#bodies.set(eventId, { merchantId, body: JSON.stringify(webhook) });
    // A refund's webhooks are about its payment too.
    if (this.withheld.holds(objectId) || this.withheld.holds(content.object.payment_id)) return;
    void this.#deliver(eventId, 0);
  }

  #enabled(merchant: Merchant, eventType: EventType): boolean {
    const details = merchant.webhook_details;
    if (eventType === 'payment_succeeded' && details?.payment_succeeded_enabled === false) return false;
    if (eventType === 'payment_failed' && details?.payment_failed_enabled === false) return false;
    return true;
  }

  /** Delivers now; on failure schedules the next attempt from the retry schedule. */
  async #deliver(eventId: string, retryIndex: number): Promise<void> {
    const ok = await this.deliverOnce(eventId);
    if (ok || this.#stopped) return;
    const delay = this.#options.retryScheduleMs[retryIndex];
    if (delay === undefined) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      void this.#deliver(eventId, retryIndex + 1);
    }, delay);
    this.#timers.add(timer);
  }

  /** One delivery attempt, recorded; used by the retry loop and by the manual retry endpoint. */
  async deliverOnce(eventId: string): Promise<boolean> {
    const event = this.#state.events.get(eventId);
    const stored = this.#bodies.get(eventId);
    const merchant = stored ? this.#state.merchants.get(stored.merchantId) : undefined;
    const url = merchant?.webhook_details?.webhook_url;
    if (!event || !stored || !merchant || !url) return false;
    const started = performance.now();
    const attempt: WebhookDeliveryAttempt = {
      event_id: eventId,
      attempt: event.delivery_attempts.length + 1,
      delivered_at: new Date().toISOString(),
      response_status: null,
      error: null,
      duration_ms: 0,
      is_success: false,
    };
    try {
      const response = await request(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Hyperswitch-Backend-Server',
          [OUTGOING_WEBHOOK_SIGNATURE_HEADER]: signOutgoingWebhook(stored.body, merchant.payment_response_hash_key),
        },
        body: stored.body,
        headersTimeout: this.#options.timeoutMs,
        bodyTimeout: this.#options.timeoutMs,
      });
      await response.body.dump();
      attempt.response_status = response.statusCode;
      attempt.is_success = response.statusCode >= 200 && response.statusCode < 300;
      if (!attempt.is_success) attempt.error = `merchant endpoint answered ${response.statusCode}`;
    } catch (error) {
      attempt.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    attempt.duration_ms = Math.round(performance.now() - started);
    event.delivery_attempts.push(attempt);
    if (attempt.is_success) event.is_delivered = true;
    return attempt.is_success;
  }

  stop(): void {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
