import { Payment } from './schemas.ts';

// The shop's OwnGateway client: the two calls its server makes, with the secret API key, which never
// leaves this process. Any failure is an OwnGatewayError; a caller decides what it means for the order.

export class OwnGatewayError extends Error {
  /** unreachable: no answer in time; bad-answer: an error status or a body that is not JSON. */
  readonly kind: 'unreachable' | 'bad-answer';
  constructor(kind: 'unreachable' | 'bad-answer', message: string) {
    super(message);
    this.kind = kind;
  }
}

export interface NewPayment {
  amount: number;
  currency: string;
  capture_method: 'automatic' | 'manual';
  authentication_type: 'three_ds';
  customer_id: string;
  request_external_three_ds_authentication?: true;
  return_url: string;
  metadata: Record<string, string>;
  description: string;
}

const TIMEOUT_MS = 10_000;

export class OwnGatewayClient {
  readonly #baseUrl: string;
  readonly #apiKey: string;

  constructor(baseUrl: string, apiKey: string) {
    this.#baseUrl = baseUrl;
    this.#apiKey = apiKey;
  }

  /** POST /payments, unconfirmed: the customer confirms it in Unified Checkout with the client secret. */
  createPayment(payment: NewPayment): Promise<Payment> {
    return this.#call('POST', '/payments', payment);
  }

  /** GET /payments/{id}; `forceSync` asks OwnGateway to check with the processor rather than answer from its records. */
  retrievePayment(paymentId: string, { forceSync }: { forceSync: boolean }): Promise<Payment> {
    return this.#call('GET', `/payments/${encodeURIComponent(paymentId)}${forceSync ? '?force_sync=true' : ''}`);
  }

  async #call(method: 'GET' | 'POST', path: string, body?: object): Promise<Payment> {
    let response: Response;
    try {
      response = await fetch(`${this.#baseUrl}${path}`, {
        method,
        headers: { 'api-key': this.#apiKey, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new OwnGatewayError('unreachable', 'payment service did not answer');
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok || json === undefined) throw new OwnGatewayError('bad-answer', `payment service answered ${response.status}`);
    // A well-formed answer of the wrong shape is a bug to see, not an outage to ride out: it throws as is.
    return Payment.parse(json);
  }
}
