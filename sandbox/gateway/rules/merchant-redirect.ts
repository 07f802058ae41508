import { signReturnUrl } from '../../../helpers/signatures/return-url.ts';
import { apiErrors } from '../model/api-error.ts';
import type { Merchant, Payment } from '../model/state.ts';

// The redirect back to the merchant after a customer action (make_merchant_url_with_response in
// crates/router/src/core/payments/helpers.rs): the payment's parameters appended to return_url,
// signed over every query pair when response hashing is on.

export interface MerchantRedirect {
  location: string;
  body: { return_url: string; params: [string, string][]; return_url_with_query_params: string; http_method: 'GET' | 'POST'; headers: [] };
}

export function merchantRedirect(merchant: Merchant, payment: Payment): MerchantRedirect {
  const base = payment.return_url ?? merchant.return_url;
  if (!base) throw apiErrors.returnUrlUnavailable();
  const url = new URL(base);
  const httpPost = merchant.redirect_to_merchant_with_http_post;
  const params: [string, string][] = [
    ['status', payment.status],
    ['payment_id', payment.payment_id],
    ['payment_intent_client_secret', payment.client_secret],
    ...(httpPost ? [] : [['amount', String(payment.amount)] as [string, string]]),
    ['manual_retry_allowed', String(payment.status === 'failed')],
  ];
  for (const [key, value] of params) url.searchParams.append(key, value);
  const signed = merchant.enable_payment_response_hash ? signReturnUrl(url, merchant.payment_response_hash_key) : url;
  return {
    location: signed.toString(),
    body: {
      return_url: base,
      params: [...signed.searchParams.entries()],
      return_url_with_query_params: signed.toString(),
      http_method: httpPost ? 'POST' : 'GET',
      headers: [],
    },
  };
}
