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
});
export type RefundResponse = z.infer<typeof RefundResponse>;

export const RefundListRequest = z.object({
  payment_id: z.string().optional(),
  limit: z.number().int().min(1).max(100).optional(),
  offset: z.number().int().min(0).optional(),
});
export type RefundListRequest = z.input<typeof RefundListRequest>;

export const RefundListResponse = z.looseObject({ count: z.number().int(), total_count: z.number().int(), data: z.array(RefundResponse) });
export type RefundListResponse = z.infer<typeof RefundListResponse>;
