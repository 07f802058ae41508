import { z } from 'zod';
import {
  CreateApiKeyResponse, EventList, MerchantAccountResponse, MerchantConnectorList, MerchantConnectorResponse, WebhookDeliveryAttempt, EventRecord,
  type ApiKeyCreate, type MerchantAccountCreate, type MerchantAccountUpdate, type MerchantConnectorCreate, type MerchantConnectorUpdate,
} from '../schemas/index.ts';
import type { Transport } from './transport.ts';

/** Admin-key endpoints: merchant accounts, API keys, webhook events. */
export class AdminResource {
  readonly #http: Transport;
  readonly #adminKey: string;
  constructor(http: Transport, adminKey: string) { this.#http = http; this.#adminKey = adminKey; }

  createMerchant(params: MerchantAccountCreate) { return this.#http.send(MerchantAccountResponse, this.#adminKey, 'POST', '/accounts', params); }
  retrieveMerchant(merchantId: string) { return this.#http.send(MerchantAccountResponse, this.#adminKey, 'GET', `/accounts/${encodeURIComponent(merchantId)}`); }
  updateMerchant(merchantId: string, params: MerchantAccountUpdate) { return this.#http.send(MerchantAccountResponse, this.#adminKey, 'POST', `/accounts/${encodeURIComponent(merchantId)}`, params); }
  createApiKey(merchantId: string, params: ApiKeyCreate) { return this.#http.send(CreateApiKeyResponse, this.#adminKey, 'POST', `/api_keys/${encodeURIComponent(merchantId)}`, params); }
  listEvents(merchantId: string, params: { object_id?: string; limit?: number } = {}) { return this.#http.send(EventList, this.#adminKey, 'POST', `/events/${encodeURIComponent(merchantId)}`, params); }
  eventAttempts(merchantId: string, eventId: string) { return this.#http.send(z.array(WebhookDeliveryAttempt), this.#adminKey, 'GET', `/events/${encodeURIComponent(merchantId)}/${encodeURIComponent(eventId)}/attempts`); }
  retryEvent(merchantId: string, eventId: string) { return this.#http.send(EventRecord, this.#adminKey, 'POST', `/events/${encodeURIComponent(merchantId)}/${encodeURIComponent(eventId)}/retry`, {}); }
}

/** /account/{merchant_id}/connectors, with the merchant's secret key. */
export class ConnectorAccountsResource {
  readonly #http: Transport;
  readonly #key: string;
  readonly #merchantId: string;
  constructor(http: Transport, key: string, merchantId: string) { this.#http = http; this.#key = key; this.#merchantId = merchantId; }

  create(params: MerchantConnectorCreate) { return this.#http.send(MerchantConnectorResponse, this.#key, 'POST', `/account/${this.#merchantId}/connectors`, params); }
  list() { return this.#http.send(MerchantConnectorList, this.#key, 'GET', `/account/${this.#merchantId}/connectors`); }
  retrieve(mcaId: string) { return this.#http.send(MerchantConnectorResponse, this.#key, 'GET', `/account/${this.#merchantId}/connectors/${encodeURIComponent(mcaId)}`); }
  update(mcaId: string, params: MerchantConnectorUpdate) { return this.#http.send(MerchantConnectorResponse, this.#key, 'POST', `/account/${this.#merchantId}/connectors/${encodeURIComponent(mcaId)}`, params); }
}
