import type { Caller } from './auth.ts';
import { apiErrors } from './api-error.ts';
import type { GatewayState, Payment } from './state.ts';

// The two lists Unified Checkout renders from, for a publishable key with the payment's client_secret:
// GET /account/payment_methods (what the merchant's enabled connectors accept) and
// GET /customers/payment_methods (the customer's saved methods; none are stored by this sandbox yet).
// A minimal stand-in: the gateway's own resource modules supersede it once they serve these paths.

export function clientPaymentMethodsRoute(state: GatewayState, method: string, segments: readonly string[], url: URL, caller: Caller): unknown {
  const account = method === 'GET' && segments.length === 2 && segments[0] === 'account' && segments[1] === 'payment_methods';
  const customer = method === 'GET' && segments.length === 2 && segments[0] === 'customers' && segments[1] === 'payment_methods';
  if (!account && !customer) return undefined;
  const payment = paymentForClientSecret(state, caller, url.searchParams.get('client_secret'));
  return account ? paymentMethodList(state, payment) : { customer_payment_methods: [], is_guest_customer: payment.customer_id === null };
}

function paymentForClientSecret(state: GatewayState, caller: Caller, clientSecret: string | null): Payment {
  if (caller.kind === 'admin') throw apiErrors.unauthorized();
  if (!clientSecret) throw apiErrors.missingField('client_secret');
  const payment = state.payments.get(clientSecret.split('_secret_')[0] ?? '');
  if (!payment || payment.merchant_id !== caller.merchant.merchant_id || payment.client_secret !== clientSecret) throw apiErrors.clientSecretMismatch();
  return payment;
}

/** Hyperswitch's PaymentMethodListResponse: each method type once, with the connectors that accept it. */
function paymentMethodList(state: GatewayState, payment: Payment) {
  const byMethod = new Map<string, Map<string, string[]>>();
  for (const mca of state.merchantConnectors(payment.merchant_id)) {
    if (mca.disabled || mca.connector_type !== 'payment_processor') continue;
    for (const pm of mca.payment_methods_enabled) {
      const types = byMethod.get(pm.payment_method) ?? new Map<string, string[]>();
      for (const type of pm.payment_method_types ?? []) types.set(type.payment_method_type, [...(types.get(type.payment_method_type) ?? []), mca.connector_name]);
      byMethod.set(pm.payment_method, types);
    }
  }
  return {
    redirect_url: payment.return_url,
    currency: payment.currency,
    payment_methods: [...byMethod].map(([paymentMethod, types]) => ({
      payment_method: paymentMethod,
      payment_method_types: [...types].map(([type, connectors]) => ({
        payment_method_type: type, payment_experience: null, card_networks: null, bank_names: null, bank_debits: null, bank_transfers: null,
        required_fields: {}, surcharge_details: null, pm_auth_connector: null, eligible_connectors: connectors,
      })),
    })),
    mandate_payment: null,
    merchant_name: state.merchants.get(payment.merchant_id)?.merchant_name ?? null,
    show_surcharge_breakup_screen: false,
    payment_type: 'normal',
    request_external_three_ds_authentication: payment.external_three_ds_requested ?? false,
    collect_shipping_details_from_wallets: false,
    collect_billing_details_from_wallets: false,
    is_tax_calculation_enabled: false,
  };
}
