import { z } from 'zod';
import { Metadata, RefundListRequest, RefundRequest } from '../../../../helpers/schemas/index.ts';
import { authenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';
import { requireSecret } from '../auth.ts';
import { parseRequest, structSchema } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import { refundResponse } from '../../services/responses.ts';

// /refunds (routes::Refunds in app.rs). RefundRequest and RefundUpdateRequest are `deny_unknown_fields`;
// RefundListRequest is not, and its time range is flattened into the body.

const CreateRefundBody = structSchema('RefundRequest', requestStructs.RefundRequest, RefundRequest.shape);
const UpdateRefundBody = structSchema('RefundUpdateRequest', requestStructs.RefundUpdateRequest, {
  reason: z.string().max(255).optional(),
  metadata: Metadata.optional(),
});
const ListRefundsBody = structSchema('RefundListRequest', requestStructs.RefundListRequest, RefundListRequest.shape);

async function createRefund(call: ApiCall): Promise<void> {
  call.send(200, refundResponse(await call.services.refunds.create(requireSecret(call.caller), parseRequest(CreateRefundBody, call.body()))));
}

function listRefunds(call: ApiCall): void {
  const merchant = requireSecret(call.caller);
  const f = parseRequest(ListRefundsBody, call.body());
  const start = f.start_time ? Date.parse(f.start_time) : null;
  const end = f.start_time && f.end_time ? Date.parse(f.end_time) : null;
  const all = [...call.services.state.refunds.values()]
    .filter(
      (r) =>
        r.merchant_id === merchant.merchant_id &&
        (!f.payment_id || r.payment_id === f.payment_id) &&
        (!f.refund_id || r.refund_id === f.refund_id) &&
        (!f.profile_id || r.profile_id === f.profile_id) &&
        (!f.connector || f.connector.includes(r.connector)) &&
        (!f.merchant_connector_id || f.merchant_connector_id.includes(r.merchant_connector_id)) &&
        (!f.currency || f.currency.includes(r.currency)) &&
        (!f.refund_status || f.refund_status.includes(r.status)) &&
        (f.amount_filter?.start_amount === undefined || r.amount >= f.amount_filter.start_amount) &&
        (f.amount_filter?.end_amount === undefined || r.amount <= f.amount_filter.end_amount) &&
        (start === null || Date.parse(r.created_at) >= start) &&
        (end === null || Date.parse(r.created_at) <= end),
    )
    .reverse();
  const offset = f.offset ?? 0;
  const data = all.slice(offset, offset + (f.limit ?? 10)).map(refundResponse);
  call.send(200, { count: data.length, total_count: all.length, data });
}

function retrieveRefund(call: ApiCall): void {
  call.send(200, refundResponse(call.services.refunds.find(requireSecret(call.caller), call.params.refund_id!)));
}

function updateRefund(call: ApiCall): void {
  const { refunds } = call.services;
  // Deserialised before the lookup, as actix-web's extractor runs before the handler.
  const input = parseRequest(UpdateRefundBody, call.body());
  const refund = refunds.find(requireSecret(call.caller), call.params.refund_id!);
  call.send(200, refundResponse(refunds.update(refund, input)));
}

export function mountRefunds(router: GatewayRouter): void {
  router
    .on('POST', '/refunds', authenticated(createRefund))
    .on('POST', '/refunds/list', authenticated(listRefunds))
    .on('GET', '/refunds/:refund_id', authenticated(retrieveRefund))
    .on('POST', '/refunds/:refund_id', authenticated(updateRefund));
}
