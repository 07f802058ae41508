// Every endpoint OwnGateway's sandbox serves that reads a request struct documented in Hyperswitch's
// OpenAPI spec, and the struct its router deserialises there (crates/router/src/routes/*.rs): for a
// body, the schema of that struct (PaymentsRequest, not the spec's per-operation views); for a query,
// the struct behind the operation's query parameters. scenarios/conformance/request-fields.spec.ts sends
// each of them every documented field; self-tests/sandbox/request-endpoints.spec.ts holds this list to the
// sandbox's routes, so a route added there without a line here fails.

export interface RequestEndpoint {
  readonly method: 'GET' | 'POST';
  /** As the OpenAPI spec writes it. */
  readonly path: string;
  readonly in: 'body' | 'query';
  /** The struct deserialised; for a body, its schema in the spec. */
  readonly struct: string;
}

export const requestEndpoints: readonly RequestEndpoint[] = [
  { method: 'POST', path: '/payments', in: 'body', struct: 'PaymentsRequest' },
  { method: 'POST', path: '/payments/{payment_id}', in: 'body', struct: 'PaymentsRequest' },
  { method: 'POST', path: '/payments/{payment_id}/confirm', in: 'body', struct: 'PaymentsRequest' },
  { method: 'POST', path: '/payments/{payment_id}/capture', in: 'body', struct: 'PaymentsCaptureRequest' },
  { method: 'POST', path: '/payments/{payment_id}/cancel', in: 'body', struct: 'PaymentsCancelRequest' },
  { method: 'POST', path: '/payments/session_tokens', in: 'body', struct: 'PaymentsSessionRequest' },
  { method: 'POST', path: '/payments/{payment_id}/3ds/authentication', in: 'body', struct: 'PaymentsExternalAuthenticationRequest' },
  { method: 'GET', path: '/payments/{payment_id}', in: 'query', struct: 'PaymentRetrieveBody' },
  { method: 'GET', path: '/payments/list', in: 'query', struct: 'PaymentListConstraints' },
  { method: 'POST', path: '/refunds', in: 'body', struct: 'RefundRequest' },
  { method: 'POST', path: '/refunds/{refund_id}', in: 'body', struct: 'RefundUpdateRequest' },
  { method: 'POST', path: '/refunds/list', in: 'body', struct: 'RefundListRequest' },
  { method: 'POST', path: '/customers', in: 'body', struct: 'CustomerRequest' },
  { method: 'POST', path: '/customers/{customer_id}', in: 'body', struct: 'CustomerUpdateRequest' },
  { method: 'GET', path: '/customers/list', in: 'query', struct: 'CustomerListRequest' },
  { method: 'POST', path: '/payment_methods', in: 'body', struct: 'PaymentMethodCreate' },
  { method: 'POST', path: '/payment_methods/{method_id}/update', in: 'body', struct: 'PaymentMethodUpdate' },
  { method: 'GET', path: '/account/payment_methods', in: 'query', struct: 'PaymentMethodListRequest' },
  { method: 'GET', path: '/customers/{customer_id}/payment_methods', in: 'query', struct: 'PaymentMethodListRequest' },
  { method: 'GET', path: '/customers/payment_methods', in: 'query', struct: 'PaymentMethodListRequest' },
  { method: 'POST', path: '/accounts', in: 'body', struct: 'MerchantAccountCreate' },
  { method: 'POST', path: '/accounts/{account_id}', in: 'body', struct: 'MerchantAccountUpdate' },
  { method: 'POST', path: '/account/{account_id}/connectors', in: 'body', struct: 'MerchantConnectorCreate' },
  { method: 'POST', path: '/account/{account_id}/connectors/{merchant_connector_id}', in: 'body', struct: 'MerchantConnectorUpdate' },
  { method: 'POST', path: '/api_keys/{merchant_id}', in: 'body', struct: 'CreateApiKeyRequest' },
  { method: 'POST', path: '/api_keys/{merchant_id}/{key_id}', in: 'body', struct: 'UpdateApiKeyRequest' },
  { method: 'GET', path: '/api_keys/{merchant_id}/list', in: 'query', struct: 'ListApiKeyConstraints' },
  { method: 'POST', path: '/events/{merchant_id}', in: 'body', struct: 'EventListConstraints' },
];

