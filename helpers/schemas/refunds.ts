import { z } from 'zod';
import { RefundStatus } from './enums.ts';
import { Currency, Metadata, MinorUnits } from './common.ts';

export const RefundRequest = z.object({
  payment_id: z.string(),
  refund_id: z.string().optional(),
  amount: z.number().int().positive().optional(),
  reason: z.string().optional(),
  refund_type: z.enum(['instant', 'scheduled']).optional(),
  metadata: Metadata.optional(),
});
export type RefundRequest = z.input<typeof RefundRequest>;

export const RefundResponse = z.looseObject({
  refund_id: z.string(),
  payment_id: z.string(),
  amount: MinorUnits,
  currency: Currency,
  status: RefundStatus,
  connector: z.string(),
  reason: z.string().nullish(),
  metadata: Metadata.nullish(),
  error_code: z.string().nullish(),
  error_message: z.string().nullish(),
  connector_refund_id: z.string().nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  profile_id: z.string().nullish(),
  merchant_connector_id: z.string().nullish(),
});
export type RefundResponse = z.infer<typeof RefundResponse>;

const DateTime = z.iso.datetime({ offset: true, local: true });

export const RefundListRequest = z.object({
  payment_id: z.string().optional(),
  refund_id: z.string().optional(),
  profile_id: z.string().optional(),
  limit: z.number().int().min(1).max(100).optional(),
  offset: z.number().int().min(0).optional(),
  // TimeRange is flattened into the body (`#[serde(flatten)] time_range`): end_time counts only with a start_time.
  start_time: DateTime.optional(),
  end_time: DateTime.optional(),
  amount_filter: z.object({ start_amount: z.number().int().optional(), end_amount: z.number().int().optional() }).optional(),
  connector: z.array(z.string()).optional(),
  merchant_connector_id: z.array(z.string()).optional(),
  currency: z.array(z.string()).optional(),
  refund_status: z.array(RefundStatus).optional(),
});
export type RefundListRequest = z.input<typeof RefundListRequest>;

export const RefundListResponse = z.looseObject({ count: z.number().int(), total_count: z.number().int(), data: z.array(RefundResponse) });
export type RefundListResponse = z.infer<typeof RefundListResponse>;

export const RefundUpdateRequest = z.object({ reason: z.string().optional(), metadata: Metadata.optional() });
export type RefundUpdateRequest = z.input<typeof RefundUpdateRequest>;
