import { z } from 'zod';
import { Address, Metadata } from '../../../../helpers/schemas/index.ts';
import { apiErrors } from '../../model/api-error.ts';
import { ids } from '../../model/ids.ts';
import { parseRequest, structSchema } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import type { CardOnFile, GatewayState, Merchant, SavedPaymentMethod } from '../../model/state.ts';
import { ensureCustomer, findCustomer } from '../customers/service.ts';
import { cardNetwork, validateCardNumber } from '../../rules/card.ts';

// Saved payment methods (/payment_methods; PaymentMethodCreate is deny_unknown_fields). Cards only:
// the vault keeps number and expiry (never the CVC); responses show the locker's card details.

// CardDetail is deny_unknown_fields; its card_cvc is accepted and never kept.
const CardDetail = structSchema('CardDetail', requestStructs.CardDetail, {
  card_number: z.string(),
  card_exp_month: z.string(),
  card_exp_year: z.string(),
  card_holder_name: z.string().optional(),
  nick_name: z.string().optional(),
});
const CreatePaymentMethodBody = structSchema('PaymentMethodCreate', requestStructs.PaymentMethodCreate, {
  payment_method: z.enum([
    'card',
    'card_redirect',
    'pay_later',
    'wallet',
    'bank_redirect',
    'bank_transfer',
    'crypto',
    'bank_debit',
    'reward',
    'real_time_payment',
    'upi',
    'voucher',
    'gift_card',
    'open_banking',
    'mobile_payment',
  ]),
  payment_method_type: z.string().optional(),
  payment_method_issuer: z.string().optional(),
  payment_method_issuer_code: z.string().optional(),
  card: CardDetail.optional(),
  metadata: Metadata.optional(),
  customer_id: z.string().optional(),
  card_network: z.string().optional(),
  bank_transfer: z.unknown().optional(),
  wallet: z.unknown().optional(),
  client_secret: z.string().optional(),
  payment_method_data: z.unknown().optional(),
  billing: Address.optional(),
});
const UpdatePaymentMethodBody = structSchema('PaymentMethodUpdate', requestStructs.PaymentMethodUpdate, {
  card: structSchema('CardDetailUpdate', requestStructs.CardDetailUpdate, {
    card_exp_month: z.string().optional(),
    card_exp_year: z.string().optional(),
    card_holder_name: z.string().optional(),
    nick_name: z.string().optional(),
  }).optional(),
  wallet: z.unknown().optional(),
  client_secret: z.string().optional(),
});

function lockerCard(pm: SavedPaymentMethod) {
  return {
    scheme: pm.network,
    issuer_country: null,
    last4_digits: pm.card.number.slice(-4),
    expiry_month: pm.card.exp_month,
    expiry_year: pm.card.exp_year,
    card_token: null,
    card_holder_name: pm.card.holder_name ?? null,
    card_fingerprint: null,
    nick_name: null,
    card_network: pm.network,
    card_isin: pm.card.number.slice(0, 6),
    card_issuer: null,
    card_type: null,
    saved_to_locker: true,
  };
}

export function paymentMethodResponse(pm: SavedPaymentMethod) {
  return {
    merchant_id: pm.merchant_id,
    customer_id: pm.customer_id,
    payment_method_id: pm.payment_method_id,
    payment_method: pm.payment_method,
    payment_method_type: pm.payment_method_type,
    card: lockerCard(pm),
    recurring_enabled: true,
    installment_payment_enabled: false,
    payment_experience: ['redirect_to_url'],
    metadata: pm.metadata,
    created: pm.created,
    bank_transfer: null,
    last_used_at: pm.last_used_at,
  };
}

export function findPaymentMethod(state: GatewayState, merchant: Merchant, paymentMethodId: string): SavedPaymentMethod {
  const pm = state.paymentMethods.get(paymentMethodId);
  if (!pm || pm.merchant_id !== merchant.merchant_id) throw apiErrors.notFound('Payment method');
  return pm;
}

