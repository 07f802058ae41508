import { escapeHtml } from '../http/json-server.ts';

// The one HTML document of the shop. Every view is drawn by /static/app.js; the receipt's verdict,
// decided on the server before this page is sent, rides along as JSON.

export interface Receipt {
  ref: string;
  verdict: 'confirmed' | 'pending' | 'declined' | 'rejected';
  message: string;
}

/** The shell, with the shop's Content-Security-Policy in a <meta> (its host serves no CSP header). */
export function shell(policy: string, receipt?: Receipt): string {
  const boot = JSON.stringify(receipt ? { receipt } : {}).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<title>Atelier Nord</title><link rel="stylesheet" href="/static/app.css"></head>
<body><div class="frame">
<nav class="topbar" aria-label="Shop"><a class="brand" href="/shop/eu" data-link>Atelier Nord</a><span class="topbar__stores" id="store-switch"></span><a class="topbar__basket" href="/basket" data-link>Basket <span id="basket-count">0</span></a></nav>
<main id="view" tabindex="-1" aria-live="polite"><p class="loading">${escapeHtml('Loading…')}</p></main>
<footer class="foot">Atelier Nord · objects for slow work</footer>
</div>
<script type="application/json" id="boot">${boot}</script>
<script type="module" src="/static/app.js"></script>
</body></html>`;
}
