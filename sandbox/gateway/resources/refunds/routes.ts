import { z } from 'zod';
import { Metadata, RefundRequest, RefundStatus } from '../../../../helpers/schemas/index.ts';
import { authenticated, type GatewayRouter, type GatewayServices } from '../../api-call.ts';
import { requireSecret } from '../../auth.ts';
import { parseRequest } from '../../request-body.ts';
import { refundResponse } from '../../responses.ts';

// /refunds (routes::Refunds in app.rs). RefundRequest and RefundUpdateRequest are `deny_unknown_fields`.

const CreateRefundBody = RefundRequest.extend({
  merchant_id: z.string().optional(), merchant_connector_details: z.unknown().optional(), split_refunds: z.unknown().optional(), all_keys_required: z.boolean().optional(),
}).strict();
const UpdateRefundBody = z.strictObject({ reason: z.string().max(255).optional(), metadata: Metadata.optional() });
const ListRefundsBody = z.strictObject({
  payment_id: z.string().optional(), refund_id: z.string().optional(), profile_id: z.string().optional(),
  limit: z.number().int().min(1).max(100).optional(), offset: z.number().int().min(0).optional(),
  time_range: z.strictObject({ start_time: z.iso.datetime({ offset: true, local: true }), end_time: z.iso.datetime({ offset: true, local: true }).optional() }).optional(),
  amount_filter: z.strictObject({ start_amount: z.number().int().optional(), end_amount: z.number().int().optional() }).optional(),
  connector: z.array(z.string()).optional(), merchant_connector_id: z.array(z.string()).optional(), currency: z.array(z.string()).optional(),
  refund_status: z.array(RefundStatus).optional(),
});

export function mountRefunds(router: GatewayRouter, { state, refunds }: GatewayServices): void {
  router
    .on('POST', '/refunds', authenticated(async (call) => {
      call.send(200, refundResponse(await refunds.create(requireSecret(call.caller), parseRequest(CreateRefundBody, call.body()))));
    }))
    .on('POST', '/refunds/list', authenticated((call) => {
      const merchant = requireSecret(call.caller);
      const f = parseRequest(ListRefundsBody, call.body());
      const start = f.time_range ? Date.parse(f.time_range.start_time) : null;
      const end = f.time_range?.end_time ? Date.parse(f.time_range.end_time) : null;
      const all = [...state.refunds.values()].filter((r) => r.merchant_id === merchant.merchant_id &&
        (!f.payment_id || r.payment_id === f.payment_id) && (!f.refund_id || r.refund_id === f.refund_id) &&
        (!f.profile_id || r.profile_id === f.profile_id) && (!f.connector || f.connector.includes(r.connector)) &&
        (!f.merchant_connector_id || f.merchant_connector_id.includes(r.merchant_connector_id)) &&
        (!f.currency || f.currency.includes(r.currency)) && (!f.refund_status || f.refund_status.includes(r.status)) &&
        (f.amount_filter?.start_amount === undefined || r.amount >= f.amount_filter.start_amount) &&
        (f.amount_filter?.end_amount === undefined || r.amount <= f.amount_filter.end_amount) &&
        (start === null || Date.parse(r.created_at) >= start) && (end === null || Date.parse(r.created_at) <= end)).reverse();
      const offset = f.offset ?? 0;
      const data = all.slice(offset, offset + (f.limit ?? 10)).map(refundResponse);
      call.send(200, { count: data.length, total_count: all.length, data });
    }))
    .on('GET', '/refunds/:refund_id', authenticated((call) => {
      call.send(200, refundResponse(refunds.find(requireSecret(call.caller), call.params.refund_id!)));
    }))
    .on('POST', '/refunds/:refund_id', authenticated((call) => {
      const refund = refunds.find(requireSecret(call.caller), call.params.refund_id!);
      call.send(200, refundResponse(refunds.update(refund, parseRequest(UpdateRefundBody, call.body()))));
    }));
}
