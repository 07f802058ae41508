// Atelier Nord's browser module: history routing over four views (shop, basket, pay, receipt), a
// basket kept in localStorage until the order is placed, and Unified Checkout loaded from the CDN.
// Prices shown here are for reading only: the server prices every order itself.
import env from '/static/env.js';

const view = document.getElementById('view');
const flags = new Set(env.flags || []);
const BASKET = 'atelier.basket';
/** How long the pay view waits for Unified Checkout's answer before asking about the payment itself. */
const CONFIRM_PATIENCE_MS = 10000;

// ---- small helpers -----------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}
function fractionDigits(currency) {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
}
function price(minor, currency) {
  return new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(minor / 10 ** fractionDigits(currency));
}
function priceOf(decimal, currency) {
  return new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(Number(decimal));
}
async function api(method, path, body) {
  const response = await fetch('/api/v2' + path, {
    method,
    headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error((json.error && json.error.message) || 'Request failed (' + response.status + ')');
  return json;
}
function readBasket() {
  try {
    return JSON.parse(localStorage.getItem(BASKET)) || null;
  } catch {
    return null;
  }
}
function writeBasket(basket) {
  if (basket) localStorage.setItem(BASKET, JSON.stringify(basket));
  else localStorage.removeItem(BASKET);
  const count = basket ? basket.lines.reduce((n, l) => n + l.qty, 0) : 0;
  document.getElementById('basket-count').textContent = String(count);
}
function render(...nodes) {
  view.replaceChildren(...nodes);
}
function navigate(path, replace) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  route();
}

// ---- views ---------------------------------------------------------------------------------------
async function shopView(storeId) {
  const { store, items, stores } = await api('GET', '/stores/' + storeId + '/items');
  document
    .getElementById('store-switch')
    .replaceChildren(...stores.map((s) => el('a', { href: '/shop/' + s.id, 'data-link': true, 'aria-current': s.id === store.id ? 'page' : null }, s.label)));
  const note = el('p', { class: 'note', id: 'added-note', role: 'status' });
  render(
    el('h1', {}, store.label),
    el(
      'ul',
      { class: 'grid' },
      items.map((item) =>
        el(
          'li',
          { class: 'tile', 'data-item': item.code },
          el('h2', { class: 'tile__title' }, item.title),
          el('p', { class: 'tile__blurb' }, item.blurb),
          el('p', { class: 'tile__price' }, price(item.price_minor, store.currency)),
          el(
            'button',
            {
              class: 'tile__add',
              type: 'button',
              'data-add': item.code,
              onclick: () => {
                let basket = readBasket();
                if (!basket || basket.store !== store.id) basket = { store: store.id, currency: store.currency, lines: [] };
                const line = basket.lines.find((l) => l.code === item.code);
                if (line) line.qty += 1;
                else basket.lines.push({ code: item.code, title: item.title, qty: 1, price: item.price_minor });
                writeBasket(basket);
                note.textContent = item.title + ' is in your basket.';
              },
            },
            'Put in basket',
          ),
        ),
      ),
    ),
    note,
  );
}

function basketView() {
  const basket = readBasket();
  if (!basket || !basket.lines.length)
    return render(
      el('h1', {}, 'Basket'),
      el('p', { class: 'empty' }, 'Nothing here yet. ', el('a', { href: '/shop/eu', 'data-link': true }, 'Browse the shop')),
    );
  const total = basket.lines.reduce((sum, l) => sum + l.price * l.qty, 0);
  const problem = el('p', { class: 'alert', role: 'alert', hidden: true });
  const go = el(
    'button',
    {
      class: 'cta',
      id: 'to-payment',
      type: 'button',
      onclick: async () => {
        go.disabled = true;
        problem.hidden = true;
        try {
          const { order } = await api('POST', '/orders', {
            store: basket.store,
            currency: basket.currency,
            lines: basket.lines.map((l) => ({ code: l.code, qty: l.qty, price: l.price })),
          });
          writeBasket(null);
          navigate('/pay/' + encodeURIComponent(order.ref));
        } catch (error) {
          problem.textContent = error.message;
          problem.hidden = false;
          go.disabled = false;
        }
      },
    },
    'Continue to payment',
  );
  render(
    el('h1', {}, 'Basket'),
    el(
      'table',
      { class: 'lines' },
      el(
        'tbody',
        {},
        basket.lines.map((l) => el('tr', {}, el('td', {}, l.qty + ' × ' + l.title), el('td', { class: 'num' }, price(l.price * l.qty, basket.currency)))),
      ),
    ),
    el('p', { class: 'sum' }, 'Total ', el('strong', { id: 'basket-total' }, price(total, basket.currency))),
    el('p', { class: 'hint' }, 'Your card is authorised now and charged when your parcel ships.'),
    problem,
    go,
  );
}

let hyperScript = null;
function loadHyper() {
  if (typeof window.Hyper === 'function') return Promise.resolve(window.Hyper);
  hyperScript ??= new Promise((resolve, reject) => {
    const script = el('script', { src: env.sdkUrl.replace(/\/$/, '') + '/HyperLoader.js', async: true });
    script.onload = () => (typeof window.Hyper === 'function' ? resolve(window.Hyper) : reject(new Error('no Hyper')));
    script.onerror = () => {
      hyperScript = null;
      reject(new Error('HyperLoader.js did not load'));
    };
    document.head.append(script);
  });
  return hyperScript;
}

let mounted = null; // the payment element of the current pay view, unmounted when the view changes
async function payView(ref) {
  const { order } = await api('GET', '/orders/' + encodeURIComponent(ref));
  const total = priceOf(order.total.value, order.total.currency);
  if (order.status !== 'awaiting_payment' && order.status !== 'payment_failed') {
    return render(el('h1', {}, 'Payment'), el('p', {}, 'Order ' + order.ref + ' is ' + order.status.replace('_', ' ') + '. Nothing more to pay.'));
  }
  const session = await api('POST', '/orders/' + encodeURIComponent(ref) + '/payment-session');
  const missing = el(
    'div',
    { class: 'checkout__notice', id: 'sdk-missing', role: 'alert', hidden: true },
    'Our card form could not be loaded. Check your connection and reload this page; no money has been taken.',
  );
  const alert = el('p', { class: 'checkout__alert', id: 'pay-alert', role: 'alert', hidden: true });
  const button = el('button', { class: flags.has('pay-button-low-contrast') ? 'cta cta--muted' : 'cta', id: 'pay-now', type: 'button' }, 'Pay ' + total);
  render(
    el(
      'section',
      { class: 'checkout' },
      el('h1', {}, 'Payment'),
      el('p', { class: 'checkout__summary' }, 'Order ', el('b', {}, order.ref), ' · ', el('span', { id: 'pay-total' }, total)),
      flags.has('pay-button-below-fold')
        ? el(
            'div',
            { class: 'terms' },
            el('h2', {}, 'Terms of sale'),
            el('p', {}, 'By paying you agree to our terms of sale, our returns policy and our shipping conditions. '.repeat(60)),
          )
        : null,
      missing,
      el('div', { id: 'card-slot', class: 'checkout__card' }),
      alert,
      button,
    ),
  );
  const say = (text) => {
    alert.textContent = text;
    alert.hidden = false;
  };
  let Hyper;
  try {
    Hyper = await loadHyper();
  } catch {
    missing.hidden = false;
    button.disabled = true;
    return;
  }
  // The SDK lives on a CDN; OwnGateway's API is elsewhere, so the loader is told where.
  const hyper = Hyper(env.publishableKey, { customBackendUrl: env.gatewayUrl });
  const elements = flags.has('ignore-styling')
    ? hyper.elements({ clientSecret: session.client_secret, theme: env.appearance })
    : hyper.elements({ clientSecret: session.client_secret, appearance: env.appearance });
  // PayPal's button pays by itself, with no confirmPayment of ours behind it: it needs the return URL up front.
  const card = elements.create('payment', { layout: 'accordion', wallets: { walletReturnUrl: session.return_url } });
  card.mount('#card-slot');
  mounted = card;
  let busy = false;
  button.addEventListener('click', async () => {
    if (busy) return; // one confirm at a time, however often the button is pressed
    busy = true;
    button.disabled = true;
    alert.hidden = true;
    const confirmed = hyper
      .confirmPayment({ elements, confirmParams: { return_url: session.return_url }, redirect: 'if_required' })
      .catch((error) => ({ error: { message: String((error && error.message) || error) } }));
    // confirmPayment can stay silent for good (a lost confirm whose payment is still unpaid), so the
    // shop stops waiting after a while and asks OwnGateway what became of the payment.
    let result = null;
    while (result === null) {
      const patience = new Promise((resolve) => setTimeout(() => resolve(null), CONFIRM_PATIENCE_MS));
      result = await Promise.race([confirmed, patience]);
      if (result !== null) break;
      const found = await hyper.retrievePaymentIntent(session.client_secret).catch(() => null);
      const payment = found && found.paymentIntent;
      // The customer is still with their bank (3DS in page): keep waiting for the SDK.
      if (payment && payment.status === 'requires_customer_action') continue;
      result =
        payment && payment.status !== 'requires_payment_method' && payment.status !== 'requires_confirmation'
          ? { payment_id: payment.payment_id, status: payment.status }
          : { status: 'requires_payment_method' };
    }
    if (result && result.error) {
      say(result.error.message || 'The payment could not be completed. Please try again.');
    } else if (result && result.status === 'failed') {
      if (!flags.has('no-error-on-decline'))
        say('Your bank declined this payment' + (result.error_message ? ' (' + result.error_message + ')' : '') + '. Try another card.');
    } else if (result && (result.status === 'requires_payment_method' || result.status === 'requires_confirmation')) {
      say('The payment did not go through. Please try again; no money has been taken.');
    } else if (result && result.payment_id) {
      // The server checks the payment with OwnGateway itself before confirming anything.
      location.assign(session.return_url + '&payment_id=' + encodeURIComponent(result.payment_id));
      return;
    }
    busy = false;
    button.disabled = false;
  });
}

const HEADLINES = {
  confirmed: 'Order confirmed',
  pending: 'Waiting for your bank',
  declined: 'Payment failed',
  rejected: 'We could not confirm this payment',
};
async function receiptView(receipt) {
  if (!receipt) return render(el('h1', {}, 'Receipt'), el('p', {}, 'Nothing to show.'));
  const detail = el('div', { class: 'receipt__detail' });
  render(
    el(
      'section',
      { class: 'receipt', 'data-verdict': receipt.verdict },
      el('h1', {}, HEADLINES[receipt.verdict]),
      receipt.message ? el('p', { class: 'receipt__message' }, receipt.message) : null,
      detail,
      receipt.verdict === 'declined'
        ? el('p', {}, el('a', { href: '/pay/' + encodeURIComponent(receipt.ref), 'data-link': true }, 'Try another card'))
        : el('p', {}, el('a', { href: '/shop/eu', 'data-link': true }, 'Back to the shop')),
    ),
  );
  try {
    const { order } = await api('GET', '/orders/' + encodeURIComponent(receipt.ref));
    detail.append(
      el(
        'p',
        {},
        'Order ' + order.ref + ': ' + priceOf(order.total.value, order.total.currency) + (order.status === 'authorised' ? ', charged when it ships.' : '.'),
      ),
    );
  } catch {
    /* the verdict above is what matters */
  }
}

// ---- router ----------------------------------------------------------------------------------------
async function route() {
  if (mounted) {
    mounted.unmount();
    mounted = null;
  }
  const path = location.pathname;
  try {
    let match;
    if (path === '/') return navigate('/shop/eu', true);
    if ((match = /^\/shop\/([a-z]{2})$/.exec(path))) return await shopView(match[1]);
    if (path === '/basket') return basketView();
    if ((match = /^\/pay\/([A-Z0-9-]+)$/.exec(path))) return await payView(match[1]);
    if (path === '/receipt') return await receiptView(JSON.parse(document.getElementById('boot').textContent).receipt);
    render(el('h1', {}, 'Not found'), el('p', {}, el('a', { href: '/shop/eu', 'data-link': true }, 'Back to the shop')));
  } catch (error) {
    render(el('h1', {}, 'Something went wrong'), el('p', { class: 'alert', role: 'alert' }, error.message));
  }
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-link]') : null;
  if (!link || event.metaKey || event.ctrlKey) return;
  event.preventDefault();
  navigate(link.getAttribute('href'));
});
window.addEventListener('popstate', route);
writeBasket(readBasket());
route();
