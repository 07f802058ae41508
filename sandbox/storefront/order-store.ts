import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Orders survive a storefront restart: one JSON file, rewritten atomically (write + rename), so a
// crash mid-write never leaves a half-written store.

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

interface StoreFile { orders: Record<string, Order>; processed_event_ids: string[] }

export class OrderStore {
  readonly #path: string;
  #data: StoreFile;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.#path = join(dataDir, 'orders.json');
    this.#data = existsSync(this.#path) ? JSON.parse(readFileSync(this.#path, 'utf8')) as StoreFile : { orders: {}, processed_event_ids: [] };
  }

  #flush(): void {
    const temp = `${this.#path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.#data));
    renameSync(temp, this.#path);
  }

  get(id: string): Order | undefined { return this.#data.orders[id]; }
  byPaymentId(paymentId: string): Order | undefined { return Object.values(this.#data.orders).find((order) => order.payment_id === paymentId); }

  save(order: Order): void {
    order.updated_at = new Date().toISOString();
    this.#data.orders[order.id] = order;
    this.#flush();
  }

  /** Records a webhook event id; false when it was already processed (a duplicate delivery). */
  markEventProcessed(eventId: string): boolean {
    if (this.#data.processed_event_ids.includes(eventId)) return false;
    this.#data.processed_event_ids.push(eventId);
    this.#flush();
    return true;
  }
}