/**
 * Query structs the spec has no schema for, as their source declares them (the spec documents their
 * parameters only): whether they refuse an unknown parameter, and the fields serde would list. Kept apart
 * from the sandbox's own table on purpose: this one also judges a real OwnGateway, and a mistake shared by
 * the checker and the checked would hide itself; self-tests/sandbox/request-structs.spec.ts holds the two equal.
 */
export const queryStructsOutsideTheSpec: Readonly<Record<string, { readonly denyUnknownFields: boolean; readonly fields: readonly string[] }>> = {
  CustomerListRequest: { denyUnknownFields: false, fields: ['offset', 'limit'] },
  PaymentMethodListRequest: {
    denyUnknownFields: false,
    fields: [
      'client_secret',
      'accepted_countries',
      'accepted_currencies',
      'amount',
      'recurring_enabled',
      'installment_payment_enabled',
      'card_network',
      'limit',
    ],
  },
  ListApiKeyConstraints: { denyUnknownFields: true, fields: ['limit', 'skip'] },
};

/** Sandbox routes outside that list, and why: they read no request struct, or the spec documents none. */
export const routesWithoutDocumentedRequest: Readonly<Record<string, string>> = {
  'POST /payments/list': 'PaymentListFilterConstraints has no schema in the OpenAPI spec (not deny_unknown_fields; see docs/hyperswitch-differences.md)',
  'POST /ephemeral_keys': 'EphemeralKeyCreateRequest has no schema in the OpenAPI spec (not deny_unknown_fields; see docs/hyperswitch-differences.md)',
  'GET /accounts/list': 'its query (organization_id) is not in the OpenAPI spec',
  'GET /accounts/{}': 'no request struct: the id in the path only',
  'DELETE /accounts/{}': 'no request struct',
  'GET /api_keys/{}/{}': 'no request struct',
  'DELETE /api_keys/{}/{}': 'no request struct',
  'GET /account/{}/connectors': 'no request struct',
  'GET /account/{}/connectors/{}': 'no request struct',
  'DELETE /account/{}/connectors/{}': 'no request struct',
  'GET /customers/{}': 'no request struct',
  'DELETE /customers/{}': 'no request struct',
  'DELETE /ephemeral_keys/{}': 'no request struct',
  'GET /events/{}/{}/attempts': 'no request struct',
  'POST /events/{}/{}/retry': 'no request body',
  'POST /mandates/revoke/{}': 'no request body',
  'GET /mandates/{}': 'no request struct',
  'GET /customers/{}/mandates': 'no request struct',
  'GET /payment_methods/{}': 'no request struct',
  'DELETE /payment_methods/{}': 'no request struct',
  'GET /refunds/{}': 'no request struct',
  'GET /payments/redirect/{}/{}/{}': "the customer's browser coming back; no API request",
  'GET /payments/{}/{}/redirect/response/{}': "the connector's redirect; no API request",
  'POST /payments/{}/{}/redirect/response/{}': "the connector's redirect; no API request",
  'GET /payments/{}/{}/redirect/complete/{}': "the connector's redirect; no API request",
  'POST /payments/{}/{}/redirect/complete/{}': "the connector's redirect; no API request",
  'GET /payments/{}/{}/authorize/{}': "the 3DS server's redirect; no API request",
  'POST /payments/{}/{}/authorize/{}': "the 3DS server's redirect; no API request",
  'POST /webhooks/{}/{}': "the connector's own webhook payload, not a Hyperswitch struct",
  'GET /health': "not Hyperswitch: the sandbox's health probe",
  'POST /sandbox/withheld-webhooks': "not Hyperswitch: the sandbox's control that withholds one payment's merchant webhooks (golive's lost-webhook check)",
};

/** "POST /payments/{payment_id}" as "POST /payments/{}": the shape both the spec and the router share. */
export const routeShape = (method: string, path: string): string => `${method} ${path.replace(/\{[^}]*\}|:[A-Za-z_]+/g, '{}')}`;

export const endpointName = (endpoint: RequestEndpoint): string => `${endpoint.method} ${endpoint.path}`;
