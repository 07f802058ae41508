import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { apiErrors } from '../../model/api-error.ts';
import type { Caller } from '../../model/caller.ts';
import { requestStructs } from '../../model/request-structs.ts';
import type { GatewayState } from '../../model/state.ts';
import { merchantRedirect, type MerchantRedirect } from '../../rules/merchant-redirect.ts';
import { parseRequest, structSchema } from '../../rules/request-body.ts';
import { authorizeUrl } from '../../rules/three-ds-challenge.ts';
import type { ConnectorClient } from '../connector-client.ts';
import { apiKeyOf, type PaymentService } from './service.ts';

// 3DS the way Hyperswitch runs it with an external authentication connector: after the confirm's
// "three_ds_invoke" (rules/three-ds-challenge.ts), Unified Checkout calls /payments/{id}/3ds/authentication
// and shows the issuer's challenge (the ACS page) in its own frame; the challenge result then goes to
// three_ds_authorize_url, which finishes the payment and sends the whole page back to the merchant.

const AuthenticationBody = structSchema('PaymentsExternalAuthenticationRequest', requestStructs.PaymentsExternalAuthenticationRequest, {
  client_secret: z.string().optional(),
  device_channel: z.enum(['BRW', 'APP']),
  threeds_method_comp_ind: z.enum(['Y', 'N', 'U']),
});

export interface ExternalThreeDsContext {
  state: GatewayState;
  payments: PaymentService;
  connector: ConnectorClient;
  gatewayUrl: () => string;
}

/** POST /payments/{id}/3ds/authentication, for the client (publishable key + client_secret) or the merchant. */
export async function authenticatePayment(ctx: ExternalThreeDsContext, caller: Caller, paymentId: string, body: unknown): Promise<unknown> {
  if (caller.kind === 'admin') throw apiErrors.unauthorized();
  const input = parseRequest(AuthenticationBody, body);
  const payment = ctx.payments.find(caller.merchant, paymentId);
  if (caller.kind === 'publishable' && input.client_secret !== payment.client_secret)
    throw input.client_secret ? apiErrors.clientSecretMismatch() : apiErrors.clientSecretMissing();
  if (payment.next_action?.type !== 'three_ds_invoke' || !payment.connector_transaction_id) {
    throw apiErrors.preconditionFailed(`You cannot authenticate this payment because it has status ${payment.status}`);
  }
  const atConnector = await ctx.connector.retrieve(apiKeyOf(ctx.payments.mcaOf(payment)), payment.connector_transaction_id);
  const ids = { three_dsserver_trans_id: randomUUID(), acs_trans_id: randomUUID(), acs_reference_number: 'golive-sandbox-acs', acs_signed_content: null };
  if (atConnector.status !== 'requires_challenge' || !atConnector.challenge_url) return { trans_status: 'Y', acs_url: null, challenge_request: null, ...ids };
  const challengeRequest = Buffer.from(
    JSON.stringify({
      messageType: 'CReq',
      messageVersion: '2.2.0',
      threeDSServerTransID: ids.three_dsserver_trans_id,
      acsTransID: ids.acs_trans_id,
      challengeWindowSize: '05',
    }),
  ).toString('base64url');
  // The ACS sends its result to the authorize URL; a real ACS learns that URL from the AReq, which this sandbox does not model.
  const acsUrl = `${atConnector.challenge_url}/acs?notify=${encodeURIComponent(authorizeUrl(ctx.gatewayUrl(), payment))}`;
  return {
    trans_status: 'C',
    acs_url: acsUrl,
    challenge_request: challengeRequest,
    challenge_request_key: 'creq',
    ...ids,
    three_ds_requestor_url: payment.return_url,
  };
}

/** GET|POST /payments/{id}/{merchant_id}/authorize/{connector}: finishes the payment; the answer is where the page goes back to the merchant. */
export async function completeAuthorization(ctx: ExternalThreeDsContext, paymentId: string, merchantId: string): Promise<MerchantRedirect> {
  const payment = ctx.state.payments.get(paymentId);
  const merchant = ctx.state.merchants.get(merchantId);
  if (!payment || !merchant || payment.merchant_id !== merchantId) throw apiErrors.notFound('Payment');
  await ctx.payments.sync(payment);
  return merchantRedirect(merchant, payment);
}
