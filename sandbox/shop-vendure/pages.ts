import type { CatalogueProduct } from './catalogue.ts';

// The storefront's HTML: server-rendered shells that the page script (public/shop.js) brings to life
// against Vendure's Shop API. Nothing secret is ever written into a page.

const STYLE = `
  :root { font-family: system-ui, sans-serif; color: #1d2430; background: #f6f7f9; }
  body { margin: 0; }
  header { display: flex; justify-content: space-between; align-items: center; padding: 10px 20px; background: #1d2430; color: #fff; }
  header a { color: #fff; text-decoration: none; font-weight: 600; }
  #cart-count { display: inline-block; min-width: 1.4em; padding: 0 6px; margin-left: 4px; border-radius: 999px; background: #ffb020; color: #1d2430; text-align: center; }
  main { max-width: 720px; margin: 0 auto; padding: 12px 16px 32px; }
  h1 { font-size: 1.4rem; margin: 8px 0; }
  section { background: #fff; border: 1px solid #dde1e7; border-radius: 8px; padding: 12px 14px; margin: 10px 0; }
  section h2 { font-size: 1rem; margin: 0 0 8px; }
  label { display: block; font-size: .85rem; margin: 6px 0 2px; }
  input[type=text], input[type=email], input[type=tel], select { width: 100%; box-sizing: border-box; padding: 7px 8px; border: 1px solid #b8c0cc; border-radius: 5px; font-size: .95rem; }
  .row { display: flex; gap: 10px; } .row > div { flex: 1; }
  button { font: inherit; cursor: pointer; }
  .secondary { margin-top: 10px; padding: 8px 14px; border: 1px solid #1d2430; border-radius: 6px; background: #fff; color: #1d2430; }
  #add-to-cart { padding: 10px 20px; border: 0; border-radius: 6px; background: #1d2430; color: #fff; font-size: 1rem; }
  #submit { display: block; width: 100%; margin-top: 12px; padding: 14px; border: 0; border-radius: 8px; background: #0b57d0; color: #fff; font-size: 1.1rem; font-weight: 700; }
  #submit:disabled { background: #6b8fd6; cursor: progress; }
  #payment-message { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); max-width: 90vw; padding: 12px 18px; border-radius: 8px; background: #b42318; color: #fff; font-weight: 600; box-shadow: 0 4px 16px rgba(0,0,0,.25); z-index: 10; }
  #sdk-fallback { padding: 12px; border-radius: 6px; background: #fff4e5; border: 1px solid #f0a020; }
  .summary { font-size: .9rem; color: #445; margin: 2px 0; }
  .verdict { font-size: 1.1rem; font-weight: 600; }
  #order-confirmed { color: #1a7f37; } #order-failed { color: #b42318; }
  #shipping-methods label { display: flex; gap: 8px; align-items: center; font-size: .95rem; }
  @media (max-width: 600px) { main { padding: 6px 10px 24px; } section { padding: 8px 10px; margin: 6px 0; } h1 { font-size: 1.15rem; margin: 4px 0; } }
`;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON inside a <script> element: `<` escaped so no value can close it. */
function jsonScript(id: string, value: unknown): string {
  return `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}

export interface PageConfig {
  shopApi: string;
  /** Storefront-side flags of seeded defects (which fields the page sends). */
  flags: string[];
}

function layout(title: string, body: string, config: PageConfig | null, extraHead = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Northwind Stationers</title><style>${STYLE}</style>${extraHead}</head><body>
<header><a href="/">Northwind Stationers</a><a href="/checkout" id="cart-link">Cart<span id="cart-count" data-count="0">0</span></a></header>
<main>${body}</main>${config ? `${jsonScript('shop-config', config)}<script src="/storefront/shop.js" defer></script>` : ''}</body></html>`;
}

export function homePage(products: readonly CatalogueProduct[], config: PageConfig): string {
  const items = products.map((p) => `<li><a href="/products/${escape(p.slug)}">${escape(p.name)}</a></li>`).join('');
  return layout('Shop', `<h1>Our products</h1><ul id="product-list">${items}</ul>`, config);
}

