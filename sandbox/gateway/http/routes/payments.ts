import { z } from 'zod';
import { authenticated, unauthenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';
import { apiErrors } from '../../model/api-error.ts';
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

/** Client calls (publishable key) must prove they hold the payment's client_secret. */
function paymentForCaller(call: ApiCall, paymentId: string, clientSecret: string | null | undefined): Payment {
  const caller = call.caller;
  if (caller.kind !== 'secret' && caller.kind !== 'publishable') throw apiErrors.unauthorized();
  const payment = call.services.payments.find(caller.merchant, paymentId);
  if (caller.kind === 'publishable') {
    if (!clientSecret) throw apiErrors.clientSecretMissing();
    if (clientSecret !== payment.client_secret) throw apiErrors.clientSecretMismatch();
  } else if (clientSecret && clientSecret !== payment.client_secret) {
    throw apiErrors.clientSecretMismatch();
  }
  return payment;
}

/** The payment in the path, for calls only the merchant's secret key may make. */
function paymentInPath(call: ApiCall): Payment {
  return call.services.payments.find(requireSecret(call.caller), call.params.payment_id!);
}

function sendPayment(call: ApiCall, payment: Payment): void {
  call.send(200, paymentResponse(call.services.state, payment));
}

function merchantPayments(call: ApiCall): Payment[] {
  const merchantId = requireSecret(call.caller).merchant_id;
  return [...call.services.state.payments.values()].filter((p) => p.merchant_id === merchantId);
}

function sendMerchantRedirect(call: ApiCall, payment: Payment): void {
  const merchant = call.services.state.merchants.get(payment.merchant_id);
  if (!merchant) throw apiErrors.internal();
  const target = merchantRedirect(merchant, payment);
  redirect(call.res, target.location, target.body);
}

async function currentChallengeUrl(call: ApiCall, payment: Payment): Promise<string | null> {
  if (!payment.connector_transaction_id) return null;
  const { connector, payments } = call.services;
  const result = await connector.retrieve(apiKeyOf(payments.mcaOf(payment)), payment.connector_transaction_id);
  return result.status === 'requires_challenge' ? result.challenge_url : null;
}

async function createPayment(call: ApiCall): Promise<void> {
  sendPayment(call, await call.services.payments.create(requireSecret(call.caller), parseRequest(CreatePaymentBody, call.body())));
}

function listPaymentsByQuery(call: ApiCall): void {
  const data = listByQuery(merchantPayments(call), call.url.searchParams).map((p) => paymentResponse(call.services.state, p));
  call.send(200, { size: data.length, data });
}

function listPaymentsByFilter(call: ApiCall): void {
  const { matching, page } = listByFilter(merchantPayments(call), call.body());
  call.send(200, { count: page.length, total_count: matching.length, data: page.map((p) => paymentResponse(call.services.state, p)) });
}

/** The wallet sessions Unified Checkout asks for; the sandbox's connectors offer no wallet, so none. */
function createSessionTokens(call: ApiCall): void {
  const input = parseRequest(SessionTokensBody, call.body());
  if (call.caller.kind !== 'publishable') throw apiErrors.unauthorized();
  const payment = paymentForCaller(call, input.payment_id, input.client_secret);
  call.send(200, { payment_id: payment.payment_id, client_secret: payment.client_secret, session_token: [] });
}

/** Where the customer is sent to authenticate: the connector's challenge while there is one, else back to the merchant. */
async function redirectCustomer(call: ApiCall): Promise<void> {
  const payment = call.services.state.payments.get(call.params.payment_id!);
  if (!payment || payment.merchant_id !== call.params.merchant_id || payment.attempt_id !== call.params.attempt_id) throw apiErrors.notFound('Payment');
  const challenge = payment.status === 'requires_customer_action' ? await currentChallengeUrl(call, payment) : null;
  if (challenge) return redirect(call.res, challenge);
  sendMerchantRedirect(call, payment);
}

/** The connector's return after 3DS (create_redirect_url / create_complete_authorize_url). */
async function returnFromConnector(call: ApiCall): Promise<void> {
  const payment = call.services.state.payments.get(call.params.payment_id!);
  if (!payment || payment.merchant_id !== call.params.merchant_id) throw apiErrors.notFound('Payment');
  await call.services.payments.sync(payment);
  sendMerchantRedirect(call, payment);
}

async function retrievePayment(call: ApiCall): Promise<void> {
  const payment = paymentForCaller(call, call.params.payment_id!, call.url.searchParams.get('client_secret'));
  if (call.url.searchParams.get('force_sync') === 'true') await call.services.payments.sync(payment);
  sendPayment(call, payment);
}

async function updatePayment(call: ApiCall): Promise<void> {
  const input = parseRequest(UpdatePaymentBody, call.body());
  const payment = paymentForCaller(call, call.params.payment_id!, input.client_secret);
  sendPayment(call, await call.services.payments.update(requireMerchant(call.caller), payment, input));
}

async function confirmPayment(call: ApiCall): Promise<void> {
  const input = parseRequest(ConfirmPaymentBody, call.body());
  const payment = paymentForCaller(call, call.params.payment_id!, input.client_secret);
  sendPayment(call, await call.services.payments.confirm(requireMerchant(call.caller), payment, input));
}

async function capturePayment(call: ApiCall): Promise<void> {
  // The body is deserialised before anything else, as actix-web's extractor does.
  const input = parseRequest(CapturePaymentBody, call.body());
  sendPayment(call, await call.services.payments.capture(paymentInPath(call), input.amount_to_capture));
}

async function cancelPayment(call: ApiCall): Promise<void> {
  const input = parseRequest(CancelPaymentBody, call.body());
  sendPayment(call, await call.services.payments.cancel(paymentInPath(call), input));
}

export function mountPayments(router: GatewayRouter): void {
  router
    .on('POST', '/payments', authenticated(createPayment))
    .on('GET', '/payments/list', authenticated(listPaymentsByQuery))
    .on('POST', '/payments/list', authenticated(listPaymentsByFilter))
    .on('POST', '/payments/session_tokens', authenticated(createSessionTokens))
    // Customer-facing redirects carry no key: the ids in the path are the capability, as in Hyperswitch.
    .on('GET', '/payments/redirect/:payment_id/:merchant_id/:attempt_id', unauthenticated(redirectCustomer))
    .on('GET', '/payments/:payment_id/:merchant_id/redirect/response/:connector', unauthenticated(returnFromConnector))
    .on('POST', '/payments/:payment_id/:merchant_id/redirect/response/:connector', unauthenticated(returnFromConnector))
    .on('GET', '/payments/:payment_id/:merchant_id/redirect/complete/:connector', unauthenticated(returnFromConnector))
    .on('POST', '/payments/:payment_id/:merchant_id/redirect/complete/:connector', unauthenticated(returnFromConnector))
    .on('GET', '/payments/:payment_id', authenticated(retrievePayment))
    .on('POST', '/payments/:payment_id', authenticated(updatePayment))
    .on('POST', '/payments/:payment_id/confirm', authenticated(confirmPayment))
    .on('POST', '/payments/:payment_id/capture', authenticated(capturePayment))
    .on('POST', '/payments/:payment_id/cancel', authenticated(cancelPayment));
}
