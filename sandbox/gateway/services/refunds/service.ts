import { apiErrors } from '../../model/api-error.ts';
import { ConnectorRejectedError, ConnectorUnavailableError } from '../connector-client.ts';
import { ids } from '../../model/ids.ts';
import type { OutgoingWebhookDispatcher } from '../webhooks/outgoing.ts';
import { apiKeyOf, type PaymentService } from '../payments/service.ts';
import type { GatewayState, Merchant, Payment, Refund } from '../../model/state.ts';
import type { ConnectorClient } from '../connector-client.ts';
import type { RefundStatus } from '../../../../helpers/schemas/enums.ts';

// Refund rules (crates/router/src/core/refunds.rs): only succeeded or partially captured payments,
// never more than was captured minus what is already refunded or pending.

export class RefundService {
  readonly #state: GatewayState;
  readonly #connector: ConnectorClient;
  readonly #webhooks: OutgoingWebhookDispatcher;
  readonly #payments: PaymentService;

  constructor(state: GatewayState, connector: ConnectorClient, webhooks: OutgoingWebhookDispatcher, payments: PaymentService) {
    this.#state = state;
    this.#connector = connector;
    this.#webhooks = webhooks;
    this.#payments = payments;
  }

  refundable(payment: Payment): number {
    const committed = payment.refund_ids
      .map((id) => this.#state.refunds.get(id))
      .filter((refund): refund is Refund => refund !== undefined && refund.status !== 'failed')
      .reduce((sum, refund) => sum + refund.amount, 0);
    return (payment.amount_received ?? 0) - committed;
  }

  async create(
    merchant: Merchant,
    body: {
      payment_id: string;
      refund_id?: string | undefined;
      amount?: number | undefined;
      reason?: string | undefined;
      metadata?: Record<string, unknown> | undefined;
    },
  ): Promise<Refund> {
    const payment = this.#payments.find(merchant, body.payment_id);
    if (payment.status !== 'succeeded' && payment.status !== 'partially_captured') {
      throw apiErrors.unexpectedState('refund', 'status', payment.status, 'succeeded, partially_captured');
    }
    const refundId = body.refund_id ?? ids.refund();
    if (this.#state.refunds.has(refundId)) throw apiErrors.duplicateRefund();
    const amount = body.amount ?? this.refundable(payment);
    if (amount <= 0 && body.amount !== undefined) throw apiErrors.invalidDataFormat('amount', 'a positive integer in minor units');
    if (amount <= 0 || amount > this.refundable(payment)) throw apiErrors.refundExceedsCaptured();
    const mca = this.#payments.mcaOf(payment);
    let result;
    try {
      result = await this.#connector.refund(apiKeyOf(mca), payment.connector_transaction_id ?? '', amount, refundId);
    } catch (error) {
      if (error instanceof ConnectorRejectedError) throw apiErrors.connectorError(error.status, `${error.code}: ${error.message}`);
      if (error instanceof ConnectorUnavailableError) throw apiErrors.connectorError(502, `processor_unavailable: ${error.message}`);
      throw error;
    }
    const now = new Date().toISOString();
    const refund: Refund = {
      refund_id: refundId,
      payment_id: payment.payment_id,
      merchant_id: merchant.merchant_id,
      profile_id: payment.profile_id,
      amount,
      currency: payment.currency,
      status: 'pending',
      reason: body.reason ?? null,
      metadata: body.metadata ?? null,
      connector: mca.connector_name,
      merchant_connector_id: mca.merchant_connector_id,
      connector_refund_id: result.id,
      error_code: null,
      error_message: null,
      created_at: now,
      updated_at: now,
    };
    this.#state.refunds.set(refundId, refund);
    payment.refund_ids.push(refundId);
    this.setStatus(refund, result.status);
    return refund;
  }

  /** POST /refunds/{id}: only the reason and metadata change (RefundUpdateRequest). */
  update(refund: Refund, input: { reason?: string | undefined; metadata?: Record<string, unknown> | undefined }): Refund {
    if (input.reason !== undefined) refund.reason = input.reason;
    if (input.metadata !== undefined) refund.metadata = input.metadata;
    refund.updated_at = new Date().toISOString();
    return refund;
  }

  find(merchant: Merchant, refundId: string): Refund {
    const refund = this.#state.refunds.get(refundId);
    if (!refund || refund.merchant_id !== merchant.merchant_id) throw apiErrors.notFound('Refund');
    return refund;
  }

  setStatus(refund: Refund, status: RefundStatus): void {
    refund.updated_at = new Date().toISOString();
    if (refund.status === status) return;
    refund.status = status;
    this.#webhooks.refundChanged(refund);
  }
}
