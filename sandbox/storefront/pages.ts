import { escapeHtml } from '../http/json-server.ts';
import { formatPrice } from './money.ts';
import type { Product } from './catalogue.ts';
import type { Order } from './order-store.ts';

// The storefront's HTML. Plain server-rendered pages: the example a merchant reads.

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #f6f7f9; }
  body { margin: 0; }
  header { background: #ffffff; border-bottom: 1px solid #e3e6ea; padding: 12px 20px; display: flex; justify-content: space-between; align-items: center; }
  header a { color: #1f2328; text-decoration: none; font-weight: 600; }
  main { max-width: 560px; margin: 0 auto; padding: 20px 16px; }
  .card { background: #ffffff; border: 1px solid #e3e6ea; border-radius: 10px; padding: 16px; margin-bottom: 16px; }
  .product { display: flex; justify-content: space-between; align-items: center; gap: 12px; }
  button.primary, #submit { appearance: none; border: 0; border-radius: 8px; background: #0b57d0; color: #ffffff; font-size: 1.05rem; font-weight: 600; padding: 14px 20px; min-height: 48px; cursor: pointer; }
  #submit { width: 100%; margin-top: 8px; }
  #submit:disabled { background: #5f6b7a; cursor: not-allowed; }
  button.secondary { border: 1px solid #0b57d0; background: #ffffff; color: #0b57d0; border-radius: 8px; padding: 10px 14px; font-size: 1rem; min-height: 44px; cursor: pointer; }
  .summary { display: flex; justify-content: space-between; font-weight: 600; }
  #payment-message { color: #a4111b; background: #fdecee; border-radius: 8px; padding: 10px 12px; margin-top: 8px; }
  #sdk-fallback { color: #6a4a00; background: #fff4d6; border-radius: 8px; padding: 10px 12px; }
  /* A phone's first screen holds the whole card form and the pay button, holder name included (Adyen asks for it). */
  @media (max-width: 480px) {
    header { padding: 8px 12px; }
    main { padding: 12px; }
    h1 { font-size: 1.4rem; margin: 8px 0 12px; }
    .card { padding: 12px; margin-bottom: 12px; }
  }
  .ok { color: #0a6b2b; } .bad { color: #a4111b; }
`;

export function layout(title: string, body: string, extraHead = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Golive Outfitters</title><style>${STYLE}</style>${extraHead}</head>
<body><header><a href="/">Golive Outfitters</a><a href="/cart">Cart</a></header><main>${body}</main></body></html>`;
}

export function productListPage(products: readonly Product[], currency: string): string {
  return layout(
    'Shop',
    `<h1>Shop</h1>${products
      .map(
        (
          p,
        ) => `<div class="card product" data-sku="${p.sku}"><div><h2>${escapeHtml(p.name)}</h2><p>${escapeHtml(p.description)}</p><p><strong>${formatPrice(p.unit_amount, currency)}</strong></p></div>
<form method="post" action="/cart/add"><input type="hidden" name="sku" value="${p.sku}"><button class="secondary" type="submit">Add to cart</button></form></div>`,
      )
      .join('')}`,
  );
}

export function cartPage(lines: { product: Product; quantity: number }[], currency: string): string {
  const total = lines.reduce((sum, line) => sum + line.product.unit_amount * line.quantity, 0);
  if (!lines.length) return layout('Cart', '<h1>Your cart</h1><div class="card">Your cart is empty. <a href="/">Keep shopping</a></div>');
  return layout(
    'Cart',
    `<h1>Your cart</h1><div class="card">${lines.map((l) => `<p>${l.quantity} × ${escapeHtml(l.product.name)}: ${formatPrice(l.product.unit_amount * l.quantity, currency)}</p>`).join('')}
<p class="summary"><span>Total</span><span id="cart-total">${formatPrice(total, currency)}</span></p>
<form method="post" action="/checkout"><input type="hidden" name="amount" value="${total}"><input type="hidden" name="currency" value="${currency}">
<label><input type="checkbox" name="capture" value="manual"> Pay on shipment (authorise now, charge later)</label>
<p><button class="primary" id="checkout" type="submit">Checkout</button></p></form></div>`,
  );
}

export interface CheckoutPageInput {
  order: Order;
  sdkUrl: string;
  data: Record<string, unknown>;
  payButtonStyle: string;
}

export function checkoutPage({ order, sdkUrl, data, payButtonStyle }: CheckoutPageInput): string {
  // The page carries only the publishable key and the client secret; the secret key never leaves the server.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return layout(
    'Checkout',
    `<h1>Checkout</h1>
<div class="card"><p class="summary"><span>Order ${escapeHtml(order.id)}</span><span id="order-total">${formatPrice(order.amount, order.currency)}</span></p></div>
<div class="card">
  <div id="sdk-fallback" role="alert" hidden>The payment form could not be loaded. Please check your connection and reload the page; you have not been charged.</div>
  <div id="unified-checkout"></div>
  <div id="payment-message" role="alert" hidden></div>
  <button id="submit" type="button" disabled style="${payButtonStyle}">Pay ${formatPrice(order.amount, order.currency)}</button>
</div>
<script id="checkout-data" type="application/json">${json}</script>
<script src="${escapeHtml(sdkUrl)}/HyperLoader.js"></script>
<script src="/assets/checkout.js"></script>`,
  );
}

export type ResultOutcome = { ok: boolean; message: string } | { checking: true; message: string };

export function resultPage(order: Order | undefined, outcome: ResultOutcome): string {
  if ('checking' in outcome) {
    // The payment's outcome is not known yet (OwnGateway did not answer): neither thanks nor failure.
    return layout(
      'Checking your payment',
      `<div class="card" id="order-result" data-fulfilled="${order?.fulfilled ?? false}">
<h1>We are checking your payment</h1>
<p id="result-message">${escapeHtml(outcome.message)}</p>${
        order
          ? `<p>Order ${escapeHtml(order.id)}: ${formatPrice(order.amount, order.currency)}</p>
<p><a href="/checkout/return?order=${encodeURIComponent(order.id)}">Check again</a></p>`
          : ''
      }</div>`,
    );
  }
  return layout(
    outcome.ok ? 'Thank you' : 'Payment not completed',
    `<div class="card" id="order-result" data-fulfilled="${order?.fulfilled ?? false}">
<h1 class="${outcome.ok ? 'ok' : 'bad'}">${outcome.ok ? 'Thanks for your order!' : 'Payment not completed'}</h1>
<p id="result-message">${escapeHtml(outcome.message)}</p>${order ? `<p>Order ${escapeHtml(order.id)}: ${formatPrice(order.amount, order.currency)}</p>` : ''}
${outcome.ok || !order ? '<p><a href="/">Continue shopping</a></p>' : `<p><a href="/checkout/${escapeHtml(order.id)}">Try again</a></p>`}</div>`,
  );
}
