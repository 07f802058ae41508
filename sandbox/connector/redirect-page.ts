import { escapeHtml } from '../http/json-server.ts';
import { methodLabel } from './payment-methods.ts';

// The processor's hosted page for a redirect payment method (the bank's iDEAL/EPS/Sofort/giropay page,
// Klarna's, Affirm's, Afterpay's or PayPal's): the customer authorises or refuses, and the answer
// (POST decision=authorize|fail to the same path) takes them back to the gateway's return URL.

export interface RedirectPageView {
  id: string;
  amount: number;
  currency: string;
  reference: string;
  paymentMethodType: string | null;
}

/** What a refusal on the page leaves on the payment. */
export const REFUSED_AT_REDIRECT = { code: 'payment_refused', message: "The customer refused the payment on the payment method's page." } as const;

export function redirectResultPage(view: RedirectPageView): string {
  const label = escapeHtml(methodLabel(view.paymentMethodType));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${label} (sandbox)</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:1.5rem auto;padding:0 1rem}button{font-size:1rem;padding:.75rem 1.5rem;margin-right:1rem;border-radius:6px;border:0;cursor:pointer}#authorize{background:#0a7d32;color:#fff}#fail{background:#b3261e;color:#fff}</style></head>
<body><h1>${label}</h1><p>Pay <strong>${view.amount} ${escapeHtml(view.currency)}</strong> (minor units) for reference ${escapeHtml(view.reference)}.</p>
<form method="post" action="/redirect/${escapeHtml(view.id)}"><button id="authorize" data-testid="redirect-authorize" name="decision" value="authorize">Authorize</button><button id="fail" data-testid="redirect-fail" name="decision" value="fail">Fail</button></form></body></html>`;
}
