// Hyperswitch's error responses (crates/hyperswitch_domain_models/src/errors/api_error_response.rs):
// the code, the HTTP status and the message wording the real API uses.

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly type: string;
  /** Hyperswitch's JSON-parse errors spell the type key "error_type"; everything else says "type". */
  readonly typeKey: 'type' | 'error_type';
  /** Flattened into the error object, as Hyperswitch's `extra` (e.g. `reason`). */
  readonly extra: Readonly<Record<string, string>>;
  constructor(status: number, code: string, type: string, message: string, typeKey: 'type' | 'error_type' = 'type', extra: Record<string, string> = {}) {
    super(message);
    this.extra = extra;
    this.status = status;
    this.code = code;
    this.type = type;
    this.typeKey = typeKey;
  }
  toBody(): { error: Record<string, string> } {
    return { error: { [this.typeKey]: this.type, message: this.message, code: this.code, ...this.extra } };
  }
}

/**
 * What actix-web answers itself when a query string does not deserialise (Hyperswitch configures no
 * handler for query errors, only for JSON bodies): a 400 whose body is the error as plain text.
 */
export class PlainTextError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const invalid = (status: number, code: string, message: string) => new ApiError(status, code, 'invalid_request', message);

export const apiErrors = {
  notImplemented: (what: string) => new ApiError(501, 'IR_00', 'invalid_request', `${what} is not implemented`),
  unauthorized: () => invalid(401, 'IR_01', 'API key not provided or invalid API key used'),
  missingField: (field: string) => invalid(400, 'IR_04', `Missing required param: ${field}`),
  invalidDataFormat: (field: string, expected: string) => invalid(422, 'IR_05', `${field} contains invalid data. Expected format is ${expected}`),
  invalidRequestData: (message: string) => invalid(422, 'IR_06', message),
  jsonDeserialize: (detail: string) => new ApiError(400, 'IR_06', 'invalid_request', `Json deserialize error: ${detail}`, 'error_type'),
  invalidValue: (field: string) => invalid(400, 'IR_07', `Invalid value provided: ${field}`),
  clientSecretMissing: () => invalid(400, 'IR_08', 'client_secret was not provided'),
  clientSecretMismatch: () => invalid(400, 'IR_09', 'The client_secret provided does not match the client_secret associated with the Payment'),
  refundExceedsCaptured: () => invalid(400, 'IR_13', 'The refund amount exceeds the amount captured'),
  unexpectedState: (flow: string, field: string, value: string, expected: string) =>
    invalid(400, 'IR_14', `This Payment could not be ${flow} because it has a ${field} of ${value}. The expected state is ${expected}`),
  preconditionFailed: (message: string) => invalid(400, 'IR_16', message),
  noConnectorConfigured: () => invalid(400, 'IR_39', 'No eligible connector was found for the current payment method configuration'),
  routeNotFound: () => invalid(404, 'IR_02', 'Unrecognized request URL'),
  methodNotAllowed: () => invalid(405, 'IR_03', 'The HTTP method is not applicable for this API'),
  duplicate: (what: string) => new ApiError(400, 'HE_01', 'invalid_request', `The ${what} already exists in our records`),
  duplicateCustomer: () => invalid(400, 'IR_12', 'Customer with the given `customer_id` already exists'),
  duplicateMerchantAccount: () =>
    new ApiError(400, 'HE_01', 'invalid_request', 'The merchant account with the specified details already exists in our records'),
  duplicateRefund: () => new ApiError(400, 'HE_01', 'invalid_request', 'Duplicate refund request. Refund already attempted with the refund ID'),
  notFound: (what: string) => new ApiError(404, 'HE_02', 'invalid_request', `${what} does not exist in our records`),
  returnUrlUnavailable: () => new ApiError(404, 'HE_03', 'invalid_request', 'Return URL is not configured and not passed in payments request'),
  connectorError: (status: number, detail: string) => new ApiError(status, 'CE_00', 'connector', detail),
  webhookAuthenticationFailed: () => new ApiError(400, 'WE_01', 'invalid_request', 'Failed to authenticate the webhook'),
  webhookResourceNotFound: () => new ApiError(404, 'WE_04', 'invalid_request', 'Webhook resource not found'),
  internal: () => new ApiError(500, 'HE_00', 'api', 'Something went wrong'),
};
