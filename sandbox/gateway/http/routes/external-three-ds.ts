import type { ServerResponse } from 'node:http';
import { escapeHtml, sendHtml } from '../../../http/json-server.ts';
import type { MerchantRedirect } from '../../rules/merchant-redirect.ts';
import { authenticatePayment, completeAuthorization } from '../../services/payments/external-three-ds.ts';
import { authenticated, unauthenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';

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

async function authenticateThreeDs(call: ApiCall): Promise<void> {
  call.send(200, await authenticatePayment(call.services, call.caller, call.params.payment_id!, call.body()));
}

/** The ACS's way back: the payment is synced with the connector, then the page leaves the SDK's frames for the merchant. */
async function authorizeAfterThreeDs(call: ApiCall): Promise<void> {
  topWindowRedirect(call.res, await completeAuthorization(call.services, call.params.payment_id!, call.params.merchant_id!));
}

export function mountExternalThreeDs(router: GatewayRouter): void {
  router
    .on('POST', '/payments/:payment_id/3ds/authentication', authenticated(authenticateThreeDs))
    .on('GET', '/payments/:payment_id/:merchant_id/authorize/:connector', unauthenticated(authorizeAfterThreeDs))
    .on('POST', '/payments/:payment_id/:merchant_id/authorize/:connector', unauthenticated(authorizeAfterThreeDs));
}
