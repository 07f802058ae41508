import { z } from 'zod';
import { CustomerAcceptance } from '../../../../helpers/schemas/index.ts';
import { structSchema } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import { ApiError, apiErrors } from '../../model/api-error.ts';
import { randomAlphanumeric } from '../../../random.ts';
import type { CardOnFile, GatewayState, Mandate, Merchant, Payment, SavedPaymentMethod } from '../../model/state.ts';

// Mandates (crates/router/src/core/mandate.rs, validate_new_mandate_request and verify_mandate_details in
// core/payments/helpers.rs): a payment with mandate_data creates one once authorised; a later off-session
// payment names it with mandate_id and is held to its type, amount and currency.

const MandateAmountData = z.looseObject({
  amount: z.number().int(),
  currency: z.string(),
  start_date: z.string().optional(),
  end_date: z.string().optional(),
  metadata: z.unknown().optional(),
});
/** A customer's acceptance as a request carries it: CustomerAcceptance and OnlineMandate are deny_unknown_fields. */
export const AcceptanceInRequest = structSchema('CustomerAcceptance', requestStructs.CustomerAcceptance, {
  ...CustomerAcceptance.shape,
  online: structSchema('OnlineMandate', requestStructs.OnlineMandate, { ip_address: z.string().nullish(), user_agent: z.string().nullish() }).nullish(),
});
export const MandateData = structSchema('MandateData', requestStructs.MandateData, {
  update_mandate_id: z.string().optional(),
  customer_acceptance: AcceptanceInRequest.optional(),
  mandate_type: z.union([z.strictObject({ single_use: MandateAmountData }), z.strictObject({ multi_use: MandateAmountData.optional() })]).optional(),
});
export type MandateData = z.infer<typeof MandateData>;

const mandateValidationFailed = (reason: string) => new ApiError(400, 'HE_03', 'invalid_request', 'Mandate Validation Failed', 'type', { reason });

/** validate_new_mandate_request: what a payment asking for a mandate must carry. */
export function mandateRequestOf(data: MandateData, customerId: string | null, isConfirm: boolean): NonNullable<Payment['mandate_request']> {
  if (!isConfirm && !customerId) throw apiErrors.preconditionFailed('`customer_id` is mandatory for mandates');
  const acceptance = data.customer_acceptance;
  if (acceptance?.acceptance_type === 'online' && !acceptance.online) {
    throw apiErrors.preconditionFailed(
      '`mandate_data.customer_acceptance.online` is required when `mandate_data.customer_acceptance.acceptance_type` is `online`',
    );
  }
  const type = data.mandate_type;
  if (type && 'single_use' in type)
    return { type: 'single_use', amount: type.single_use.amount, currency: type.single_use.currency, customer_acceptance: acceptance ?? null };
  const multi = type && 'multi_use' in type ? type.multi_use : undefined;
  return { type: 'multi_use', amount: multi?.amount ?? null, currency: multi?.currency ?? null, customer_acceptance: acceptance ?? null };
}

export function createMandate(state: GatewayState, payment: Payment, pm: SavedPaymentMethod): Mandate {
  const request = payment.mandate_request!;
  const mandate: Mandate = {
    mandate_id: `man_${randomAlphanumeric(20)}`,
    merchant_id: payment.merchant_id,
    customer_id: pm.customer_id,
    payment_method_id: pm.payment_method_id,
    status: 'active',
    type: request.type,
    amount: request.amount,
    currency: request.currency,
    amount_captured: 0,
    customer_acceptance: request.customer_acceptance,
    created_at: new Date().toISOString(),
  };
  state.mandates.set(mandate.mandate_id, mandate);
  return mandate;
}

export function findMandate(state: GatewayState, merchant: Merchant, mandateId: string): Mandate {
  const mandate = state.mandates.get(mandateId);
  if (!mandate || mandate.merchant_id !== merchant.merchant_id) throw apiErrors.notFound('Mandate');
  return mandate;
}

/** The card a mandate pays with, after verify_mandate_details and the customer check. */
export function cardForMandate(state: GatewayState, merchant: Merchant, mandateId: string, customerId: string, amount: number, currency: string): CardOnFile {
  const mandate = findMandate(state, merchant, mandateId);
  if (mandate.customer_id !== customerId) throw apiErrors.preconditionFailed('customer_id must match mandate customer_id');
  if (mandate.status !== 'active') throw mandateValidationFailed(`mandate is ${mandate.status}`);
  const exceeds =
    mandate.type === 'single_use'
      ? mandate.amount === null || amount > mandate.amount
      : mandate.amount !== null && mandate.amount_captured + amount > mandate.amount;
  if (exceeds) throw mandateValidationFailed('request amount is greater than mandate amount');
  if (mandate.currency !== null && mandate.currency !== currency) throw mandateValidationFailed('cross currency mandates not supported');
  const pm = state.paymentMethods.get(mandate.payment_method_id);
  if (!pm) throw apiErrors.notFound('Payment method');
  return { ...pm.card, cvc: '' };
}

/** A successful payment under a mandate uses it up (single use) or counts against its amount. */
export function recordMandateUse(state: GatewayState, mandateId: string, amount: number): void {
  const mandate = state.mandates.get(mandateId);
  if (!mandate) return;
  mandate.amount_captured += amount;
  if (mandate.type === 'single_use') mandate.status = 'inactive';
}

export function mandateResponse(state: GatewayState, mandate: Mandate) {
  const pm = state.paymentMethods.get(mandate.payment_method_id);
  return {
    mandate_id: mandate.mandate_id,
    status: mandate.status,
    payment_method_id: mandate.payment_method_id,
    payment_method: 'card',
    payment_method_type: pm?.payment_method_type ?? null,
    card: pm
      ? {
          last4_digits: pm.card.number.slice(-4),
          card_exp_month: pm.card.exp_month,
          card_exp_year: pm.card.exp_year,
          card_holder_name: pm.card.holder_name ?? null,
          card_token: null,
          scheme: pm.network,
          issuer_country: null,
          card_fingerprint: null,
          card_isin: pm.card.number.slice(0, 6),
          card_issuer: null,
          card_network: pm.network,
          card_type: null,
          nick_name: null,
        }
      : null,
    customer_acceptance: mandate.customer_acceptance,
    customer_id: mandate.customer_id,
  };
}

export function revokeMandate(state: GatewayState, merchant: Merchant, mandateId: string) {
  const mandate = findMandate(state, merchant, mandateId);
  if (mandate.status === 'revoked') throw apiErrors.preconditionFailed('Mandate has already been revoked');
  mandate.status = 'revoked';
  return { mandate_id: mandate.mandate_id, status: mandate.status, error_code: null, error_message: null };
}
