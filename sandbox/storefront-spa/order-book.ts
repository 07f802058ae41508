import { join } from 'node:path';
import { JsonJournal } from '../persistence/json-journal.ts';
import { majorUnits } from './money.ts';

// The shop's orders and the webhook events it has already acted on, journalled under the
// deployment's state folder.

export type OrderStatus = 'awaiting_payment' | 'authorised' | 'shipped' | 'payment_failed' | 'cancelled';
export type PaymentState = 'requires_payment' | 'authorised' | 'captured' | 'partially_captured' | 'declined' | 'voided';

export interface BookedOrder {
  ref: string;
  store: string;
  currency: string;
  total_minor: number;
  lines: { code: string; title: string; qty: number; price_minor: number }[];
  status: OrderStatus;
  payment: { id: string; client_secret: string; state: PaymentState; captured_minor: number };
  shipments: { id: string; dispatched_at: string; captured_minor: number }[];
  refunds: { id: string; amount_minor: number }[];
  created_at: string;
}

type BookEntry = { order: BookedOrder } | { seen_event: string };

export class OrderBook {
  readonly #journal: JsonJournal<BookEntry>;
  readonly #orders = new Map<string, BookedOrder>();
  readonly #seenEvents = new Set<string>();

  constructor(dataDir: string) {
    this.#journal = new JsonJournal(join(dataDir, 'state', 'orders.jsonl'));
    for (const entry of this.#journal.replay()) {
      if ('order' in entry) this.#orders.set(entry.order.ref, entry.order);
      else this.#seenEvents.add(entry.seen_event);
    }
  }

  find(ref: string): BookedOrder | undefined {
    return this.#orders.get(ref);
  }
  findByPayment(paymentId: string): BookedOrder | undefined {
    return [...this.#orders.values()].find((o) => o.payment.id === paymentId);
  }
  put(order: BookedOrder): void {
    this.#orders.set(order.ref, order);
    this.#journal.append({ order });
  }

  /** False when the event was already acted on (a redelivery). */
  firstSighting(eventId: string): boolean {
    if (this.#seenEvents.has(eventId)) return false;
    this.#seenEvents.add(eventId);
    this.#journal.append({ seen_event: eventId });
    return true;
  }
}

const money = (minor: number, currency: string) => ({ value: majorUnits(minor, currency), currency });

/** The shop's public order document (GET /api/v2/orders/{ref}): decimal strings in major units, no client secret. */
export function orderDocument(order: BookedOrder) {
  return {
    order: {
      ref: order.ref,
      store: order.store,
      status: order.status,
      lines: order.lines.map((l) => ({ code: l.code, title: l.title, qty: l.qty, unit: money(l.price_minor, order.currency) })),
      total: money(order.total_minor, order.currency),
      payment: { id: order.payment.id, state: order.payment.state, captured: money(order.payment.captured_minor, order.currency) },
      shipments: order.shipments.map((s) => ({ id: s.id, dispatched_at: s.dispatched_at, captured: money(s.captured_minor, order.currency) })),
      refunds: order.refunds.map((r) => ({ id: r.id, amount: money(r.amount_minor, order.currency) })),
      created_at: order.created_at,
    },
  };
}
