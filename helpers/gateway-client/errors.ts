// Errors the client throws, modelled on stripe-node: one class per failure kind, carrying the API's own code.

export class GatewayApiError extends Error {
  readonly httpStatus: number;
  readonly type: string;
  readonly code: string;
  constructor(httpStatus: number, type: string, code: string, message: string) {
    super(`${code} (${httpStatus} ${type}): ${message}`);
    this.name = 'GatewayApiError';
    this.httpStatus = httpStatus;
    this.type = type;
    this.code = code;
  }
  /** Just the API's message, as Hyperswitch wrote it. */
  get apiMessage(): string {
    return this.message.replace(/^[A-Z]{2}_\d{2} \(\d+ [^)]*\): /, '');
  }
}

export class GatewayNetworkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GatewayNetworkError';
  }
}

/** The gateway answered, but not in the shape golive expects: the field and the expectation are named. */
export class GatewayResponseShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GatewayResponseShapeError';
  }
}
