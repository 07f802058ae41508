import { authenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';
import { apiErrors } from '../../model/api-error.ts';
import { requireSecret } from '../auth.ts';
import { paymentOfClientSecret } from './customers.ts';
import { accountPaymentMethods } from '../../services/payment-methods/account-list.ts';
import * as paymentMethods from '../../services/payment-methods/service.ts';

// /payment_methods (routes::PaymentMethods) and GET /account/payment_methods, the list Unified Checkout renders from.

function createPaymentMethod(call: ApiCall): void {
  call.send(200, paymentMethods.createPaymentMethod(call.services.state, requireSecret(call.caller), call.body()));
}

function retrievePaymentMethod(call: ApiCall): void {
  const found = paymentMethods.findPaymentMethod(call.services.state, requireSecret(call.caller), call.params.payment_method_id!);
  call.send(200, paymentMethods.paymentMethodResponse(found));
}

function deletePaymentMethod(call: ApiCall): void {
  call.send(200, paymentMethods.deletePaymentMethod(call.services.state, requireSecret(call.caller), call.params.payment_method_id!));
}

function updatePaymentMethod(call: ApiCall): void {
  call.send(200, paymentMethods.updatePaymentMethod(call.services.state, requireSecret(call.caller), call.params.payment_method_id!, call.body()));
}

/** What Unified Checkout renders: with a publishable key, for the payment its client_secret names. */
function listAccountPaymentMethods(call: ApiCall): void {
  const { state } = call.services;
  const caller = call.caller;
  if (caller.kind !== 'secret' && caller.kind !== 'publishable') throw apiErrors.unauthorized();
  const clientSecret = call.url.searchParams.get('client_secret');
  const payment = caller.kind === 'publishable' || clientSecret ? paymentOfClientSecret(state, caller.merchant, clientSecret) : null;
  call.send(200, accountPaymentMethods(state, caller.merchant, payment));
}

export function mountPaymentMethods(router: GatewayRouter): void {
  router
    .on('POST', '/payment_methods', authenticated(createPaymentMethod))
    .on('GET', '/payment_methods/:payment_method_id', authenticated(retrievePaymentMethod))
    .on('DELETE', '/payment_methods/:payment_method_id', authenticated(deletePaymentMethod))
    .on('POST', '/payment_methods/:payment_method_id/update', authenticated(updatePaymentMethod))
    .on('GET', '/account/payment_methods', authenticated(listAccountPaymentMethods));
}
