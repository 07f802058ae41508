import { settlesLater } from '../../../helpers/cards/connector-test-cards.ts';
import { ConnectorError } from '../connector-error.ts';
import type { ConnectorRefund } from '../protocol.ts';
import { newId, publicRefund, type SimulatorState, type StoredPayment, type StoredRefund } from '../simulator-state.ts';
import { webhookEvent, type WebhookSender } from './webhooks.ts';

// Refunds at the processor: at once, or "pending" and reported by webhook when the payment settled
// late or the connector books refunds later (Adyen).

export class RefundOperations {
  readonly #state: SimulatorState;
  readonly #webhooks: WebhookSender;
  readonly #settleDelayMs: number;

  constructor(state: SimulatorState, webhooks: WebhookSender, settleDelayMs: number) {
    this.#state = state;
    this.#webhooks = webhooks;
    this.#settleDelayMs = settleDelayMs;
  }

  refund(payment: StoredPayment, amount: number, reference: string): ConnectorRefund {
    if (payment.status !== 'charged' && payment.status !== 'partially_charged')
      throw new ConnectorError(409, 'invalid_state', `payment is ${payment.status}, cannot be refunded`);
    if (amount < 1 || payment.amount_refunded + amount > payment.amount_captured) {
      throw new ConnectorError(400, 'amount_too_large', `refund of ${amount} exceeds the refundable ${payment.amount_captured - payment.amount_refunded}`);
    }
    payment.amount_refunded += amount;
    const stored: StoredRefund = {
      id: newId('simre'),
      payment_id: payment.id,
      reference,
      status: payment.settles_async || settlesLater(payment.connector, 'refund') ? 'pending' : 'succeeded',
      amount,
      currency: payment.currency,
      account: payment.account,
    };
    this.#state.refunds.set(stored.id, stored);
    if (stored.status === 'pending') {
      this.#state.later(this.#settleDelayMs, () => {
        stored.status = 'succeeded';
        void this.#webhooks.send(payment.account, webhookEvent(payment, 'refund_succeeded', publicRefund(stored)));
      });
    }
    return publicRefund(stored);
  }
}
