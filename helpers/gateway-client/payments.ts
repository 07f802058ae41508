import {
  PaymentListByFilterResponse,
  PaymentListResponse,
  PaymentsResponse,
  PaymentsSessionResponse,
  type PaymentCustomerFields,
  type PaymentListFilters,
  type PaymentsCaptureRequest,
  type PaymentsCancelRequest,
  type PaymentsConfirmRequest,
  type PaymentsCreateRequest,
  type PaymentsSessionRequest,
  type PaymentsUpdateRequest,
} from '../schemas/index.ts';
import type { Transport } from './transport.ts';

export interface RetrievePaymentParams {
  force_sync?: boolean;
  client_secret?: string;
}
export interface ListPaymentsParams {
  customer_id?: string;
  limit?: number;
  starting_after?: string;
  ending_before?: string;
  created?: string;
  'created.lt'?: string;
  'created.gt'?: string;
  'created.lte'?: string;
  'created.gte'?: string;
}

// The card is the customer's: their name goes on it unless the caller wrote one.
function heldBy(data: PaymentsCreateRequest['payment_method_data'], name: string | undefined): Pick<PaymentsCreateRequest, 'payment_method_data'> {
  if (!data?.card || data.card.card_holder_name !== undefined || !name) return data ? { payment_method_data: data } : {};
  return { payment_method_data: { ...data, card: { ...data.card, card_holder_name: name } } };
}

/** /payments: one typed function per endpoint. */
export class PaymentsResource {
  readonly #http: Transport;
  readonly #key: string;
  readonly #runId: string | undefined;
  readonly #customerFor: ((currency: string) => PaymentCustomerFields) | undefined;
  constructor(
    http: Transport,
    key: string,
    options: { runId?: string | undefined; customerFor?: ((currency: string) => PaymentCustomerFields) | undefined } = {},
  ) {
    this.#http = http;
    this.#key = key;
    this.#runId = options.runId;
    this.#customerFor = options.customerFor;
  }

  create(params: PaymentsCreateRequest) {
    const named = params.customer_id !== undefined || params.customer !== undefined;
    const customer = this.#customerFor && !named ? this.#customerFor(params.currency) : undefined;
    const withCustomer = customer ? { ...customer, ...params, ...heldBy(params.payment_method_data, customer.customer?.name) } : params;
    const tagged = this.#runId ? { ...withCustomer, metadata: { golive_run_id: this.#runId, ...params.metadata } } : withCustomer;
    return this.#http.send(PaymentsResponse, this.#key, 'POST', '/payments', tagged);
  }
  confirm(paymentId: string, params: PaymentsConfirmRequest = {}, options: { publishableKey?: string } = {}) {
    return this.#http.send(PaymentsResponse, options.publishableKey ?? this.#key, 'POST', `/payments/${encodeURIComponent(paymentId)}/confirm`, params);
  }
  update(paymentId: string, params: PaymentsUpdateRequest, options: { publishableKey?: string } = {}) {
    return this.#http.send(PaymentsResponse, options.publishableKey ?? this.#key, 'POST', `/payments/${encodeURIComponent(paymentId)}`, params);
  }
  capture(paymentId: string, params: PaymentsCaptureRequest = {}) {
    return this.#http.send(PaymentsResponse, this.#key, 'POST', `/payments/${encodeURIComponent(paymentId)}/capture`, params);
  }
  cancel(paymentId: string, params: PaymentsCancelRequest = {}) {
    return this.#http.send(PaymentsResponse, this.#key, 'POST', `/payments/${encodeURIComponent(paymentId)}/cancel`, params);
  }
  retrieve(paymentId: string, params: RetrievePaymentParams = {}, options: { publishableKey?: string } = {}) {
    const query = new URLSearchParams();
    if (params.force_sync) query.set('force_sync', 'true');
    if (params.client_secret) query.set('client_secret', params.client_secret);
    const suffix = query.size ? `?${query}` : '';
    return this.#http.send(PaymentsResponse, options.publishableKey ?? this.#key, 'GET', `/payments/${encodeURIComponent(paymentId)}${suffix}`);
  }
  list(params: ListPaymentsParams = {}) {
    const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
    return this.#http.send(PaymentListResponse, this.#key, 'GET', `/payments/list${query.size ? `?${query}` : ''}`);
  }
  listByFilter(filters: PaymentListFilters = {}) {
    return this.#http.send(PaymentListByFilterResponse, this.#key, 'POST', '/payments/list', filters);
  }
  /** Wallet session tokens, as Unified Checkout asks for them: publishable key and client_secret. */
  sessionTokens(params: PaymentsSessionRequest, publishableKey: string) {
    return this.#http.send(PaymentsSessionResponse, publishableKey, 'POST', '/payments/session_tokens', params);
  }
}
