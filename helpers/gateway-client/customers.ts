import { z } from 'zod';
import {
  CustomerDeleteResponse,
  CustomerPaymentMethodsListResponse,
  CustomerResponse,
  EphemeralKeyCreateResponse,
  MandateResponse,
  MandateRevokedResponse,
  PaymentMethodDeleteResponse,
  PaymentMethodListResponse,
  PaymentMethodResponse,
  type CustomerRequest,
  type CustomerUpdateRequest,
  type PaymentMethodCreate,
  type PaymentMethodUpdate,
} from '../schemas/index.ts';
import type { Transport } from './transport.ts';

const id = encodeURIComponent;

/** /customers and /ephemeral_keys, with the merchant's secret key (or a customer's ephemeral key where noted). */
export class CustomersResource {
  readonly #http: Transport;
  readonly #key: string;
  constructor(http: Transport, key: string) {
    this.#http = http;
    this.#key = key;
  }

  create(params: CustomerRequest) {
    return this.#http.send(CustomerResponse, this.#key, 'POST', '/customers', params);
  }
  retrieve(customerId: string, options: { ephemeralKey?: string } = {}) {
    return this.#http.send(CustomerResponse, options.ephemeralKey ?? this.#key, 'GET', `/customers/${id(customerId)}`);
  }
  update(customerId: string, params: CustomerUpdateRequest) {
    return this.#http.send(CustomerResponse, this.#key, 'POST', `/customers/${id(customerId)}`, params);
  }
  delete(customerId: string) {
    return this.#http.send(CustomerDeleteResponse, this.#key, 'DELETE', `/customers/${id(customerId)}`);
  }
  list(params: { limit?: number; offset?: number } = {}) {
    const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
    return this.#http.send(z.array(CustomerResponse), this.#key, 'GET', `/customers/list${query.size ? `?${query}` : ''}`);
  }
  paymentMethods(customerId: string, options: { ephemeralKey?: string } = {}) {
    return this.#http.send(CustomerPaymentMethodsListResponse, options.ephemeralKey ?? this.#key, 'GET', `/customers/${id(customerId)}/payment_methods`);
  }
  /** The SDK's call: the publishable key and a payment's client_secret name the customer. */
  paymentMethodsForPayment(clientSecret: string, publishableKey: string) {
    return this.#http.send(CustomerPaymentMethodsListResponse, publishableKey, 'GET', `/customers/payment_methods?client_secret=${id(clientSecret)}`);
  }
  mandates(customerId: string) {
    return this.#http.send(z.array(MandateResponse), this.#key, 'GET', `/customers/${id(customerId)}/mandates`);
  }
  retrieveMandate(mandateId: string) {
    return this.#http.send(MandateResponse, this.#key, 'GET', `/mandates/${id(mandateId)}`);
  }
  revokeMandate(mandateId: string) {
    return this.#http.send(MandateRevokedResponse, this.#key, 'POST', `/mandates/revoke/${id(mandateId)}`, {});
  }
  createEphemeralKey(customerId: string) {
    return this.#http.send(EphemeralKeyCreateResponse, this.#key, 'POST', '/ephemeral_keys', { customer_id: customerId });
  }
}

/** /payment_methods and GET /account/payment_methods. */
export class PaymentMethodsResource {
  readonly #http: Transport;
  readonly #key: string;
  constructor(http: Transport, key: string) {
    this.#http = http;
    this.#key = key;
  }

  create(params: PaymentMethodCreate) {
    return this.#http.send(PaymentMethodResponse, this.#key, 'POST', '/payment_methods', params);
  }
  retrieve(paymentMethodId: string) {
    return this.#http.send(PaymentMethodResponse, this.#key, 'GET', `/payment_methods/${id(paymentMethodId)}`);
  }
  update(paymentMethodId: string, params: PaymentMethodUpdate) {
    return this.#http.send(PaymentMethodResponse, this.#key, 'POST', `/payment_methods/${id(paymentMethodId)}/update`, params);
  }
  delete(paymentMethodId: string) {
    return this.#http.send(PaymentMethodDeleteResponse, this.#key, 'DELETE', `/payment_methods/${id(paymentMethodId)}`);
  }
  /** The merchant's enabled methods; with a publishable key the payment's client_secret is required. */
  listForAccount(params: { clientSecret?: string; publishableKey?: string } = {}) {
    const query = params.clientSecret ? `?client_secret=${id(params.clientSecret)}` : '';
    return this.#http.send(PaymentMethodListResponse, params.publishableKey ?? this.#key, 'GET', `/account/payment_methods${query}`);
  }
}
