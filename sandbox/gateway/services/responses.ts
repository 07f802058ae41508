import type { MerchantAccountResponse, MerchantConnectorResponse, PaymentsResponse, RefundResponse } from '../../../helpers/schemas/index.ts';
import { paymentMethodOf, paymentMethodTypeOf } from '../rules/payment-method-data.ts';
import { manualRetryAllowed } from '../rules/payment-status.ts';
import type { ConnectorAccount, GatewayState, Merchant, Payment, Refund } from '../model/state.ts';

// Hyperswitch's response bodies, built from the records. Field names and nulls as the real API returns them.

export function refundResponse(refund: Refund): RefundResponse {
  return {
    refund_id: refund.refund_id,
    payment_id: refund.payment_id,
    amount: refund.amount,
    currency: refund.currency,
    status: refund.status,
    reason: refund.reason,
    metadata: refund.metadata,
    error_message: refund.error_message,
    error_code: refund.error_code,
    created_at: refund.created_at,
    updated_at: refund.updated_at,
    connector: refund.connector,
    profile_id: refund.profile_id,
    merchant_connector_id: refund.merchant_connector_id,
    connector_refund_id: refund.connector_refund_id,
  };
}

export function paymentResponse(state: GatewayState, payment: Payment, { withClientSecret = true } = {}): PaymentsResponse {
  const refunds = payment.refund_ids.map((id) => state.refunds.get(id)).filter((r): r is Refund => r !== undefined);
  const refunded = refunds.filter((r) => r.status !== 'failed').reduce((sum, r) => sum + r.amount, 0);
  return {
    payment_id: payment.payment_id,
    merchant_id: payment.merchant_id,
    status: payment.status,
    amount: payment.amount,
    net_amount: payment.amount,
    amount_capturable: payment.amount_capturable,
    amount_received: payment.amount_received,
    processor_merchant_id: payment.merchant_id,
    connector: payment.connector,
    client_secret: withClientSecret ? payment.client_secret : null,
    created: payment.created,
    modified_at: payment.modified_at,
    currency: payment.currency,
    customer_id: payment.customer_id,
    description: payment.description,
    refunds: refunds.length ? refunds.map(refundResponse) : null,
    capture_method: payment.capture_method,
    payment_method: paymentMethodOf(payment),
    payment_method_data: paymentMethodData(payment),
    billing: payment.billing,
    shipping: payment.shipping,
    browser_info: payment.browser_info,
    setup_future_usage: payment.setup_future_usage,
    mandate_id: payment.mandate_id,
    off_session: payment.off_session,
    return_url: payment.return_url,
    authentication_type: payment.authentication_type,
    next_action: payment.next_action,
    cancellation_reason: payment.cancellation_reason,
    error_code: payment.error_code,
    error_message: payment.error_message,
    unified_code: null,
    unified_message: null,
    payment_method_type: paymentMethodTypeOf(payment),
    manual_retry_allowed: manualRetryAllowed(payment.status),
    connector_transaction_id: payment.connector_transaction_id,
    metadata: payment.metadata,
    profile_id: payment.profile_id,
    attempt_count: payment.attempt_count,
    merchant_connector_id: payment.merchant_connector_id,
    // Not a Hyperswitch field: the refundable remainder, handy for merchants and harmless to clients that ignore it.
    amount_refunded: refunded,
  };
}

/** What the payment was made with, masked: the card's summary or the non-card method's additional data. */
function paymentMethodData(payment: Payment): PaymentsResponse['payment_method_data'] {
  if (payment.method_summary) return { ...payment.method_summary.response_data, billing: payment.payment_method_billing };
  if (payment.card_summary) return { card: { ...payment.card_summary, card_type: null, card_issuer: null }, billing: payment.payment_method_billing };
  return null;
}

export function merchantResponse(merchant: Merchant): MerchantAccountResponse {
  return {
    merchant_id: merchant.merchant_id,
    merchant_name: merchant.merchant_name,
    return_url: merchant.return_url,
    enable_payment_response_hash: merchant.enable_payment_response_hash,
    payment_response_hash_key: merchant.payment_response_hash_key,
    redirect_to_merchant_with_http_post: merchant.redirect_to_merchant_with_http_post,
    webhook_details: merchant.webhook_details,
    publishable_key: merchant.publishable_key,
    metadata: merchant.metadata,
    default_profile: merchant.default_profile,
    primary_business_details: [],
    organization_id: `org_${merchant.merchant_id}`,
    is_recon_enabled: false,
    recon_status: 'not_requested',
    merchant_account_type: 'standard',
  };
}

export function connectorAccountResponse(mca: ConnectorAccount): MerchantConnectorResponse {
  const { api_key: _hidden, ...details } = mca.connector_account_details;
  return {
    connector_type: mca.connector_type,
    connector_name: mca.connector_name,
    connector_label: mca.connector_label,
    merchant_connector_id: mca.merchant_connector_id,
    profile_id: mca.profile_id,
    // Hyperswitch masks credentials in responses; the api_key never comes back.
    connector_account_details: { ...details, ...(_hidden ? { api_key: '*** masked ***' } : {}) },
    payment_methods_enabled: mca.payment_methods_enabled,
    connector_webhook_details: mca.connector_webhook_details,
    metadata: mca.metadata,
    test_mode: mca.test_mode,
    disabled: mca.disabled,
    status: mca.disabled ? 'inactive' : 'active',
  };
}
