import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { escapeHtml, sendHtml } from '../../../http/json-server.ts';
import { authenticated, unauthenticated, type GatewayRouter, type GatewayServices } from '../../http/api-call.ts';
import type { Caller } from '../../http/auth.ts';
import { apiErrors } from '../../model/api-error.ts';
import type { ConnectorClient } from '../connector-client.ts';
import { merchantRedirect } from '../../rules/merchant-redirect.ts';
import { apiKeyOf, type PaymentService } from './service.ts';
import { parseRequest, structSchema } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import type { GatewayState, Payment } from '../../model/state.ts';

// 3DS the way Hyperswitch runs it with an external authentication connector (netcetera, the juspay
// 3DS server...): the confirm answers next_action "three_ds_invoke", Unified Checkout opens its
// overlay, calls /payments/{id}/3ds/authentication and shows the issuer's challenge (the ACS page) in
// its own frame; the challenge result then goes to three_ds_authorize_url, which finishes the payment
// and sends the whole page back to the merchant. Used only when the payment asks for it
// (request_external_three_ds_authentication) and the merchant has an authentication connector.

export type NextAction =
  | { type: 'redirect_to_url'; redirect_to_url: string }
  | { type: 'three_ds_invoke'; three_ds_data: ThreeDsData };

export interface ThreeDsData {
  three_ds_authentication_url: string;
  three_ds_authorize_url: string;
  three_ds_method_details: { three_ds_method_key: 'threeDSMethodData'; three_ds_method_data_submission: boolean; three_ds_method_data: string; three_ds_method_url: string | null };
  poll_config: { poll_id: string; delay_in_secs: number; frequency: number };
  message_version: string;
  directory_server_id: string;
}

const AuthenticationBody = structSchema('PaymentsExternalAuthenticationRequest', requestStructs.PaymentsExternalAuthenticationRequest, {
  client_secret: z.string().optional(),
  device_channel: z.enum(['BRW', 'APP']),
  threeds_method_comp_ind: z.enum(['Y', 'N', 'U']),
});

const hasAuthenticationConnector = (state: GatewayState, merchantId: string) =>
  state.merchantConnectors(merchantId).some((mca) => mca.connector_type === 'authentication_processor' && !mca.disabled);

const authorizeUrl = (gatewayUrl: string, payment: Payment) => `${gatewayUrl}/payments/${payment.payment_id}/${payment.merchant_id}/authorize/${payment.connector ?? ''}`;

/** What the customer must do at the connector (3DS, or a redirect method's page): the in-page 3DS flow when asked for and possible, else the redirect. */
export function challengeAction(state: GatewayState, gatewayUrl: string, payment: Payment): NextAction {
  // A redirect payment method (bank, pay later, PayPal) always sends the customer to the processor's page.
  if (payment.method_summary || !payment.external_three_ds_requested || !hasAuthenticationConnector(state, payment.merchant_id)) {
    return { type: 'redirect_to_url', redirect_to_url: `${gatewayUrl}/payments/redirect/${payment.payment_id}/${payment.merchant_id}/${payment.attempt_id}` };
  }
  return {
    type: 'three_ds_invoke',
    three_ds_data: {
      three_ds_authentication_url: `${gatewayUrl}/payments/${payment.payment_id}/3ds/authentication`,
      three_ds_authorize_url: authorizeUrl(gatewayUrl, payment),
      three_ds_method_details: { three_ds_method_key: 'threeDSMethodData', three_ds_method_data_submission: false, three_ds_method_data: '', three_ds_method_url: null },
      poll_config: { poll_id: `external_authentication_${payment.payment_id}`, delay_in_secs: 2, frequency: 5 },
      message_version: '2.2.0',
      directory_server_id: 'A000000003',
    },
  };
}

export interface ExternalThreeDsContext { state: GatewayState; payments: PaymentService; connector: ConnectorClient; gatewayUrl: () => string }

