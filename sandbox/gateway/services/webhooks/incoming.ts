import { verifyConnectorWebhook, schemeForConnector, type ConnectorWebhookEvent } from '../../../../helpers/connectors/webhooks/index.ts';
import type { IntentStatus } from '../../../../helpers/schemas/enums.ts';
import { apiErrors } from '../../model/api-error.ts';
import type { PaymentService } from '../payments/service.ts';
import type { RefundService } from '../refunds/service.ts';
import type { ConnectorAccount, GatewayState, Payment } from '../../model/state.ts';

// POST /webhooks/{merchant_id}/{connector_name | merchant_connector_id}: what the connector sends
// after the merchant pointed its dashboard at OwnGateway. Authenticated with the connector
// account's webhook secret; only forward moves are applied, so late or reordered events
// cannot undo a newer state.

// How far along each status is; an event may only move a payment to a later rank.
const RANK: Partial<Record<IntentStatus, number>> = {
  requires_payment_method: 0,
  requires_confirmation: 0,
  requires_customer_action: 1,
  processing: 2,
  requires_capture: 3,
  partially_captured: 4,
  succeeded: 4,
  failed: 4,
  cancelled: 4,
};

export interface IncomingWebhookResult {
  applied: boolean;
  reason?: string;
}

export class IncomingConnectorWebhooks {
  readonly #state: GatewayState;
  readonly #payments: PaymentService;
  readonly #refunds: RefundService;
  readonly #toleranceSeconds: number;

  constructor(state: GatewayState, payments: PaymentService, refunds: RefundService, toleranceSeconds: number) {
    this.#state = state;
    this.#payments = payments;
    this.#refunds = refunds;
    this.#toleranceSeconds = toleranceSeconds;
  }

  async receive(
    merchantId: string,
    connectorRef: string,
    headers: Record<string, string | string[] | undefined>,
    rawBody: string,
  ): Promise<IncomingWebhookResult> {
    const mca = this.#findAccount(merchantId, connectorRef);
    const secret = mca.connector_webhook_details?.merchant_secret;
    // No secret configured means nothing can be authenticated: refuse rather than trust.
    if (!secret) throw apiErrors.webhookAuthenticationFailed();
    const flatHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(',') : v]));
    const verdict = verifyConnectorWebhook(schemeForConnector(mca.connector_name), {
      headers: flatHeaders,
      rawBody,
      secret,
      now: new Date(),
      toleranceSeconds: this.#toleranceSeconds,
    });
    if (!verdict.ok) throw apiErrors.webhookAuthenticationFailed();
    const seen = this.#state.processedConnectorEvents.get(mca.merchant_connector_id) ?? new Set<string>();
    this.#state.processedConnectorEvents.set(mca.merchant_connector_id, seen);
    // A repeated event id is a retry or a replay of something already acted on: acknowledge, change nothing.
    if (seen.has(verdict.event.event_id)) return { applied: false, reason: 'duplicate_event' };
    const payment = this.#findPayment(mca, verdict.event);
    if (!payment) throw apiErrors.webhookResourceNotFound();
    seen.add(verdict.event.event_id);
    return this.#apply(payment, verdict.event);
  }

  async #apply(payment: Payment, event: ConnectorWebhookEvent): Promise<IncomingWebhookResult> {
    if (event.kind === 'refund_succeeded' || event.kind === 'refund_failed') {
      const refund = payment.refund_ids.map((id) => this.#state.refunds.get(id)).find((r) => r?.connector_refund_id === event.connector_refund_id);
      if (!refund) throw apiErrors.webhookResourceNotFound();
      if (refund.status !== 'pending') return { applied: false, reason: 'refund_already_final' };
      this.#refunds.setStatus(refund, event.kind === 'refund_succeeded' ? 'succeeded' : 'failed');
      return { applied: true };
    }
    const target = this.#targetStatus(payment, event);
    if (!target || (RANK[target] ?? 0) <= (RANK[payment.status] ?? 0)) return { applied: false, reason: 'stale_event' };
    if (event.amount !== (event.kind === 'payment_captured' ? event.amount : payment.amount)) return { applied: false, reason: 'amount_mismatch' };
    if (event.kind === 'payment_failed') {
      // Hyperswitch turns a payment webhook into a PSync of the connector's payment (payments_incoming_webhook_flow in
      // crates/router/src/core/webhooks/incoming.rs), so a late failure (a returned bank debit) carries the connector's
      // own error code and message; only an unreachable connector leaves the generic one.
      await this.#payments.sync(payment);
      if (payment.status === 'failed') return { applied: true };
    }
    this.#payments.applyConnectorResult(payment, {
      id: event.connector_transaction_id,
      reference: event.reference,
      amount: payment.amount,
      currency: payment.currency,
      status:
        target === 'succeeded'
          ? 'charged'
          : target === 'partially_captured'
            ? 'partially_charged'
            : target === 'requires_capture'
              ? 'authorized'
              : target === 'cancelled'
                ? 'voided'
                : 'declined',
      amount_captured: target === 'succeeded' || target === 'partially_captured' ? event.amount : 0,
      amount_refunded: 0,
      decline_code: target === 'failed' ? 'declined' : null,
      decline_message: target === 'failed' ? 'The processor declined the payment' : null,
      challenge_url: null,
    });
    return { applied: true };
  }

  #targetStatus(payment: Payment, event: ConnectorWebhookEvent): IntentStatus | null {
    switch (event.kind) {
      case 'payment_succeeded':
        return 'succeeded';
      case 'payment_authorized':
        return payment.capture_method === 'automatic' ? null : 'requires_capture';
      case 'payment_failed':
        return 'failed';
      case 'payment_captured':
        return event.amount < payment.amount ? 'partially_captured' : 'succeeded';
      case 'payment_voided':
        return 'cancelled';
      default:
        return null;
    }
  }

  #findAccount(merchantId: string, connectorRef: string): ConnectorAccount {
    const accounts = this.#state.merchantConnectors(merchantId);
    const mca = accounts.find((a) => a.merchant_connector_id === connectorRef) ?? accounts.find((a) => a.connector_name === connectorRef);
    if (!mca) throw apiErrors.webhookResourceNotFound();
    return mca;
  }

  #findPayment(mca: ConnectorAccount, event: ConnectorWebhookEvent): Payment | undefined {
    for (const payment of this.#state.payments.values()) {
      if (payment.merchant_connector_id !== mca.merchant_connector_id) continue;
      if (payment.connector_transaction_id === event.connector_transaction_id || payment.attempt_id === event.reference) return payment;
    }
    return undefined;
  }
}
