import { authenticated, queryInt, type ApiCall, type GatewayRouter } from '../api-call.ts';
import { apiErrors } from '../../model/api-error.ts';
import { requireSecret } from '../auth.ts';
import type { GatewayState, Merchant, Payment } from '../../model/state.ts';
import { customerPaymentMethods } from '../../services/payment-methods/service.ts';
import * as customers from '../../services/customers/service.ts';

// /customers (routes::Customers in app.rs). "list" and "payment_methods" are registered before
// "/customers/{customer_id}". A customer's own ephemeral key may read that customer and their methods.

/** The payment a client call names by its client_secret (publishable key calls must send one). */
export function paymentOfClientSecret(state: GatewayState, merchant: Merchant, clientSecret: string | null): Payment {
  if (!clientSecret) throw apiErrors.clientSecretMissing();
  const payment = state.payments.get(clientSecret.split('_secret_')[0] ?? '');
  if (!payment || payment.merchant_id !== merchant.merchant_id || payment.client_secret !== clientSecret) throw apiErrors.clientSecretMismatch();
  return payment;
}

/** Secret key, or the ephemeral key of this very customer. */
function merchantForCustomer(call: ApiCall, customerId: string): Merchant {
  const caller = call.caller;
  if (caller.kind === 'secret') return caller.merchant;
  if (caller.kind === 'ephemeral' && caller.customerId === customerId) return caller.merchant;
  throw apiErrors.unauthorized();
}

function createCustomer(call: ApiCall): void {
  call.send(200, customers.createCustomer(call.services.state, requireSecret(call.caller), call.body()));
}

function listCustomers(call: ApiCall): void {
  call.send(
    200,
    customers.listCustomers(
      call.services.state,
      requireSecret(call.caller),
      queryInt(call.url, 'offset', 0, Number.MAX_SAFE_INTEGER),
      queryInt(call.url, 'limit', 100, 100),
    ),
  );
}

/** Unified Checkout's call: the publishable key and the payment's client_secret name the customer. */
function listPaymentCustomerPaymentMethods(call: ApiCall): void {
  const { state } = call.services;
  if (call.caller.kind !== 'publishable') throw apiErrors.unauthorized();
  const payment = paymentOfClientSecret(state, call.caller.merchant, call.url.searchParams.get('client_secret'));
  if (!payment.customer_id || !state.customers.has(`${payment.merchant_id}/${payment.customer_id}`))
    return call.send(200, { customer_payment_methods: [], is_guest_customer: payment.customer_id === null });
  call.send(200, customerPaymentMethods(state, call.caller.merchant, payment.customer_id));
}

function retrieveCustomer(call: ApiCall): void {
  const customerId = call.params.customer_id!;
  call.send(200, customers.customerResponse(customers.findCustomer(call.services.state, merchantForCustomer(call, customerId), customerId)));
}

function updateCustomer(call: ApiCall): void {
  call.send(200, customers.updateCustomer(call.services.state, requireSecret(call.caller), call.params.customer_id!, call.body()));
}

function deleteCustomer(call: ApiCall): void {
  call.send(200, customers.deleteCustomer(call.services.state, requireSecret(call.caller), call.params.customer_id!));
}

function listCustomerPaymentMethods(call: ApiCall): void {
  const customerId = call.params.customer_id!;
  call.send(200, customerPaymentMethods(call.services.state, merchantForCustomer(call, customerId), customerId));
}

export function mountCustomers(router: GatewayRouter): void {
  router
    .on('POST', '/customers', authenticated(createCustomer))
    .on('GET', '/customers/list', authenticated(listCustomers))
    .on('GET', '/customers/payment_methods', authenticated(listPaymentCustomerPaymentMethods))
    .on('GET', '/customers/:customer_id', authenticated(retrieveCustomer))
    .on('POST', '/customers/:customer_id', authenticated(updateCustomer))
    .on('DELETE', '/customers/:customer_id', authenticated(deleteCustomer))
    .on('GET', '/customers/:customer_id/payment_methods', authenticated(listCustomerPaymentMethods));
}
