import type { IncomingMessage, ServerResponse } from 'node:http';
import { listen, readBody, sendHtml, sendJson, type ListeningServer } from '../../sandbox/http/json-server.ts';

// A shop shaped like a commerce platform, small enough to read at once, for the adapter's self-tests:
// a product page whose add-to-cart is a fetch (a badge counts), a checkout with e-mail, address and
// delivery steps, a cart cookie (and the cart's token in local storage, which adding to the cart sends
// first, as headless front ends keep a bearer token), an order code shown only on the confirmation
// page, and an admin GraphQL API behind a login whose token comes back in a response header.

export interface PlatformShapedShop extends ListeningServer {
  readonly orders: Map<string, ShopOrder>;
  readonly adminPassword: string;
  readonly seen: { addresses: Record<string, string>[]; captures: string[] };
}

export interface ShopOrder {
  code: string;
  state: string;
  total: number;
  currency: string;
  paymentId: string;
  lines: { id: string; quantity: number }[];
}

const PRODUCT = `<!doctype html><title>Lamp</title><h1>Oak lamp</h1><span id="cart-count" data-count="0">0</span>
<button id="add">Add to cart</button>
<script>document.querySelector('#add').onclick = async () => {
  const token = window.localStorage.getItem('cart-token');
  const answer = await (await fetch('/api/cart', { method: 'POST', headers: token ? { 'x-cart-token': token } : {} })).json();
  window.localStorage.setItem('cart-token', answer.cart);
  const badge = document.querySelector('#cart-count'); badge.textContent = answer.count; badge.dataset.count = answer.count;
};</script>`;

const CHECKOUT = `<!doctype html><title>Checkout</title>
<section id="contact"><input id="email" type="email"><button id="to-address">Continue</button></section>
<section id="address" hidden><input id="name"><input id="street"><input id="city"><input id="zip">
<select id="country"><option value="">Country</option><option value="DE">Germany</option><option value="US">United States</option></select>
<label><input id="terms" type="checkbox"> I accept the terms</label><button id="to-delivery">Continue to delivery</button></section>
<section id="delivery" hidden><label><input type="radio" name="ship" value="std"> Standard</label><button id="to-payment">Continue to payment</button></section>
<section id="payment" hidden><div id="unified-checkout" style="min-height:40px">card form</div><button id="submit">Pay</button><div id="toast" role="alert"></div></section>
<script>
const $ = (s) => document.querySelector(s);
$('#to-address').onclick = () => { $('#address').hidden = false; };
$('#to-delivery').onclick = async () => {
  if (!$('#terms').checked) return;
  await fetch('/api/address', { method: 'POST', body: JSON.stringify({ email: $('#email').value, name: $('#name').value, street: $('#street').value, city: $('#city').value, zip: $('#zip').value, country: $('#country').value }) });
  $('#delivery').hidden = false;
};
$('#to-payment').onclick = async () => {
  if (!document.querySelector('input[name=ship]:checked')) return;
  await fetch('/api/intent', { method: 'POST' }).then((r) => r.json());
  $('#payment').hidden = false;
};
$('#submit').onclick = () => {
  $('#toast').textContent = 'Your card was declined';
  setTimeout(() => { $('#toast').textContent = ''; }, 300);
};
</script>`;

export async function startPlatformShapedShop(): Promise<PlatformShapedShop> {
  const orders = new Map<string, ShopOrder>();
  const adminPassword = `pw-${Math.random().toString(36).slice(2)}`;
  const token = `tok-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const seen = { addresses: [] as Record<string, string>[], captures: [] as string[] };
  let next = 1;
  const cartOf = (req: IncomingMessage) => /cart=(\w+)/.exec(req.headers.cookie ?? '')?.[1];

  const graphql = async (req: IncomingMessage, res: ServerResponse) => {
    const { query, variables } = JSON.parse(await readBody(req)) as { query: string; variables: Record<string, unknown> };
    if (query.includes('login')) {
      if (variables.password !== adminPassword) return sendJson(res, 200, { data: { login: { errorCode: 'INVALID_CREDENTIALS' } } });
      return sendJson(res, 200, { data: { login: { id: '1' } } }, { 'vendure-auth-token': token });
    }
    if (req.headers.authorization !== `Bearer ${token}`)
      return sendJson(res, 200, { errors: [{ message: 'You are not currently authorized to perform this action' }] });
    if (query.includes('settle')) {
      const order = [...orders.values()].find((o) => o.paymentId === variables.payment);
      if (!order) return sendJson(res, 200, { errors: [{ message: `no payment ${String(variables.payment)}` }] });
      seen.captures.push(`${order.code}:${JSON.stringify(variables.lines)}`);
      order.state = 'Shipped';
      return sendJson(res, 200, { data: { settle: { state: order.state } } });
    }
    const items = [...orders.values()].filter((o) => o.code === variables.code);
    return sendJson(res, 200, { data: { orders: { items } } });
  };

  const server = await listen(
    (req, res) => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://shop');
        if (url.pathname === '/products/oak-lamp') return sendHtml(res, 200, PRODUCT);
        if (url.pathname === '/checkout') return sendHtml(res, 200, CHECKOUT);
        if (url.pathname === '/api/cart') {
          const token = req.headers['x-cart-token'];
          const cart = (typeof token === 'string' && /^\w+$/.test(token) ? token : undefined) ?? cartOf(req) ?? `c${next++}`;
          const code = `ORD-${cart}`;
          const order = orders.get(code) ?? { code, state: 'AddingItems', total: 0, currency: 'EUR', paymentId: '', lines: [{ id: 'l1', quantity: 0 }] };
          order.total += 4590;
          order.lines[0]!.quantity += 1;
          orders.set(code, order);
          return sendJson(res, 200, { count: order.lines[0]!.quantity, cart }, { 'set-cookie': `cart=${cart}; Path=/` });
        }
        const cart = cartOf(req);
        const order = cart ? orders.get(`ORD-${cart}`) : undefined;
        if (url.pathname === '/api/address' && order) {
          seen.addresses.push(JSON.parse(await readBody(req)) as Record<string, string>);
          order.state = 'ArrangingShipping';
          return sendJson(res, 200, {});
        }
        if (url.pathname === '/api/intent' && order) {
          order.paymentId = `pay_${cart}0000`;
          order.state = 'ArrangingPayment';
          return sendJson(res, 200, { client_secret: `${order.paymentId}_secret_abc123` });
        }
        if (url.pathname === '/admin-api' && req.method === 'POST') return graphql(req, res);
        sendJson(res, 404, { error: 'not found' });
      })().catch((error: unknown) => sendJson(res, 500, { error: String(error) }));
    },
    '127.0.0.1',
    0,
  );
  return { ...server, orders, adminPassword, seen };
}
