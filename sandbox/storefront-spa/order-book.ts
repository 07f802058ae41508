import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMinorUnits } from '../../helpers/money.ts';

// The shop's orders and the webhook events it has already acted on, kept in one JSON file under the
// deployment's state folder (write + rename, so a crash never leaves half a file).

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

interface BookFile { orders: Record<string, BookedOrder>; seen_events: string[] }

export class OrderBook {
  readonly #file: string;
  #data: BookFile;

  constructor(dataDir: string) {
    const dir = join(dataDir, 'state');
    mkdirSync(dir, { recursive: true });
    this.#file = join(dir, 'orders.json');
    this.#data = existsSync(this.#file) ? JSON.parse(readFileSync(this.#file, 'utf8')) as BookFile : { orders: {}, seen_events: [] };
  }

  #write(): void {
    const temp = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.#data));
    renameSync(temp, this.#file);
  }

  find(ref: string): BookedOrder | undefined { return this.#data.orders[ref]; }
  findByPayment(paymentId: string): BookedOrder | undefined { return Object.values(this.#data.orders).find((o) => o.payment.id === paymentId); }
  put(order: BookedOrder): void { this.#data.orders[order.ref] = order; this.#write(); }

  /** False when the event was already acted on (a redelivery). */
  firstSighting(eventId: string): boolean {
    if (this.#data.seen_events.includes(eventId)) return false;
    this.#data.seen_events.push(eventId);
    this.#write();
    return true;
  }
}

const money = (minor: number, currency: string) => ({ value: formatMinorUnits(minor, currency), currency });

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
