import { sendJson } from '../../http/json-server.ts';
import { ApiError, noApiRoute } from '../api-error.ts';
import { storeById, stores } from '../catalogue.ts';
import type { Shop, ShopRequest } from '../shop.ts';

// The catalogue, as the browser module reads it: a store's items, priced in its currency.

const STORE_ID = /^[a-z]{2}$/;

/** GET /api/v2/stores/:store/items */
export function listStoreItems(_shop: Shop, { res, url, params }: ShopRequest): void {
  const id = params.store!;
  // Store ids are two lowercase letters; any other segment is no route of the API at all.
  if (!STORE_ID.test(id)) throw noApiRoute('GET', url.pathname);
  const store = storeById(id);
  if (!store) throw new ApiError(404, `store ${id} not found`);
  sendJson(res, 200, {
    store: { id: store.id, label: store.label, currency: store.currency },
    items: store.items,
    stores: stores.map((s) => ({ id: s.id, label: s.label })),
  });
}
