import { Pool, errors as undiciErrors } from 'undici';
import type { z } from 'zod';
import { ConnectorPayment, ConnectorRefund, type ConnectorAccountConfig, type ConnectorAuthorizeRequest } from '../../connector/protocol.ts';

// The gateway's side of the processor contract. Keep-alive pooling matters: every payment step
// is a round trip to the processor, on the benchmark's hot path.

export class ConnectorUnavailableError extends Error {
  /** True when the processor may have acted (timeout, dropped connection): the outcome is unknown. */
  readonly outcomeUnknown: boolean;
  constructor(message: string, outcomeUnknown: boolean) {
    super(message);
    this.outcomeUnknown = outcomeUnknown;
  }
}

export class ConnectorRejectedError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export class ConnectorClient {
  readonly #pool: Pool;
  readonly #timeoutMs: number;

  constructor(baseUrl: string, timeoutMs: number) {
    this.#pool = new Pool(baseUrl, { connections: 128, pipelining: 1, keepAliveTimeout: 30_000 });
    this.#timeoutMs = timeoutMs;
  }

  async #call<S extends z.ZodType>(schema: S, apiKey: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<z.infer<S>> {
    let response;
    try {
      response = await this.#pool.request({
        method,
        path,
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        headersTimeout: this.#timeoutMs,
        bodyTimeout: this.#timeoutMs,
      });
    } catch (error) {
      const unknown =
        error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.SocketError || error instanceof undiciErrors.BodyTimeoutError;
      throw new ConnectorUnavailableError(
        `connector ${method} ${path}: ${error instanceof Error ? error.message : String(error)}`,
        unknown || method !== 'GET',
      );
    }
    const text = await response.body.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (response.statusCode >= 500) throw new ConnectorUnavailableError(`connector ${method} ${path} answered ${response.statusCode}`, false);
    if (response.statusCode >= 400) {
      const error = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
      throw new ConnectorRejectedError(response.statusCode, error?.code ?? 'unknown', error?.message ?? text);
    }
    return schema.parse(json);
  }

  authorize(apiKey: string, request: ConnectorAuthorizeRequest) {
    return this.#call(ConnectorPayment, apiKey, 'POST', '/v1/payments', request);
  }
  capture(apiKey: string, id: string, amount: number) {
    return this.#call(ConnectorPayment, apiKey, 'POST', `/v1/payments/${id}/capture`, { amount });
  }
  void(apiKey: string, id: string) {
    return this.#call(ConnectorPayment, apiKey, 'POST', `/v1/payments/${id}/void`, {});
  }
  retrieve(apiKey: string, id: string) {
    return this.#call(ConnectorPayment, apiKey, 'GET', `/v1/payments/${id}`);
  }
  findByReference(apiKey: string, reference: string) {
    return this.#call(ConnectorPayment, apiKey, 'GET', `/v1/payments/by-reference/${encodeURIComponent(reference)}`);
  }
  refund(apiKey: string, id: string, amount: number, reference: string) {
    return this.#call(ConnectorRefund, apiKey, 'POST', `/v1/payments/${id}/refunds`, { amount, reference });
  }
  retrieveRefund(apiKey: string, id: string) {
    return this.#call(ConnectorRefund, apiKey, 'GET', `/v1/refunds/${id}`);
  }

  async configureAccount(apiKey: string, config: ConnectorAccountConfig): Promise<void> {
    const response = await this.#pool.request({
      method: 'PUT',
      path: `/v1/simulator/accounts/${encodeURIComponent(apiKey)}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(config),
    });
    await response.body.text();
    if (response.statusCode !== 200) throw new Error(`connector refused the account configuration (${response.statusCode})`);
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}