/** Puts a card in the vault for a customer (from POST /payment_methods, or a payment with setup_future_usage). */
export function saveCard(
  state: GatewayState,
  merchantId: string,
  customerId: string,
  card: Omit<CardOnFile, 'cvc'>,
  paymentMethodType: string | null,
  metadata: Record<string, unknown> | null,
): SavedPaymentMethod {
  const customer = ensureCustomer(state, merchantId, customerId);
  const existing = [...state.paymentMethods.values()].find(
    (pm) => pm.merchant_id === merchantId && pm.customer_id === customerId && pm.card.number === card.number,
  );
  const now = new Date().toISOString();
  if (existing) {
    existing.card = { ...card };
    existing.last_used_at = now;
    return existing;
  }
  const pm: SavedPaymentMethod = {
    payment_method_id: ids.paymentMethod(),
    merchant_id: merchantId,
    customer_id: customerId,
    payment_method: 'card',
    payment_method_type: paymentMethodType,
    card: { number: card.number, exp_month: card.exp_month, exp_year: card.exp_year, holder_name: card.holder_name },
    network: cardNetwork(card.number),
    metadata,
    created: now,
    last_used_at: now,
  };
  state.paymentMethods.set(pm.payment_method_id, pm);
  customer.default_payment_method_id ??= pm.payment_method_id;
  return pm;
}

export function createPaymentMethod(state: GatewayState, merchant: Merchant, body: unknown) {
  const input = parseRequest(CreatePaymentMethodBody, body);
  if (input.payment_method !== 'card') throw apiErrors.notImplemented(`Saving ${input.payment_method} payment methods in the sandbox`);
  if (!input.card) throw apiErrors.missingField('card');
  if (!input.customer_id) throw apiErrors.missingField('customer_id');
  const number = validateCardNumber(input.card.card_number);
  const pm = saveCard(
    state,
    merchant.merchant_id,
    input.customer_id,
    { number, exp_month: input.card.card_exp_month, exp_year: input.card.card_exp_year, holder_name: input.card.card_holder_name },
    input.payment_method_type ?? null,
    input.metadata ?? null,
  );
  return paymentMethodResponse(pm);
}

export function updatePaymentMethod(state: GatewayState, merchant: Merchant, paymentMethodId: string, body: unknown) {
  const input = parseRequest(UpdatePaymentMethodBody, body);
  const pm = findPaymentMethod(state, merchant, paymentMethodId);
  if (input.card?.card_exp_month !== undefined) pm.card.exp_month = input.card.card_exp_month;
  if (input.card?.card_exp_year !== undefined) pm.card.exp_year = input.card.card_exp_year;
  if (input.card?.card_holder_name !== undefined) pm.card.holder_name = input.card.card_holder_name;
  return paymentMethodResponse(pm);
}

export function deletePaymentMethod(state: GatewayState, merchant: Merchant, paymentMethodId: string) {
  const pm = findPaymentMethod(state, merchant, paymentMethodId);
  state.paymentMethods.delete(paymentMethodId);
  const customer = state.customers.get(`${pm.merchant_id}/${pm.customer_id}`);
  if (customer?.default_payment_method_id === paymentMethodId) customer.default_payment_method_id = null;
  return { payment_method_id: paymentMethodId, deleted: true };
}

/** A customer's saved methods, each with a fresh payment_token for paying with it (list_customer_payment_method). */
export function customerPaymentMethods(state: GatewayState, merchant: Merchant, customerId: string) {
  const customer = findCustomer(state, merchant, customerId);
  const saved = [...state.paymentMethods.values()].filter((pm) => pm.merchant_id === merchant.merchant_id && pm.customer_id === customerId).reverse();
  return {
    customer_payment_methods: saved.map((pm) => {
      const token = ids.paymentToken();
      state.paymentTokens.set(token, pm.payment_method_id);
      const { merchant_id: _m, ...view } = paymentMethodResponse(pm);
      return {
        ...view,
        payment_token: token,
        payment_method_issuer: null,
        payment_method_issuer_code: null,
        bank: null,
        surcharge_details: null,
        requires_cvv: true,
        default_payment_method_set: customer.default_payment_method_id === pm.payment_method_id,
        billing: null,
      };
    }),
    is_guest_customer: false,
  };
}
