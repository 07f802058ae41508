import { z } from 'zod';
import { IntentStatus } from '../../../../helpers/schemas/index.ts';
import { apiErrors } from '../../model/api-error.ts';
import { parseRequest, refuseUnknownQueryFields, structSchema } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import type { Payment } from '../../model/state.ts';
import { paymentMethodOf, paymentMethodTypeOf } from '../../rules/payment-method-data.ts';

// Listing payments: GET /payments/list (query constraints, newest first, cursor by payment id) and
// POST /payments/list (a filter body, offset paging), as api_models::payments::PaymentListConstraints
// and PaymentListFilterConstraints describe them.

const MAX_LIMIT = 100;

export function listByQuery(all: readonly Payment[], query: URLSearchParams): Payment[] {
  // PaymentListConstraints is deny_unknown_fields; the underscore spellings are taken too, as before.
  refuseUnknownQueryFields(query, requestStructs.PaymentListConstraints.fields, ['created_lt', 'created_gt', 'created_lte', 'created_gte']);
  const limit = intParam(query, 'limit', 10);
  if (limit > MAX_LIMIT) throw apiErrors.invalidDataFormat('limit', `a number no greater than ${MAX_LIMIT}`);
  const customerId = query.get('customer_id');
  const bounds = {
    eq: query.get('created'),
    lt: query.get('created.lt') ?? query.get('created_lt'),
    gt: query.get('created.gt') ?? query.get('created_gt'),
    lte: query.get('created.lte') ?? query.get('created_lte'),
    gte: query.get('created.gte') ?? query.get('created_gte'),
  };
  let newestFirst = all.filter((p) => (!customerId || p.customer_id === customerId) && createdWithin(p.created, bounds)).reverse();
  const startingAfter = query.get('starting_after');
  const endingBefore = query.get('ending_before');
  if (startingAfter) newestFirst = newestFirst.slice(cursorIndex(newestFirst, startingAfter, 'starting_after') + 1);
  if (endingBefore) newestFirst = newestFirst.slice(0, cursorIndex(newestFirst, endingBefore, 'ending_before'));
  return newestFirst.slice(0, limit);
}

// PaymentListFilterConstraints: not `deny_unknown_fields`, and its time range is flattened into the body.
const DateTime = z.iso.datetime({ offset: true, local: true });
const ListFilterBody = structSchema('PaymentListFilterConstraints', requestStructs.PaymentListFilterConstraints, {
  payment_id: z.string().optional(),
  profile_id: z.string().optional(),
  customer_id: z.string().optional(),
  limit: z.number().int().min(0).max(MAX_LIMIT).optional(),
  offset: z.number().int().min(0).optional(),
  amount_filter: z.object({ start_amount: z.number().int().optional(), end_amount: z.number().int().optional() }).optional(),
  start_time: DateTime.optional(),
  end_time: DateTime.optional(),
  connector: z.array(z.string()).optional(),
  currency: z.array(z.string()).optional(),
  status: z.array(IntentStatus).optional(),
  payment_method: z.array(z.string()).optional(),
  payment_method_type: z.array(z.string()).optional(),
  authentication_type: z.array(z.string()).optional(),
  merchant_connector_id: z.array(z.string()).optional(),
  merchant_order_reference_id: z.string().optional(),
});

export function listByFilter(all: readonly Payment[], body: unknown): { matching: Payment[]; page: Payment[] } {
  const f = parseRequest(ListFilterBody, body);
  // TimeRange needs its start_time: an end_time alone is no time range.
  const start = f.start_time ? Date.parse(f.start_time) : null;
  const end = f.start_time && f.end_time ? Date.parse(f.end_time) : null;
  const matching = all
    .filter(
      (p) =>
        (!f.payment_id || p.payment_id === f.payment_id) &&
        (!f.profile_id || p.profile_id === f.profile_id) &&
        (!f.customer_id || p.customer_id === f.customer_id) &&
        (!f.status || f.status.includes(p.status)) &&
        (!f.currency || f.currency.includes(p.currency)) &&
        (!f.connector || (p.connector !== null && f.connector.includes(p.connector))) &&
        (!f.merchant_connector_id || (p.merchant_connector_id !== null && f.merchant_connector_id.includes(p.merchant_connector_id))) &&
        (!f.payment_method || f.payment_method.includes(paymentMethodOf(p) ?? '')) &&
        (!f.payment_method_type || f.payment_method_type.includes(paymentMethodTypeOf(p) ?? '')) &&
        (f.amount_filter?.start_amount === undefined || p.amount >= f.amount_filter.start_amount) &&
        (f.amount_filter?.end_amount === undefined || p.amount <= f.amount_filter.end_amount) &&
        (start === null || Date.parse(p.created) >= start) &&
        (end === null || Date.parse(p.created) <= end),
    )
    .reverse();
  const offset = f.offset ?? 0;
  return { matching, page: matching.slice(offset, offset + (f.limit ?? 10)) };
}

function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw apiErrors.invalidDataFormat(name, 'a non-negative integer');
  return Number(raw);
}

function cursorIndex(list: readonly Payment[], paymentId: string, field: string): number {
  const index = list.findIndex((p) => p.payment_id === paymentId);
  if (index < 0) throw apiErrors.invalidDataFormat(field, 'the id of a payment in this list');
  return index;
}

function createdWithin(created: string, bounds: Record<'eq' | 'lt' | 'gt' | 'lte' | 'gte', string | null>): boolean {
  const at = Date.parse(created);
  const when = (text: string | null) => {
    if (text === null) return null;
    const value = Date.parse(text);
    if (Number.isNaN(value)) throw apiErrors.invalidDataFormat('created', 'an ISO 8601 date-time');
    return value;
  };
  const eq = when(bounds.eq),
    lt = when(bounds.lt),
    gt = when(bounds.gt),
    lte = when(bounds.lte),
    gte = when(bounds.gte);
  return (eq === null || at === eq) && (lt === null || at < lt) && (gt === null || at > gt) && (lte === null || at <= lte) && (gte === null || at >= gte);
}