/** POST /payments/{id}/3ds/authentication, for the client (publishable key + client_secret) or the merchant. */
export async function authenticatePayment(ctx: ExternalThreeDsContext, caller: Caller, paymentId: string, body: unknown): Promise<unknown> {
  if (caller.kind === 'admin') throw apiErrors.unauthorized();
  const input = parseRequest(AuthenticationBody, body);
  const payment = ctx.payments.find(caller.merchant, paymentId);
  if (caller.kind === 'publishable' && input.client_secret !== payment.client_secret) throw input.client_secret ? apiErrors.clientSecretMismatch() : apiErrors.clientSecretMissing();
  if (payment.next_action?.type !== 'three_ds_invoke' || !payment.connector_transaction_id) {
    throw apiErrors.preconditionFailed(`You cannot authenticate this payment because it has status ${payment.status}`);
  }
  const atConnector = await ctx.connector.retrieve(apiKeyOf(ctx.payments.mcaOf(payment)), payment.connector_transaction_id);
  const ids = { three_dsserver_trans_id: randomUUID(), acs_trans_id: randomUUID(), acs_reference_number: 'golive-sandbox-acs', acs_signed_content: null };
  if (atConnector.status !== 'requires_challenge' || !atConnector.challenge_url) return { trans_status: 'Y', acs_url: null, challenge_request: null, ...ids };
  const challengeRequest = Buffer.from(JSON.stringify({ messageType: 'CReq', messageVersion: '2.2.0', threeDSServerTransID: ids.three_dsserver_trans_id, acsTransID: ids.acs_trans_id, challengeWindowSize: '05' })).toString('base64url');
  // The ACS sends its result to the authorize URL; a real ACS learns that URL from the AReq, which this sandbox does not model.
  const acsUrl = `${atConnector.challenge_url}/acs?notify=${encodeURIComponent(authorizeUrl(ctx.gatewayUrl(), payment))}`;
  return { trans_status: 'C', acs_url: acsUrl, challenge_request: challengeRequest, challenge_request_key: 'creq', ...ids, three_ds_requestor_url: payment.return_url };
}

/** GET|POST /payments/{id}/{merchant_id}/authorize/{connector}: finishes the payment and takes the whole page back to the merchant. */
export async function completeAuthorization(ctx: ExternalThreeDsContext, res: ServerResponse, paymentId: string, merchantId: string): Promise<void> {
  const payment = ctx.state.payments.get(paymentId);
  const merchant = ctx.state.merchants.get(merchantId);
  if (!payment || !merchant || payment.merchant_id !== merchantId) throw apiErrors.notFound('Payment');
  await ctx.payments.sync(payment);
  const target = merchantRedirect(merchant, payment);
  // Loaded inside the SDK's frames: the redirect must leave them, so it targets the top window.
  const html = target.body.http_method === 'POST'
    ? `<!doctype html><form id="to-merchant" method="post" target="_top" action="${escapeHtml(target.body.return_url)}">${target.body.params.map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join('')}</form><script>document.getElementById('to-merchant').submit()</script>`
    : `<!doctype html><script>window.top.location.replace(${JSON.stringify(target.location).replace(/</g, '\\u003c')})</script><a target="_top" href="${escapeHtml(target.location)}">Continue</a>`;
  sendHtml(res, 200, html);
}

/** The two routes of this flow: the SDK's authentication call, and the ACS's way back (no key: the ids are the capability). */
export function mountExternalThreeDs(router: GatewayRouter, gw: GatewayServices): void {
  router
    .on('POST', '/payments/:payment_id/3ds/authentication', authenticated(async (call) => call.send(200, await authenticatePayment(gw, call.caller, call.params.payment_id!, call.body()))))
    .on('GET', '/payments/:payment_id/:merchant_id/authorize/:connector', unauthenticated((call) => completeAuthorization(gw, call.res, call.params.payment_id!, call.params.merchant_id!)))
    .on('POST', '/payments/:payment_id/:merchant_id/authorize/:connector', unauthenticated((call) => completeAuthorization(gw, call.res, call.params.payment_id!, call.params.merchant_id!)));
}
