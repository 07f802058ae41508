import { connectorCardFunding, connectorCardOutcome, settlesLater } from '../../../helpers/cards/connector-test-cards.ts';
import type { MethodOutcome } from '../../../helpers/connectors/test-payment-methods.ts';
import { ConnectorError } from '../connector-error.ts';
import { methodResult } from '../payment-methods.ts';
import type { ConnectorAuthorizeRequest, ConnectorPaymentMethod } from '../protocol.ts';
import { newId, type SimulatorState, type StoredPayment } from '../simulator-state.ts';
import { webhookEvent, type WebhookSender } from './webhooks.ts';

// A payment's life at the processor: authorised by the connector's test data (cards, or the other
// payment methods' tables), captured, voided, settled later when it was pending, answered by the
// customer on a 3DS or redirect page. What settles later is reported by webhook.

function expiryInPast(month: string, year: string, now: Date): boolean {
  const y = Number(year.length === 2 ? `20${year}` : year);
  const m = Number(month);
  return y < now.getUTCFullYear() || (y === now.getUTCFullYear() && m < now.getUTCMonth() + 1);
}

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

export interface PaymentOperationsOptions {
  /** How long a pending payment or a "received" capture waits before it settles. */
  settleDelayMs: number;
  /** The simulator's own URL, for the challenge and redirect pages it sends customers to. */
  baseUrl: () => string;
}

export class PaymentOperations {
  readonly #state: SimulatorState;
  readonly #webhooks: WebhookSender;
  readonly #options: PaymentOperationsOptions;

  constructor(state: SimulatorState, webhooks: WebhookSender, options: PaymentOperationsOptions) {
    this.#state = state;
    this.#webhooks = webhooks;
    this.#options = options;
  }

  authorize(account: string, request: ConnectorAuthorizeRequest): StoredPayment {
    if (!request.card) return this.#authorizeMethod(account, request, request.method!);
    const settings = this.#state.accounts.get(account);
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
      payment.challenge_url = `${this.#options.baseUrl()}/challenge/${payment.id}`;
    } else if (outcome.kind === 'async') {
      payment.status = 'pending';
      this.#state.later(this.#options.settleDelayMs, () => this.#settle(payment));
    } else {
      approve(payment);
    }
    return this.#state.remember(payment);
  }

  /** Pay later, bank redirects and debits, gift cards, wallets: the connector's own test data decides (payment-methods.ts). */
  #authorizeMethod(account: string, request: ConnectorAuthorizeRequest, method: ConnectorPaymentMethod): StoredPayment {
    const payment = newPayment(account, request, request.connector ?? 'dummy', method.flow === 'debit');
    const result = methodResult(method, request);
    if (result.kind === 'success') approve(payment);
    else if (result.kind === 'decline') decline(payment, result.code, result.message);
    else if (result.kind === 'redirect') {
      payment.status = 'requires_challenge';
      payment.challenge_url = `${this.#options.baseUrl()}/redirect/${payment.id}`;
    } else {
      payment.status = 'pending';
      this.#state.later(this.#options.settleDelayMs, () => this.#settle(payment, result.settles));
    }
    return this.#state.remember(payment);
  }

  /** A pending payment settles (or, for a returned bank debit, fails) and the webhook reports it. */
  #settle(payment: StoredPayment, outcome: MethodOutcome = { kind: 'success' }): void {
    if (payment.status !== 'pending') return;
    if (outcome.kind === 'decline') {
      decline(payment, outcome.code, outcome.message);
      void this.#webhooks.send(payment.account, webhookEvent(payment, 'payment_failed'));
      return;
    }
    approve(payment);
    void this.#webhooks.send(payment.account, webhookEvent(payment, payment.capture === 'automatic' ? 'payment_succeeded' : 'payment_authorized'));
  }

  capture(payment: StoredPayment, amount: number): StoredPayment {
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
      this.#state.later(this.#options.settleDelayMs, () => {
        if (payment.status !== 'pending') return;
        payment.amount_captured = total;
        payment.status = captured;
        void this.#webhooks.send(payment.account, { ...webhookEvent(payment, 'payment_captured'), amount: total });
      });
      return payment;
    }
    payment.amount_captured = total;
    payment.status = captured;
    return payment;
  }

  void(payment: StoredPayment): StoredPayment {
    if (payment.status !== 'authorized' && payment.status !== 'requires_challenge' && payment.status !== 'pending') {
      throw new ConnectorError(409, 'invalid_state', `payment is ${payment.status}, cannot be voided`);
    }
    payment.status = 'voided';
    return payment;
  }

  /** The customer's answer on a 3DS challenge or redirect page; only a payment still waiting for it changes. */
  customerAnswered(payment: StoredPayment, approved: boolean, refusal: { code: string; message: string }): void {
    if (payment.status !== 'requires_challenge') return;
    if (approved) approve(payment);
    else decline(payment, refusal.code, refusal.message);
    payment.challenge_url = null;
  }
}
