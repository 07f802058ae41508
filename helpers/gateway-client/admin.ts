import { z } from 'zod';
import {
  CreateApiKeyResponse,
  EventList,
  MerchantAccountDeleteResponse,
  MerchantAccountList,
  MerchantAccountResponse,
  MerchantConnectorDeleteResponse,
  MerchantConnectorList,
  MerchantConnectorResponse,
  RetrieveApiKeyResponse,
  RevokeApiKeyResponse,
  WebhookDeliveryAttempt,
  EventRecord,
  type ApiKeyCreate,
  type ApiKeyUpdate,
  type MerchantAccountCreate,
  type MerchantAccountUpdate,
  type MerchantConnectorCreate,
  type MerchantConnectorUpdate,
} from '../schemas/index.ts';
import type { Transport } from './transport.ts';

const id = encodeURIComponent;

/** Admin-key endpoints: merchant accounts, API keys, connector account deletion, webhook events. */
export class AdminResource {
  readonly #http: Transport;
  readonly #adminKey: string;
  constructor(http: Transport, adminKey: string) {
    this.#http = http;
    this.#adminKey = adminKey;
  }

  createMerchant(params: MerchantAccountCreate) {
    return this.#http.send(MerchantAccountResponse, this.#adminKey, 'POST', '/accounts', params);
  }
  retrieveMerchant(merchantId: string) {
    return this.#http.send(MerchantAccountResponse, this.#adminKey, 'GET', `/accounts/${encodeURIComponent(merchantId)}`);
  }
  updateMerchant(merchantId: string, params: MerchantAccountUpdate) {
    return this.#http.send(MerchantAccountResponse, this.#adminKey, 'POST', `/accounts/${encodeURIComponent(merchantId)}`, params);
  }
  listMerchants(organizationId: string) {
    return this.#http.send(MerchantAccountList, this.#adminKey, 'GET', `/accounts/list?organization_id=${id(organizationId)}`);
  }
  deleteMerchant(merchantId: string) {
    return this.#http.send(MerchantAccountDeleteResponse, this.#adminKey, 'DELETE', `/accounts/${id(merchantId)}`);
  }
  createApiKey(merchantId: string, params: ApiKeyCreate) {
    return this.#http.send(CreateApiKeyResponse, this.#adminKey, 'POST', `/api_keys/${encodeURIComponent(merchantId)}`, params);
  }
  retrieveApiKey(merchantId: string, keyId: string) {
    return this.#http.send(RetrieveApiKeyResponse, this.#adminKey, 'GET', `/api_keys/${id(merchantId)}/${id(keyId)}`);
  }
  updateApiKey(merchantId: string, keyId: string, params: ApiKeyUpdate) {
    return this.#http.send(RetrieveApiKeyResponse, this.#adminKey, 'POST', `/api_keys/${id(merchantId)}/${id(keyId)}`, params);
  }
  revokeApiKey(merchantId: string, keyId: string) {
    return this.#http.send(RevokeApiKeyResponse, this.#adminKey, 'DELETE', `/api_keys/${id(merchantId)}/${id(keyId)}`);
  }
  listApiKeys(merchantId: string, params: { limit?: number; skip?: number } = {}) {
    const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
    return this.#http.send(z.array(RetrieveApiKeyResponse), this.#adminKey, 'GET', `/api_keys/${id(merchantId)}/list${query.size ? `?${query}` : ''}`);
  }
  deleteConnectorAccount(merchantId: string, mcaId: string) {
    return this.#http.send(MerchantConnectorDeleteResponse, this.#adminKey, 'DELETE', `/account/${id(merchantId)}/connectors/${id(mcaId)}`);
  }
  listEvents(merchantId: string, params: { object_id?: string; limit?: number } = {}) {
    return this.#http.send(EventList, this.#adminKey, 'POST', `/events/${encodeURIComponent(merchantId)}`, params);
  }
  eventAttempts(merchantId: string, eventId: string) {
    return this.#http.send(
      z.array(WebhookDeliveryAttempt),
      this.#adminKey,
      'GET',
      `/events/${encodeURIComponent(merchantId)}/${encodeURIComponent(eventId)}/attempts`,
    );
  }
  retryEvent(merchantId: string, eventId: string) {
    return this.#http.send(EventRecord, this.#adminKey, 'POST', `/events/${encodeURIComponent(merchantId)}/${encodeURIComponent(eventId)}/retry`, {});
  }
}

/** /account/{merchant_id}/connectors, with the merchant's secret key. */
export class ConnectorAccountsResource {
  readonly #http: Transport;
  readonly #key: string;
  readonly #merchantId: string;
  constructor(http: Transport, key: string, merchantId: string) {
    this.#http = http;
    this.#key = key;
    this.#merchantId = merchantId;
  }

  create(params: MerchantConnectorCreate) {
    return this.#http.send(MerchantConnectorResponse, this.#key, 'POST', `/account/${this.#merchantId}/connectors`, params);
  }
  list() {
    return this.#http.send(MerchantConnectorList, this.#key, 'GET', `/account/${this.#merchantId}/connectors`);
  }
  retrieve(mcaId: string) {
    return this.#http.send(MerchantConnectorResponse, this.#key, 'GET', `/account/${this.#merchantId}/connectors/${encodeURIComponent(mcaId)}`);
  }
  update(mcaId: string, params: MerchantConnectorUpdate) {
    return this.#http.send(MerchantConnectorResponse, this.#key, 'POST', `/account/${this.#merchantId}/connectors/${encodeURIComponent(mcaId)}`, params);
  }
}
