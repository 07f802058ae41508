import { sendHtml } from '../../http/json-server.ts';
import { CATALOGUE_CURRENCY, products } from '../catalogue.ts';
import { productListPage } from '../pages.ts';
import type { ShopHandler } from './route.ts';

/** GET /: the catalogue. */
export const showProducts: ShopHandler = (_shop, { res }) => sendHtml(res, 200, productListPage(products, CATALOGUE_CURRENCY));
