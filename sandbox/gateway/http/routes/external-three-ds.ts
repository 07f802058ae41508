import type { ServerResponse } from 'node:http';
import { escapeHtml, sendHtml } from '../../../http/json-server.ts';
import type { MerchantRedirect } from '../../rules/merchant-redirect.ts';
import { authenticatePayment, completeAuthorization } from '../../services/payments/external-three-ds.ts';
import { authenticated, unauthenticated, type GatewayRouter, type GatewayServices } from '../api-call.ts';

// The routes of the in-page 3DS flow: the SDK's authentication call, and the ACS's way back (no key:
// the ids are the capability).

/** The way back is loaded inside the SDK's frames: the redirect must leave them, so it targets the top window. */
function topWindowRedirect(res: ServerResponse, target: MerchantRedirect): void {
  const html =
    target.body.http_method === 'POST'
      ? `<!doctype html><form id="to-merchant" method="post" target="_top" action="${escapeHtml(target.body.return_url)}">${target.body.params.map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join('')}</form><script>document.getElementById('to-merchant').submit()</script>`
      : `<!doctype html><script>window.top.location.replace(${JSON.stringify(target.location).replace(/</g, '\\u003c')})</script><a target="_top" href="${escapeHtml(target.location)}">Continue</a>`;
  sendHtml(res, 200, html);
}

export function mountExternalThreeDs(router: GatewayRouter, gw: GatewayServices): void {
  const authorize = unauthenticated(async (call) =>
    topWindowRedirect(call.res, await completeAuthorization(gw, call.params.payment_id!, call.params.merchant_id!)),
  );
  router
    .on(
      'POST',
      '/payments/:payment_id/3ds/authentication',
      authenticated(async (call) => call.send(200, await authenticatePayment(gw, call.caller, call.params.payment_id!, call.body()))),
    )
    .on('GET', '/payments/:payment_id/:merchant_id/authorize/:connector', authorize)
    .on('POST', '/payments/:payment_id/:merchant_id/authorize/:connector', authorize);
}
