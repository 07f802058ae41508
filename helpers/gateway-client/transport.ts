import { Agent, interceptors, request, type Dispatcher } from 'undici';
import { z } from 'zod';
import { ApiErrorBody } from '../schemas/errors.ts';
import { GatewayApiError, GatewayNetworkError, GatewayResponseShapeError } from './errors.ts';

// One HTTP exchange with the gateway: the key in the `api-key` header, the body parsed with the
// endpoint's zod schema, errors turned into classes. Every exchange is offered to `onExchange`.

export interface Exchange {
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  requestBody: unknown;
  status: number | null;
  responseBody: unknown;
  durationMs: number;
}

export interface TransportOptions {
  baseUrl: string;
  timeoutMs?: number;
  onExchange?: (exchange: Exchange) => void;
  /** Extra headers on every request (e.g. an idempotency or run-id header on real targets). */
  headers?: Record<string, string>;
  /** At most this many requests per worker; a runaway loop against a real gateway stops here. */
  requestBudget?: number;
}

export class RequestBudgetExceededError extends Error {}

// Counted per process (a Playwright worker), across every client it makes.
let sentThisProcess = 0;

const sharedAgent = new Agent({ connections: 128, keepAliveTimeout: 30_000 });

// Retries are undici's. A 429 means the gateway did not act on the request, so any request is sent
// again, after Retry-After when the gateway gives one. A lost connection may have lost a request the
// gateway did act on, so only requests that are safe to repeat are sent again after one.
const retryPolicy = {
  statusCodes: [429],
  methods: ['GET', 'HEAD', 'DELETE', 'POST'] as Dispatcher.HttpMethod[],
  maxRetries: 4,
  minTimeout: 250,
  maxTimeout: 10_000,
  throwOnError: false,
};
const retryRateLimitOnly = sharedAgent.compose(interceptors.retry({ ...retryPolicy, errorCodes: [] }));
const retryRateLimitAndConnection = sharedAgent.compose(interceptors.retry(retryPolicy));

function repeatable(method: string, headers: Record<string, string>): boolean {
  return method === 'GET' || method === 'DELETE' || Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key');
}

export class Transport {
  readonly #options: TransportOptions;
  constructor(options: TransportOptions) {
    this.#options = options;
  }

  get baseUrl(): string {
    return this.#options.baseUrl;
  }

  async send<S extends z.ZodType>(schema: S, key: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<z.infer<S>> {
    const url = `${this.#options.baseUrl}${path}`;
    const requestHeaders: Record<string, string> = { 'api-key': key, accept: 'application/json', ...this.#options.headers };
    if (body !== undefined) requestHeaders['content-type'] = 'application/json';
    if (this.#options.requestBudget !== undefined && sentThisProcess >= this.#options.requestBudget) {
      throw new RequestBudgetExceededError(`GOLIVE_REQUEST_BUDGET: this worker already sent ${sentThisProcess} requests, its budget`);
    }
    sentThisProcess += 1;
    const started = performance.now();
    const exchange: Exchange = { method, url, requestHeaders, requestBody: body, status: null, responseBody: undefined, durationMs: 0 };
    try {
      let response;
      try {
        response = await request(url, {
          method,
          headers: requestHeaders,
          dispatcher: repeatable(method, requestHeaders) ? retryRateLimitAndConnection : retryRateLimitOnly,
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          headersTimeout: this.#options.timeoutMs ?? 15_000,
          bodyTimeout: this.#options.timeoutMs ?? 15_000,
        });
      } catch (error) {
        throw new GatewayNetworkError(`${method} ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      exchange.status = response.statusCode;
      const text = await response.body.text();
      let json: unknown = text;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        /* left as text; the schema names the problem */
      }
      exchange.responseBody = json;
      if (response.statusCode >= 400) {
        const parsed = ApiErrorBody.safeParse(json);
        if (!parsed.success)
          throw new GatewayResponseShapeError(
            `${method} ${path} answered ${response.statusCode} with a body that is not a Hyperswitch error:\n${z.prettifyError(parsed.error)}`,
          );
        const error = parsed.data.error;
        throw new GatewayApiError(response.statusCode, error.type ?? error.error_type ?? 'unknown', error.code, error.message);
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success)
        throw new GatewayResponseShapeError(`${method} ${path}: the response does not match the expected shape:\n${z.prettifyError(parsed.error)}`);
      return parsed.data;
    } finally {
      exchange.durationMs = Math.round(performance.now() - started);
      this.#options.onExchange?.(exchange);
    }
  }
}
