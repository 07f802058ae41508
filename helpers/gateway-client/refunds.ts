import { RefundListResponse, RefundResponse, type RefundListRequest, type RefundRequest, type RefundUpdateRequest } from '../schemas/index.ts';
import type { Transport } from './transport.ts';

export class RefundsResource {
  readonly #http: Transport;
  readonly #key: string;
  constructor(http: Transport, key: string) {
    this.#http = http;
    this.#key = key;
  }

  create(params: RefundRequest) {
    return this.#http.send(RefundResponse, this.#key, 'POST', '/refunds', params);
  }
  retrieve(refundId: string) {
    return this.#http.send(RefundResponse, this.#key, 'GET', `/refunds/${encodeURIComponent(refundId)}`);
  }
  update(refundId: string, params: RefundUpdateRequest) {
    return this.#http.send(RefundResponse, this.#key, 'POST', `/refunds/${encodeURIComponent(refundId)}`, params);
  }
  list(params: RefundListRequest = {}) {
    return this.#http.send(RefundListResponse, this.#key, 'POST', '/refunds/list', params);
  }
}
