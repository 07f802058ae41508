import { readBody, sendHtml } from '../../http/json-server.ts';
import { CATALOGUE_CURRENCY, productBySku, products } from '../catalogue.ts';
import { HttpError } from '../http-error.ts';
import { cartPage } from '../pages.ts';
import { seeOther, type ShopHandler } from './route.ts';

/** POST /cart/add (form: sku): one more of a product, then the cart. */
export const addToCart: ShopHandler = async ({ carts }, { req, res }) => {
  const sku = new URLSearchParams(await readBody(req)).get('sku') ?? '';
  if (!productBySku(sku)) throw new HttpError(400, `sku: expected one of ${products.map((p) => p.sku).join(', ')}`);
  const id = carts.idOf(req, res);
  const cart = carts.get(id);
  cart.set(sku, (cart.get(sku) ?? 0) + 1);
  carts.set(id, cart);
  seeOther(res, '/cart');
};

/** GET /cart: the lines, the total, and the checkout form. */
export const showCart: ShopHandler = ({ carts }, { req, res }) => {
  const cart = carts.get(carts.idOf(req, res));
  sendHtml(
    res,
    200,
    cartPage(
      [...cart].map(([sku, quantity]) => ({ product: productBySku(sku)!, quantity })),
      CATALOGUE_CURRENCY,
    ),
  );
};
