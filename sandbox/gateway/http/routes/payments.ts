import { z } from 'zod';
import { authenticated, unauthenticated, type ApiCall, type GatewayRouter, type GatewayServices } from '../api-call.ts';
import { apiErrors } from '../../model/api-error.ts';
import type { Caller } from '../../model/caller.ts';
import { requireMerchant, requireSecret } from '../auth.ts';
import { redirect } from '../../../http/json-server.ts';
import { parseRequest, structSchema } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import { paymentResponse } from '../../services/responses.ts';
import type { Payment } from '../../model/state.ts';
import { listByFilter, listByQuery } from '../../services/payments/list.ts';
import { merchantRedirect } from '../../rules/merchant-redirect.ts';
import { CancelPaymentBody, CapturePaymentBody, ConfirmPaymentBody, CreatePaymentBody, UpdatePaymentBody } from '../../services/payments/requests.ts';
import { apiKeyOf } from '../../services/payments/service.ts';

// /payments (routes::Payments in app.rs). The literal paths ("list", "session_tokens", "redirect")
// are registered before "/payments/{payment_id}", as there, so they are never read as ids.

const SessionTokensBody = structSchema('PaymentsSessionRequest', requestStructs.PaymentsSessionRequest, {
  payment_id: z.string(),
  client_secret: z.string(),
  wallets: z.array(z.string()),
});

export function mountPayments(router: GatewayRouter, gw: GatewayServices): void {
  const { state, payments } = gw;

  /** Client calls (publishable key) must prove they hold the payment's client_secret. */
  const paymentForCaller = (caller: Caller, paymentId: string, clientSecret: string | null | undefined): Payment => {
    if (caller.kind !== 'secret' && caller.kind !== 'publishable') throw apiErrors.unauthorized();
    const payment = payments.find(caller.merchant, paymentId);
    if (caller.kind === 'publishable') {
      if (!clientSecret) throw apiErrors.clientSecretMissing();
      if (clientSecret !== payment.client_secret) throw apiErrors.clientSecretMismatch();
    } else if (clientSecret && clientSecret !== payment.client_secret) {
      throw apiErrors.clientSecretMismatch();
    }
    return payment;
  };
  const sendPayment = (call: ApiCall, payment: Payment) => call.send(200, paymentResponse(state, payment));
  const merchantPayments = (call: ApiCall) => {
    const merchantId = requireSecret(call.caller).merchant_id;
    return [...state.payments.values()].filter((p) => p.merchant_id === merchantId);
  };

  const sendMerchantRedirect = (call: ApiCall, payment: Payment) => {
    const merchant = state.merchants.get(payment.merchant_id);
    if (!merchant) throw apiErrors.internal();
    const target = merchantRedirect(merchant, payment);
    redirect(call.res, target.location, target.body);
  };
  const currentChallengeUrl = async (payment: Payment): Promise<string | null> => {
    if (!payment.connector_transaction_id) return null;
    const result = await gw.connector.retrieve(apiKeyOf(payments.mcaOf(payment)), payment.connector_transaction_id);
    return result.status === 'requires_challenge' ? result.challenge_url : null;
  };
  // The connector's return after 3DS (create_redirect_url / create_complete_authorize_url).
  const connectorReturn = unauthenticated(async (call) => {
    const payment = state.payments.get(call.params.payment_id!);
    if (!payment || payment.merchant_id !== call.params.merchant_id) throw apiErrors.notFound('Payment');
    await payments.sync(payment);
    sendMerchantRedirect(call, payment);
  });

  router
    .on(
      'POST',
      '/payments',
      authenticated(async (call) => {
        sendPayment(call, await payments.create(requireSecret(call.caller), parseRequest(CreatePaymentBody, call.body())));
      }),
    )
    .on(
      'GET',
      '/payments/list',
      authenticated((call) => {
        const data = listByQuery(merchantPayments(call), call.url.searchParams).map((p) => paymentResponse(state, p));
        call.send(200, { size: data.length, data });
      }),
    )
    .on(
      'POST',
      '/payments/list',
      authenticated((call) => {
        const { matching, page } = listByFilter(merchantPayments(call), call.body());
        call.send(200, { count: page.length, total_count: matching.length, data: page.map((p) => paymentResponse(state, p)) });
      }),
    )
    // The wallet sessions Unified Checkout asks for; the sandbox's connectors offer no wallet, so none.
    .on(
      'POST',
      '/payments/session_tokens',
      authenticated((call) => {
        const input = parseRequest(SessionTokensBody, call.body());
        if (call.caller.kind !== 'publishable') throw apiErrors.unauthorized();
        const payment = paymentForCaller(call.caller, input.payment_id, input.client_secret);
        call.send(200, { payment_id: payment.payment_id, client_secret: payment.client_secret, session_token: [] });
      }),
    )
    // Customer-facing redirects carry no key: the ids in the path are the capability, as in Hyperswitch.
    .on(
      'GET',
      '/payments/redirect/:payment_id/:merchant_id/:attempt_id',
      unauthenticated(async (call) => {
        const payment = state.payments.get(call.params.payment_id!);
        if (!payment || payment.merchant_id !== call.params.merchant_id || payment.attempt_id !== call.params.attempt_id) throw apiErrors.notFound('Payment');
        const challenge = payment.status === 'requires_customer_action' ? await currentChallengeUrl(payment) : null;
        if (challenge) return redirect(call.res, challenge);
        sendMerchantRedirect(call, payment);
      }),
    )
    .on('GET', '/payments/:payment_id/:merchant_id/redirect/response/:connector', connectorReturn)
    .on('POST', '/payments/:payment_id/:merchant_id/redirect/response/:connector', connectorReturn)
    .on('GET', '/payments/:payment_id/:merchant_id/redirect/complete/:connector', connectorReturn)
    .on('POST', '/payments/:payment_id/:merchant_id/redirect/complete/:connector', connectorReturn)
    .on(
      'GET',
      '/payments/:payment_id',
      authenticated(async (call) => {
        const payment = paymentForCaller(call.caller, call.params.payment_id!, call.url.searchParams.get('client_secret'));
        if (call.url.searchParams.get('force_sync') === 'true') await payments.sync(payment);
        sendPayment(call, payment);
      }),
    )
    .on(
      'POST',
      '/payments/:payment_id',
      authenticated(async (call) => {
        const input = parseRequest(UpdatePaymentBody, call.body());
        const payment = paymentForCaller(call.caller, call.params.payment_id!, input.client_secret);
        sendPayment(call, await payments.update(requireMerchant(call.caller), payment, input));
      }),
    )
    .on(
      'POST',
      '/payments/:payment_id/confirm',
      authenticated(async (call) => {
        const input = parseRequest(ConfirmPaymentBody, call.body());
        const payment = paymentForCaller(call.caller, call.params.payment_id!, input.client_secret);
        sendPayment(call, await payments.confirm(requireMerchant(call.caller), payment, input));
      }),
    )
    .on(
      'POST',
      '/payments/:payment_id/capture',
      authenticated(async (call) => {
        // The body is deserialised before anything else, as actix-web's extractor does.
        const input = parseRequest(CapturePaymentBody, call.body());
        const payment = payments.find(requireSecret(call.caller), call.params.payment_id!);
        sendPayment(call, await payments.capture(payment, input.amount_to_capture));
      }),
    )
    .on(
      'POST',
      '/payments/:payment_id/cancel',
      authenticated(async (call) => {
        const input = parseRequest(CancelPaymentBody, call.body());
        const payment = payments.find(requireSecret(call.caller), call.params.payment_id!);
        sendPayment(call, await payments.cancel(payment, input));
      }),
    );
}