export function productPage(slug: string, config: PageConfig): string {
  return layout(
    'Product',
    `<article id="product" data-slug="${escape(slug)}">
  <h1 id="product-name">Loading…</h1>
  <p id="product-description"></p>
  <p><strong id="product-price"></strong></p>
  <button type="button" id="add-to-cart" disabled>Add to cart</button>
  <p id="cart-message" role="status"></p>
</article>`,
    config,
  );
}

export function notFoundPage(config: PageConfig): string {
  return layout('Not found', '<h1>Not found</h1><p><a href="/">Back to the shop</a></p>', config);
}

export function checkoutPage(config: PageConfig): string {
  return layout(
    'Checkout',
    `<h1>Checkout</h1>
<p id="order-summary" class="summary"></p>
<div id="payment-message" role="alert" hidden></div>
<section id="step-details">
  <h2>1. Contact and shipping address</h2>
  <div id="details-summary" class="summary" hidden></div>
  <form id="details-form" autocomplete="on">
    <label for="email">E-mail</label><input type="email" id="email" name="email" autocomplete="email" required>
    <div class="row"><div><label for="given-name">First name</label><input type="text" id="given-name" autocomplete="given-name" required></div>
    <div><label for="family-name">Last name</label><input type="text" id="family-name" autocomplete="family-name" required></div></div>
    <label for="full-name">Full name (for delivery)</label><input type="text" id="full-name" autocomplete="name" required>
    <label for="street">Street address</label><input type="text" id="street" autocomplete="address-line1" required>
    <label for="street2">Apartment, suite (optional)</label><input type="text" id="street2" autocomplete="address-line2">
    <div class="row"><div><label for="city">City</label><input type="text" id="city" autocomplete="address-level2" required></div>
    <div><label for="postal-code">Postal code</label><input type="text" id="postal-code" autocomplete="postal-code" required></div></div>
    <div class="row"><div><label for="province">State / province</label><input type="text" id="province" autocomplete="address-level1"></div>
    <div><label for="country">Country</label><select id="country" autocomplete="country"></select></div></div>
    <label for="phone">Phone</label><input type="tel" id="phone" autocomplete="tel">
    <button type="submit" class="secondary" id="continue-to-delivery">Continue to delivery</button>
  </form>
</section>
<section id="step-delivery" hidden>
  <h2>2. Delivery</h2>
  <div id="delivery-summary" class="summary" hidden></div>
  <div id="delivery-form"><div id="shipping-methods"></div>
  <button type="button" class="secondary" id="continue-to-payment">Continue to payment</button></div>
</section>
<section id="step-payment" hidden>
  <h2>3. Payment</h2>
  <div id="sdk-fallback" hidden>The payment form could not be loaded. Please reload the page or try again in a few minutes; you have not been charged.</div>
  <div id="unified-checkout"></div>
  <button type="button" id="submit" disabled>Pay now</button>
</section>`,
    config,
  );
}

export type Verdict = 'confirmed' | 'failed' | 'pending';

export function confirmationPage(orderCode: string, verdict: Verdict, message: string): string {
  const outcome =
    verdict === 'confirmed'
      ? `<p class="verdict" id="order-confirmed">Thank you! Your order is confirmed.</p>`
      : verdict === 'failed'
        ? `<p class="verdict" id="order-failed">Your payment did not go through.</p><p><a href="/checkout" id="retry">Try again</a></p>`
        : `<p class="verdict" id="order-pending">We are waiting for the payment provider to confirm your payment.</p>`;
  const refresh = verdict === 'pending' ? '<meta http-equiv="refresh" content="3">' : '';
  return layout(
    'Order confirmation',
    `<h1>Order <span id="order-code">${escape(orderCode)}</span></h1>${outcome}${message ? `<p id="verdict-detail">${escape(message)}</p>` : ''}`,
    null,
    refresh,
  );
}
