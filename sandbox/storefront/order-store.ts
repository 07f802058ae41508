import { join } from 'node:path';
import { JsonJournal } from '../persistence/json-journal.ts';

// Orders survive a storefront restart: every change is a line of the shop's journal.

export type OrderStatus = 'pending' | 'authorized' | 'paid' | 'failed' | 'cancelled' | 'partially_refunded' | 'refunded';

export interface Order {
  id: string;
  items: { sku: string; name: string; quantity: number; unit_amount: number }[];
  amount: number;
  currency: string;
  capture_method: 'automatic' | 'manual';
  status: OrderStatus;
  payment_id: string;
  client_secret: string;
  fulfilled: boolean;
  fulfilled_amount: number;
  fulfilment_count: number;
  refunded_amount: number;
  created_at: string;
  updated_at: string;
}

type JournalEntry = { order: Order } | { processed_event_id: string };

export class OrderStore {
  readonly #journal: JsonJournal<JournalEntry>;
  readonly #orders = new Map<string, Order>();
  readonly #processedEventIds = new Set<string>();

  constructor(dataDir: string) {
    this.#journal = new JsonJournal(join(dataDir, 'orders.jsonl'));
    for (const entry of this.#journal.replay()) {
      if ('order' in entry) this.#orders.set(entry.order.id, entry.order);
      else this.#processedEventIds.add(entry.processed_event_id);
    }
  }

  get(id: string): Order | undefined {
    return this.#orders.get(id);
  }
  byPaymentId(paymentId: string): Order | undefined {
    return [...this.#orders.values()].find((order) => order.payment_id === paymentId);
  }

  save(order: Order): void {
    order.updated_at = new Date().toISOString();
    this.#orders.set(order.id, order);
    this.#journal.append({ order });
  }

  /** Records a webhook event id; false when it was already processed (a duplicate delivery). */
  markEventProcessed(eventId: string): boolean {
    if (this.#processedEventIds.has(eventId)) return false;
    this.#processedEventIds.add(eventId);
    this.#journal.append({ processed_event_id: eventId });
    return true;
  }
}
