import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

// Carts live in memory, one per browser, found by an HttpOnly cookie: a cart is not worth a restart.

/** Quantity by SKU. */
export type Cart = Map<string, number>;

export class Carts {
  readonly #byId = new Map<string, Cart>();

  /** The browser's cart id, or a new one set as its cookie in this answer. */
  idOf(req: IncomingMessage, res: ServerResponse): string {
    const existing = /(?:^|;\s*)cart=([a-f0-9]{16})/.exec(req.headers.cookie ?? '')?.[1];
    if (existing) return existing;
    const id = randomBytes(8).toString('hex');
    res.setHeader('set-cookie', `cart=${id}; Path=/; HttpOnly; SameSite=Lax`);
    return id;
  }

  /** The cart, empty (and not yet kept) if the browser has none. */
  get(id: string): Cart {
    return this.#byId.get(id) ?? new Map<string, number>();
  }

  set(id: string, cart: Cart): void {
    this.#byId.set(id, cart);
  }

  delete(id: string): void {
    this.#byId.delete(id);
  }
}
