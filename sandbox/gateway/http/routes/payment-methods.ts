import { authenticated, type GatewayRouter, type GatewayServices } from '../api-call.ts';
import { apiErrors } from '../../model/api-error.ts';
import { requireSecret } from '../auth.ts';
import { paymentOfClientSecret } from './customers.ts';
import { accountPaymentMethods } from '../../services/payment-methods/account-list.ts';
import {
  createPaymentMethod,
  deletePaymentMethod,
  findPaymentMethod,
  paymentMethodResponse,
  updatePaymentMethod,
} from '../../services/payment-methods/service.ts';

// /payment_methods (routes::PaymentMethods) and GET /account/payment_methods, the list Unified Checkout renders from.
export function mountPaymentMethods(router: GatewayRouter, { state }: GatewayServices): void {
  router
    .on(
      'POST',
      '/payment_methods',
      authenticated((call) => call.send(200, createPaymentMethod(state, requireSecret(call.caller), call.body()))),
    )
    .on(
      'GET',
      '/payment_methods/:payment_method_id',
      authenticated((call) => {
        call.send(200, paymentMethodResponse(findPaymentMethod(state, requireSecret(call.caller), call.params.payment_method_id!)));
      }),
    )
    .on(
      'DELETE',
      '/payment_methods/:payment_method_id',
      authenticated((call) => call.send(200, deletePaymentMethod(state, requireSecret(call.caller), call.params.payment_method_id!))),
    )
    .on(
      'POST',
      '/payment_methods/:payment_method_id/update',
      authenticated((call) => {
        call.send(200, updatePaymentMethod(state, requireSecret(call.caller), call.params.payment_method_id!, call.body()));
      }),
    )
    .on(
      'GET',
      '/account/payment_methods',
      authenticated((call) => {
        const caller = call.caller;
        if (caller.kind !== 'secret' && caller.kind !== 'publishable') throw apiErrors.unauthorized();
        const clientSecret = call.url.searchParams.get('client_secret');
        const payment = caller.kind === 'publishable' || clientSecret ? paymentOfClientSecret(state, caller.merchant, clientSecret) : null;
        call.send(200, accountPaymentMethods(state, caller.merchant, payment));
      }),
    );
}
