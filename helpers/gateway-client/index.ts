import { AdminResource, ConnectorAccountsResource } from './admin.ts';
import { CustomersResource, PaymentMethodsResource } from './customers.ts';
import { PaymentsResource } from './payments.ts';
import { RefundsResource } from './refunds.ts';
import type { PaymentCustomerFields } from '../schemas/index.ts';
import { Transport, type Exchange } from './transport.ts';

export { GatewayApiError, GatewayNetworkError, GatewayResponseShapeError } from './errors.ts';
export type { Exchange } from './transport.ts';

export interface GatewayClientOptions {
  baseUrl: string;
  merchantId: string;
  apiKey: string;
  publishableKey?: string;
  adminApiKey?: string;
  timeoutMs?: number;
  onExchange?: (exchange: Exchange) => void;
  headers?: Record<string, string>;
  requestBudget?: number;
  /** Tags every payment this client creates (metadata.golive_run_id), so a run's payments can be found and cleaned up. */
  runId?: string;
  /** The customer for a new payment in this currency, used when the caller names none (customer_id or customer). */
  customerFor?: (currency: string) => PaymentCustomerFields;
}

/** The OwnGateway API, typed end to end; every response is parsed before it is returned. */
export class GatewayClient {
  readonly payments: PaymentsResource;
  readonly refunds: RefundsResource;
  readonly connectorAccounts: ConnectorAccountsResource;
  readonly customers: CustomersResource;
  readonly paymentMethods: PaymentMethodsResource;
  readonly #transport: Transport;
  readonly #adminApiKey: string | undefined;
  readonly merchantId: string;
  readonly publishableKey: string | undefined;

  constructor(options: GatewayClientOptions) {
    this.#transport = new Transport({
      baseUrl: options.baseUrl.replace(/\/$/, ''),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.onExchange ? { onExchange: options.onExchange } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.requestBudget ? { requestBudget: options.requestBudget } : {}),
    });
    this.merchantId = options.merchantId;
    this.publishableKey = options.publishableKey;
    this.#adminApiKey = options.adminApiKey;
    this.payments = new PaymentsResource(this.#transport, options.apiKey, { runId: options.runId, customerFor: options.customerFor });
    this.refunds = new RefundsResource(this.#transport, options.apiKey);
    this.connectorAccounts = new ConnectorAccountsResource(this.#transport, options.apiKey, options.merchantId);
    this.customers = new CustomersResource(this.#transport, options.apiKey);
    this.paymentMethods = new PaymentMethodsResource(this.#transport, options.apiKey);
  }

  get baseUrl(): string {
    return this.#transport.baseUrl;
  }

  /** Admin endpoints need the admin key, which a merchant's staging profile may not have. */
  get admin(): AdminResource {
    if (!this.#adminApiKey) throw new Error('admin API: no admin key configured (OWNGATEWAY_ADMIN_API_KEY)');
    return new AdminResource(this.#transport, this.#adminApiKey);
  }

  /** Raw access for error scenarios that must send what the typed functions would refuse to build. */
  raw<T>(schema: import('zod').ZodType<T>, key: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return this.#transport.send(schema, key, method, path, body);
  }
}
