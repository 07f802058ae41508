import { escapeHtml } from '../http/json-server.ts';

// The processor's 3D Secure pages. The issuer's challenge (ACS) form is shown on its own inside the
// SDK's 3DS frame (in-page flow, with `notify`: the result is posted there), or nested two frames deep
// in the hosted challenge page, as processors' 3DS pages nest the issuer's page; then the answer takes
// the whole window back.

export interface ChallengePageView {
  id: string;
  amount: number;
  currency: string;
  reference: string;
}

export function acsPage(payment: ChallengePageView, notify: string | null): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandbox bank: 3D Secure</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:1.5rem auto;padding:0 1rem}button{font-size:1rem;padding:.75rem 1.5rem;margin-right:1rem;border-radius:6px;border:0;cursor:pointer}#complete{background:#0a7d32;color:#fff}#reject{background:#b3261e;color:#fff}</style></head>
<body><h1>Sandbox bank</h1><p>Confirm the payment of <strong>${payment.amount} ${escapeHtml(payment.currency)}</strong> (minor units) for reference ${escapeHtml(payment.reference)}.</p>
<form method="post" action="/challenge/${payment.id}"${notify ? '' : ' target="_top"'}>${notify ? `<input type="hidden" name="notify" value="${escapeHtml(notify)}">` : ''}<button id="complete" data-testid="challenge-complete" name="decision" value="complete">Complete</button><button id="reject" data-testid="challenge-reject" name="decision" value="reject">Reject</button></form></body></html>`;
}

/** One full-size frame: the hosted challenge page around the 3DS frame, and that around the ACS form. */
export const framePage = (title: string, name: string, src: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;min-height:420px}</style></head><body><iframe name="${name}" title="${title}" src="${src}"></iframe></body></html>`;

/** The in-page flow's answer: the CRes posted to the SDK's notification URL at once. */
export function cresPostPage(notify: string, authenticated: boolean): string {
  const cres = Buffer.from(JSON.stringify({ messageType: 'CRes', messageVersion: '2.2.0', transStatus: authenticated ? 'Y' : 'N' })).toString('base64url');
  return `<!doctype html><form id="cres" method="post" action="${escapeHtml(notify)}"><input type="hidden" name="cres" value="${cres}"></form><script>document.getElementById('cres').submit()</script>`;
}

/** Only an http(s) URL is a notification URL; anything else is ignored (no `javascript:` in the form). */
export function notifyUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
