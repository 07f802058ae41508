// The request structs Hyperswitch's router deserialises (crates/api_models/src/<source>, API v1, at commit
// 00022b55b563c4e710cb49079c73ec16a6c300ea, the commit of the reference OpenAPI spec), one per endpoint the
// sandbox serves. `fields` are the names serde reads, in declaration order, which is the order of serde's
// "expected one of" list; `denyUnknownFields` is `#[serde(deny_unknown_fields)]`. Without it serde
// ignores any other field, and so must the sandbox. The OpenAPI views (PaymentsCreateRequest…) are not
// what is deserialised: PaymentsRequest is, for create, update and confirm alike, with its deprecated fields.
// test/sandbox/request-structs.spec.ts holds this table to the spec's schemas of the same names.

export interface RequestStruct {
  /** Its file under crates/api_models/src/, or from crates/ when another crate declares it. */
  readonly source: string;
  readonly denyUnknownFields: boolean;
  readonly fields: readonly string[];
  /** Set where the struct has no schema in the OpenAPI spec (so the table is checked against the source only). */
  readonly notInOpenApi?: true;
}

export const requestStructs = {
  PaymentsRequest: {
    source: 'payments.rs', denyUnknownFields: true,
    fields: [
      'amount', 'order_tax_amount', 'currency', 'amount_to_capture', 'shipping_cost', 'payment_id', 'merchant_id',
      'routing', 'connector', 'capture_method', 'authentication_type', 'billing', 'capture_on', 'confirm', 'customer',
      'customer_id', 'email', 'name', 'phone', 'phone_country_code', 'off_session', 'description', 'return_url',
      'setup_future_usage', 'payment_method_data', 'payment_method', 'payment_token', 'card_cvc', 'shipping',
      'statement_descriptor_name', 'statement_descriptor_suffix', 'order_details', 'client_secret', 'mandate_data',
      'customer_acceptance', 'mandate_id', 'browser_info', 'payment_experience', 'payment_method_type',
      'business_country', 'business_label', 'merchant_connector_details', 'allowed_payment_method_types',
      'business_sub_label', 'retry_action', 'metadata', 'connector_metadata', 'feature_metadata', 'payment_link',
      'payment_link_config', 'payment_link_config_id', 'profile_id', 'surcharge_details', 'payment_type',
      'request_incremental_authorization', 'session_expiry', 'frm_metadata',
      'request_external_three_ds_authentication', 'three_ds_data', 'recurring_details', 'split_payments',
      'request_extended_authorization', 'merchant_order_reference_id', 'skip_external_tax_calculation',
      'psd2_sca_exemption_type', 'ctp_service_details', 'force_3ds_challenge', 'threeds_method_comp_ind',
      'is_iframe_redirection_enabled', 'all_keys_required', 'payment_channel', 'tax_status', 'discount_amount',
      'shipping_amount_tax', 'duty_amount', 'order_date', 'enable_partial_authorization', 'enable_overcapture',
      'is_stored_credential', 'mit_category', 'billing_descriptor', 'tokenization',
      'partner_merchant_identifier_details', 'frm_id',
    ],
  },
  PaymentsCaptureRequest: {
    source: 'payments.rs', denyUnknownFields: false,
    fields: [
      'merchant_id', 'amount_to_capture', 'refund_uncaptured_amount', 'statement_descriptor_suffix',
      'statement_descriptor_prefix', 'merchant_connector_details', 'all_keys_required',
    ],
  },
  PaymentsCancelRequest: {
    source: 'payments.rs', denyUnknownFields: false,
    fields: [
      'cancellation_reason', 'merchant_connector_details',
    ],
  },
  PaymentsSessionRequest: {
    source: 'payments.rs', denyUnknownFields: false,
    fields: [
      'payment_id', 'client_secret', 'wallets', 'merchant_connector_details',
    ],
  },
  PaymentsExternalAuthenticationRequest: {
    source: 'payments.rs', denyUnknownFields: false,
    fields: [
      'client_secret', 'sdk_information', 'device_channel', 'threeds_method_comp_ind',
    ],
  },
  // Nested structs that are deny_unknown_fields: PaymentsRequest/MandateData.customer_acceptance (common_types),
  // its `online`, and PaymentMethodCreate.card.
  CustomerAcceptance: { source: 'common_types/src/payments.rs', denyUnknownFields: true, fields: ['acceptance_type', 'accepted_at', 'online'] },
  OnlineMandate: { source: 'common_types/src/payments.rs', denyUnknownFields: true, fields: ['ip_address', 'user_agent'] },
  MandateData: { source: 'payments.rs', denyUnknownFields: true, fields: ['update_mandate_id', 'customer_acceptance', 'mandate_type'] },
  CardDetail: {
    source: 'payment_methods.rs', denyUnknownFields: true,
    fields: [
      'card_number', 'card_exp_month', 'card_exp_year', 'card_cvc', 'card_holder_name', 'nick_name', 'card_issuing_country',
      'card_issuing_country_code', 'card_network', 'card_issuer', 'card_type',
    ],
  },
  RefundRequest: {
    source: 'refunds.rs', denyUnknownFields: true,
    fields: [
      'payment_id', 'refund_id', 'merchant_id', 'amount', 'reason', 'refund_type', 'metadata',
      'merchant_connector_details', 'split_refunds', 'all_keys_required',
    ],
  },
  RefundUpdateRequest: {
    source: 'refunds.rs', denyUnknownFields: true,
    fields: [
      'reason', 'metadata',
    ],
  },
  CustomerRequest: {
    source: 'customers.rs', denyUnknownFields: false,
    fields: [
      'customer_id', 'name', 'email', 'phone', 'description', 'phone_country_code', 'address', 'metadata',
      'tax_registration_id',
    ],
  },
  CustomerUpdateRequest: {
    source: 'customers.rs', denyUnknownFields: false,
    fields: [
      'name', 'email', 'phone', 'description', 'phone_country_code', 'address', 'metadata', 'tax_registration_id',
    ],
  },
  PaymentMethodCreate: {
    source: 'payment_methods.rs', denyUnknownFields: true,
    fields: [
      'payment_method', 'payment_method_type', 'payment_method_issuer', 'payment_method_issuer_code', 'card',
      'metadata', 'customer_id', 'card_network', 'bank_transfer', 'wallet', 'client_secret', 'payment_method_data',
      'billing',
    ],
  },
  // PaymentMethodUpdate.card.
  CardDetailUpdate: {
    source: 'payment_methods.rs', denyUnknownFields: true,
    fields: [
      'card_exp_month', 'card_exp_year', 'card_holder_name', 'nick_name', 'last4_digits', 'card_issuer', 'issuer_country',
      'issuer_country_code', 'card_network',
    ],
  },
  PaymentMethodUpdate: {
    source: 'payment_methods.rs', denyUnknownFields: true,
    fields: [
      'card', 'wallet', 'client_secret',
    ],
  },
  MerchantAccountCreate: {
    source: 'admin.rs', denyUnknownFields: true,
    fields: [
      'merchant_id', 'merchant_name', 'merchant_details', 'return_url', 'webhook_details', 'payout_routing_algorithm',
      'sub_merchants_enabled', 'parent_merchant_id', 'enable_payment_response_hash', 'payment_response_hash_key',
      'redirect_to_merchant_with_http_post', 'metadata', 'publishable_key', 'locker_id', 'primary_business_details',
      'frm_routing_algorithm', 'organization_id', 'pm_collect_link_config', 'product_type', 'merchant_account_type',
    ],
  },
  MerchantAccountUpdate: {
    source: 'admin.rs', denyUnknownFields: true,
    fields: [
      'merchant_id', 'merchant_name', 'merchant_details', 'return_url', 'webhook_details', 'payout_routing_algorithm',
      'sub_merchants_enabled', 'parent_merchant_id', 'enable_payment_response_hash', 'payment_response_hash_key',
      'redirect_to_merchant_with_http_post', 'metadata', 'publishable_key', 'locker_id', 'primary_business_details',
      'frm_routing_algorithm', 'default_profile', 'pm_collect_link_config',
    ],
  },
  MerchantConnectorCreate: {
    source: 'admin.rs', denyUnknownFields: true,
    fields: [
      'connector_type', 'connector_name', 'connector_label', 'profile_id', 'connector_account_details',
      'payment_methods_enabled', 'connector_webhook_details', 'metadata', 'test_mode', 'disabled', 'frm_configs',
      'business_country', 'business_label', 'business_sub_label', 'merchant_connector_id', 'pm_auth_config', 'status',
      'additional_merchant_data', 'connector_wallets_details',
    ],
  },
  MerchantConnectorUpdate: {
    source: 'admin.rs', denyUnknownFields: true,
    fields: [
      'connector_type', 'connector_label', 'connector_account_details', 'payment_methods_enabled',
      'connector_webhook_details', 'metadata', 'test_mode', 'disabled', 'frm_configs', 'pm_auth_config', 'status',
      'additional_merchant_data', 'connector_wallets_details',
    ],
  },
  CreateApiKeyRequest: {
    source: 'api_keys.rs', denyUnknownFields: true,
    fields: [
      'name', 'description', 'expiration',
    ],
  },
  UpdateApiKeyRequest: {
    source: 'api_keys.rs', denyUnknownFields: true,
    fields: [
      'name', 'description', 'expiration',
    ],
  },
  EventListConstraints: {
    source: 'webhook_events.rs', denyUnknownFields: false,
    fields: [
      'created_after', 'created_before', 'limit', 'offset', 'object_id', 'event_id', 'profile_id', 'event_classes',
      'event_types', 'is_delivered',
    ],
  },
  // `#[serde(flatten)] time_range: Option<TimeRange>`: start_time and end_time are top-level keys.
  RefundListRequest: {
    source: 'refunds.rs', denyUnknownFields: false,
    fields: [
      'payment_id', 'refund_id', 'profile_id', 'limit', 'offset', 'start_time', 'end_time', 'amount_filter', 'connector',
      'merchant_connector_id', 'currency', 'refund_status',
    ],
  },
  EphemeralKeyCreateRequest: { source: 'ephemeral_key.rs', denyUnknownFields: false, fields: ['customer_id'], notInOpenApi: true },
  // POST /payments/list; time_range is flattened here too.
  PaymentListFilterConstraints: {
    source: 'payments.rs', denyUnknownFields: false, notInOpenApi: true,
    fields: [
      'payment_id', 'profile_id', 'customer_id', 'limit', 'offset', 'start_time', 'end_time', 'amount_filter', 'connector',
      'currency', 'status', 'payment_method', 'payment_method_type', 'authentication_type', 'merchant_connector_id', 'order',
      'card_network', 'card_discovery', 'merchant_order_reference_id',
    ],
  },
  // Query strings (serde_urlencoded through actix-web's Query extractor).
  PaymentRetrieveBody: {
    source: 'payments.rs', denyUnknownFields: false,
    fields: ['merchant_id', 'force_sync', 'client_secret', 'expand_captures', 'expand_attempts', 'all_keys_required'],
  },
  PaymentListConstraints: {
    source: 'payments.rs', denyUnknownFields: true,
    fields: ['customer_id', 'starting_after', 'ending_before', 'limit', 'created', 'created.lt', 'created.gt', 'created.lte', 'created.gte'],
  },
  CustomerListRequest: { source: 'customers.rs', denyUnknownFields: false, fields: ['offset', 'limit'], notInOpenApi: true },
  // A hand-written Deserialize that skips any other key; card networks are read from `card_network`.
  PaymentMethodListRequest: {
    source: 'payment_methods.rs', denyUnknownFields: false, notInOpenApi: true,
    fields: ['client_secret', 'accepted_countries', 'accepted_currencies', 'amount', 'recurring_enabled', 'installment_payment_enabled', 'card_network', 'limit'],
  },
  ListApiKeyConstraints: { source: 'api_keys.rs', denyUnknownFields: true, fields: ['limit', 'skip'], notInOpenApi: true },
} as const satisfies Record<string, RequestStruct>;

export type RequestStructName = keyof typeof requestStructs;
