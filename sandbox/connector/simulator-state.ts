import type { z } from 'zod';
import type { ConnectorWebhookKind } from '../../helpers/connectors/webhooks/index.ts';
import { FaultInjector } from '../http/faults.ts';
import { randomHex } from '../random.ts';
import { ConnectorError } from './connector-error.ts';
import type { ConnectorAccountConfig, ConnectorPayment, ConnectorRefund } from './protocol.ts';

// What the processor remembers between calls: payments, refunds, the merchants' dashboard settings,
// the webhooks it sent, the faults it was told to inject, and the timers of everything that happens
// later (settlements, webhook retries, injected latency), so a reset or a stop can cancel them.

export interface StoredPayment extends ConnectorPayment {
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

export interface StoredRefund extends ConnectorRefund {
  account: string;
}

export interface SentWebhook {
  event_id: string;
  kind: ConnectorWebhookKind;
  target: string;
  status: number | null;
  attempts: number;
}

/** Payment (`sim_`) and refund (`simre_`) ids. */
export const newId = (prefix: string) => `${prefix}_${randomHex(12)}`;

export type ConnectorAccount = z.infer<typeof ConnectorAccountConfig>;

/** A payment as the processor's API shows it: without what only the processor keeps. */
export const publicPayment = ({
  account: _a,
  capture: _c,
  return_url: _r,
  settles_async: _s,
  connector: _n,
  method_type: _m,
  ...payment
}: StoredPayment): ConnectorPayment => payment;

export const publicRefund = ({ account: _a, ...refund }: StoredRefund): ConnectorRefund => refund;

export class SimulatorState {
  readonly payments = new Map<string, StoredPayment>();
  readonly paymentsByReference = new Map<string, StoredPayment>();
  readonly refunds = new Map<string, StoredRefund>();
  readonly accounts = new Map<string, ConnectorAccount>();
  readonly sentWebhooks: SentWebhook[] = [];
  readonly faults = new FaultInjector();
  readonly #timers = new Set<NodeJS.Timeout>();

  /** Runs `fn` after `ms`, unless a reset or a stop comes first. */
  later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      fn();
    }, ms);
    this.#timers.add(timer);
  }

  /** A wait that a reset or a stop cancels: whoever awaits it then never resumes. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.later(ms, () => resolve()));
  }

  cancelTimers(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  /**
   * A simulator handed from one test worker to the next: no fault, record or pending settlement of the
   * previous one's payments may reach the next (its gateway may listen where the old one did).
   */
  resetForNextUser(): void {
    this.faults.clear();
    this.sentWebhooks.length = 0;
    this.cancelTimers();
  }

  remember(payment: StoredPayment): StoredPayment {
    this.payments.set(payment.id, payment);
    this.paymentsByReference.set(payment.reference, payment);
    return payment;
  }

  findPayment(id: string): StoredPayment {
    const payment = this.payments.get(id);
    if (!payment) throw new ConnectorError(404, 'resource_missing', `No such payment: ${id}`);
    return payment;
  }

  findPaymentByReference(reference: string): StoredPayment {
    const payment = this.paymentsByReference.get(reference);
    if (!payment) throw new ConnectorError(404, 'resource_missing', `No payment with reference ${reference}`);
    return payment;
  }

  findRefund(id: string): StoredRefund {
    const refund = this.refunds.get(id);
    if (!refund) throw new ConnectorError(404, 'resource_missing', `No such refund: ${id}`);
    return refund;
  }
}
