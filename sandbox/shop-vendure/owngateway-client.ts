import { z } from 'zod';

// The shop's own small OwnGateway REST client (Hyperswitch API v1): the secret key in `api-key`,
// JSON both ways, a timeout on every call. Only the fields the shop reads are parsed.

export const GatewayPayment = z.object({
  payment_id: z.string(),
  status: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  amount_received: z.number().int().nullish(),
  amount_capturable: z.number().int().nullish(),
  client_secret: z.string().nullish(),
  merchant_order_reference_id: z.string().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  error_code: z.string().nullish(),
  error_message: z.string().nullish(),
});
export type GatewayPayment = z.infer<typeof GatewayPayment>;

export const GatewayRefund = z.object({
  refund_id: z.string(),
  payment_id: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  status: z.string(),
  reason: z.string().nullish(),
  error_message: z.string().nullish(),
});
export type GatewayRefund = z.infer<typeof GatewayRefund>;

const GatewayError = z.object({ error: z.object({ message: z.string().optional(), code: z.string().optional() }).loose() }).loose();

/** OwnGateway answered with an error (4xx/5xx) or not at all. */
export class OwnGatewayError extends Error {
  readonly status: number | null;
  readonly code: string | null;
  constructor(message: string, status: number | null, code: string | null) {
    super(message);
    this.name = 'OwnGatewayError';
    this.status = status;
    this.code = code;
  }
}

export interface GatewayAddress {
  address: { first_name?: string; last_name?: string; line1?: string; line2?: string; city?: string; state?: string; zip?: string; country?: string };
  phone?: { number: string };
  email?: string;
}

export interface CreatePaymentRequest {
  amount: number;
  currency: string;
  capture_method: 'manual' | 'automatic';
  return_url: string;
  merchant_order_reference_id: string;
  description?: string;
  metadata: Record<string, string>;
  customer?: { id: string; email?: string; name?: string; phone?: string };
  billing?: GatewayAddress;
  shipping?: GatewayAddress;
}

export class OwnGatewayClient {
  readonly #baseUrl: string;
  readonly #apiKey: string;
  readonly #timeoutMs: number;

  constructor(baseUrl: string, apiKey: string, timeoutMs = 15_000) {
    this.#baseUrl = baseUrl.replace(/\/+$/, '');
    this.#apiKey = apiKey;
    this.#timeoutMs = timeoutMs;
  }

  async #call<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.#baseUrl}${path}`, {
        method,
        headers: { 'api-key': this.#apiKey, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      throw new OwnGatewayError(`OwnGateway ${method} ${path} did not answer: ${error instanceof Error ? error.message : String(error)}`, null, null);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    if (!response.ok) {
      const error = GatewayError.safeParse(json);
      const message = error.success ? (error.data.error.message ?? 'no message') : text.slice(0, 200);
      throw new OwnGatewayError(
        `OwnGateway ${method} ${path} answered ${response.status}: ${message}`,
        response.status,
        error.success ? (error.data.error.code ?? null) : null,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new OwnGatewayError(`OwnGateway ${method} ${path}: unexpected answer\n${z.prettifyError(parsed.error)}`, response.status, null);
    return parsed.data;
  }

  createPayment(request: CreatePaymentRequest): Promise<GatewayPayment> {
    return this.#call('POST', '/payments', GatewayPayment, request);
  }

  retrievePayment(paymentId: string): Promise<GatewayPayment> {
    return this.#call('GET', `/payments/${encodeURIComponent(paymentId)}`, GatewayPayment);
  }

  capturePayment(paymentId: string, amountToCapture: number): Promise<GatewayPayment> {
    return this.#call('POST', `/payments/${encodeURIComponent(paymentId)}/capture`, GatewayPayment, { amount_to_capture: amountToCapture });
  }

  cancelPayment(paymentId: string, reason: string): Promise<GatewayPayment> {
    return this.#call('POST', `/payments/${encodeURIComponent(paymentId)}/cancel`, GatewayPayment, { cancellation_reason: reason });
  }

  createRefund(request: { payment_id: string; amount: number; reason?: string; metadata?: Record<string, string> }): Promise<GatewayRefund> {
    return this.#call('POST', '/refunds', GatewayRefund, request);
  }
}
