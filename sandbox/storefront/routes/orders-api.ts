import { sendJson } from '../../http/json-server.ts';
import type { ShopHandler } from './route.ts';

/** GET /api/orders/{id}: the order as JSON (golive's adapter reads it), without its client secret. */
export const showOrderJson: ShopHandler = ({ orders }, { res, params }) => {
  const order = orders.get(decodeURIComponent(params.id ?? ''));
  if (!order) return sendJson(res, 404, { error: 'order not found' });
  const { client_secret: _secret, ...visible } = order;
  sendJson(res, 200, visible);
};
