import { z } from 'zod';
import {
  BankNames,
  CountryAlpha2,
  PAYMENT_METHOD_TYPES,
  PAYMENT_METHODS,
  type PaymentMethod,
  type PaymentMethodType,
} from '../../../helpers/schemas/payment-method-enums.ts';
import { apiErrors } from '../model/api-error.ts';
import { parseRequest } from './request-body.ts';
import type { AlternativeMethod, AlternativePaymentMethod, Flow } from '../model/alternative-method.ts';
import type { Payment } from '../model/state.ts';

// payment_method, payment_method_type and payment_method_data as Hyperswitch reads them. First serde
// (crates/api_models/src/payments.rs): PaymentMethodData and its inner enums are externally tagged (one key
// naming the variant; an unknown one is "unknown variant", a missing non-Option field "missing field"),
// inner structs are not deny_unknown_fields. Then validate_payment_method_fields_present
// (core/payments/helpers.rs): which of the three must come together and agree. Cards keep their own
// checks (card.ts); this module decides only that the data is a card.

/** The non-card methods the sandbox's processor takes, and how: the customer visits its page, a debit settling later, or an answer at once. */
const MODELLED = {
  pay_later: {
    klarna_redirect: ['klarna', 'redirect'],
    affirm_redirect: ['affirm', 'redirect'],
    afterpay_clearpay_redirect: ['afterpay_clearpay', 'redirect'],
  },
  bank_redirect: { ideal: ['ideal', 'redirect'], eps: ['eps', 'redirect'], sofort: ['sofort', 'redirect'], giropay: ['giropay', 'redirect'] },
  bank_debit: { ach_bank_debit: ['ach', 'debit'], bacs_bank_debit: ['bacs', 'debit'], sepa_bank_debit: ['sepa', 'debit'] },
  gift_card: { givex: ['givex', 'direct'] },
  wallet: { paypal_redirect: ['paypal', 'redirect'], google_pay: ['google_pay', 'direct'], apple_pay: ['apple_pay', 'direct'] },
} as const satisfies Record<AlternativePaymentMethod, Record<string, readonly [PaymentMethodType, Flow]>>;

/** Every non-card payment_method_type the sandbox models. */
export const MODELLED_TYPES: readonly PaymentMethodType[] = Object.values<Record<string, readonly [PaymentMethodType, Flow]>>(MODELLED).flatMap((variants) =>
  Object.values(variants).map(([type]) => type),
);

/** PaymentMethodData's variants in declaration order (serde's "expected one of"); the value is the PaymentMethod it implies. */
const DATA_VARIANTS: Record<string, PaymentMethod | null> = {
  card: 'card',
  card_redirect: 'card_redirect',
  wallet: 'wallet',
  pay_later: 'pay_later',
  bank_redirect: 'bank_redirect',
  bank_debit: 'bank_debit',
  bank_transfer: 'bank_transfer',
  real_time_payment: 'real_time_payment',
  crypto: 'crypto',
  mandate_payment: null,
  reward: 'reward',
  upi: 'upi',
  voucher: 'voucher',
  gift_card: 'gift_card',
  card_token: null,
  open_banking: 'open_banking',
  mobile_payment: 'mobile_payment',
  network_token: 'network_token',
};

/** The inner enums' variants, in declaration order, for the ones the sandbox models. */
const INNER_VARIANTS: Record<AlternativePaymentMethod, readonly string[]> = {
  pay_later: [
    'klarna_redirect',
    'klarna_sdk',
    'affirm_redirect',
    'afterpay_clearpay_redirect',
    'pay_bright_redirect',
    'flexiti_redirect',
    'walley_redirect',
    'alma_redirect',
    'atome_redirect',
    'breadpay_redirect',
    'payjustnow_redirect',
  ],
  bank_redirect: [
    'bancontact_card',
    'bizum',
    'blik',
    'eps',
    'giropay',
    'ideal',
    'interac',
    'online_banking_czech_republic',
    'online_banking_finland',
    'online_banking_poland',
    'online_banking_slovakia',
    'open_banking_uk',
    'przelewy24',
    'sofort',
    'trustly',
    'online_banking_fpx',
    'online_banking_thailand',
    'local_bank_redirect',
    'eft',
    'open_banking',
  ],
  bank_debit: ['ach_bank_debit', 'sepa_bank_debit', 'sepa_guarenteed_bank_debit', 'becs_bank_debit', 'bacs_bank_debit'],
  gift_card: ['givex', 'pay_safe_card', 'bhn_card_network'],
  wallet: [
    'ali_pay_hk_redirect',
    'ali_pay_qr',
    'ali_pay_redirect',
    'amazon_pay',
    'amazon_pay_redirect',
    'apple_pay',
    'apple_pay_redirect',
    'apple_pay_third_party_sdk',
    'bluecode_redirect',
    'cashapp_qr',
    'dana_redirect',
    'gcash_redirect',
    'go_pay_redirect',
    'google_pay',
    'google_pay_redirect',
    'google_pay_third_party_sdk',
    'kakao_pay_redirect',
    'mb_way_redirect',
    'mifinity',
    'mobile_pay_redirect',
    'momo_redirect',
    'paypal_redirect',
    'paypal_sdk',
    'paysera',
    'paze',
    'revolut_pay',
    'samsung_pay',
    'skrill',
    'swish_qr',
    'touch_n_go_redirect',
    'twint_redirect',
    'vipps_redirect',
    'we_chat_pay_qr',
    'we_chat_pay_redirect',
  ],
};

// pii::Email refuses what validate_email refuses, while deserialising.
const Email = z.string().refine((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), { message: 'Invalid email address format' });
const BankRedirectBilling = z.looseObject({ billing_name: z.string().optional(), email: Email.optional() });
const BankDebitBilling = z.looseObject({ name: z.string().optional(), email: Email.optional(), address: z.looseObject({}).optional() });

/** The variant structs, with Option fields optional (Hyperswitch leaves it to the connector to want them). */
const VARIANT_SCHEMAS: Record<string, z.ZodType<Record<string, unknown>>> = {
  klarna_redirect: z.looseObject({ billing_email: Email.optional(), billing_country: CountryAlpha2.optional() }),
  affirm_redirect: z.looseObject({}),
  afterpay_clearpay_redirect: z.looseObject({ billing_email: Email.optional(), billing_name: z.string().optional() }),
  ideal: z.looseObject({ billing_details: BankRedirectBilling.optional(), bank_name: BankNames.optional(), country: CountryAlpha2.optional() }),
  eps: z.looseObject({ billing_details: BankRedirectBilling.optional(), bank_name: BankNames.optional(), country: CountryAlpha2.optional() }),
  sofort: z.looseObject({ billing_details: BankRedirectBilling.optional(), country: CountryAlpha2.optional(), preferred_language: z.string().optional() }),
  giropay: z.looseObject({
    billing_details: BankRedirectBilling.optional(),
    bank_account_bic: z.string().optional(),
    bank_account_iban: z.string().optional(),
    country: CountryAlpha2.optional(),
  }),
  ach_bank_debit: z.looseObject({
    billing_details: BankDebitBilling.optional(),
    account_number: z.string(),
    routing_number: z.string(),
    card_holder_name: z.string().optional(),
    bank_account_holder_name: z.string().optional(),
    bank_name: BankNames.optional(),
    bank_type: z.enum(['checking', 'savings']).optional(),
    bank_holder_type: z.enum(['personal', 'business']).optional(),
  }),
  bacs_bank_debit: z.looseObject({
    billing_details: BankDebitBilling.optional(),
    account_number: z.string(),
    sort_code: z.string(),
    bank_account_holder_name: z.string().optional(),
  }),
  sepa_bank_debit: z.looseObject({ billing_details: BankDebitBilling.optional(), iban: z.string(), bank_account_holder_name: z.string().optional() }),
  givex: z.looseObject({ number: z.string(), cvc: z.string() }),
  paypal_redirect: z.looseObject({ email: Email.optional() }),
  // GooglePayWalletData; tokenization_data is untagged: the encrypted form (type + token) or the decrypted card.
  google_pay: z.looseObject({
    type: z.string(),
    description: z.string(),
    info: z.looseObject({
      card_network: z.string(),
      card_details: z.string(),
      assurance_details: z.looseObject({ card_holder_authenticated: z.boolean(), account_verified: z.boolean() }).optional(),
    }),
    tokenization_data: z.union(
      [
        z.looseObject({ type: z.string(), token: z.string() }),
        z.looseObject({
          card_exp_month: z.string(),
          card_exp_year: z.string(),
          application_primary_account_number: z.string(),
          cryptogram: z.string(),
          eci_indicator: z.string(),
        }),
      ],
      { error: 'data did not match any variant of untagged enum GpayTokenizationData' },
    ),
  }),
  // ApplePayWalletData: payment_data is the encrypted string (or the decrypted object).
  apple_pay: z.looseObject({
    payment_data: z.union(
      [
        z.string(),
        z.looseObject({
          application_primary_account_number: z.string(),
          application_expiration_month: z.string(),
          application_expiration_year: z.string(),
          payment_data: z.looseObject({}),
        }),
      ],
      { error: 'data did not match any variant of untagged enum ApplePayPaymentData' },
    ),
    payment_method: z.looseObject({ display_name: z.string(), network: z.string(), type: z.string() }),
    transaction_identifier: z.string(),
  }),
};

export type PaymentMethodChoice = { kind: 'none' } | { kind: 'card' } | { kind: 'alternative'; method: AlternativeMethod };

export interface PaymentMethodFields {
  payment_method?: string | undefined;
  payment_method_type?: string | undefined;
  payment_method_data?: Record<string, unknown> | undefined;
  payment_token?: string | undefined;
  mandate_id?: string | undefined;
  recurring_details?: unknown;
}

/** What a create, update or confirm body pays with, refused as Hyperswitch refuses it. */
export function readPaymentMethod(body: PaymentMethodFields): PaymentMethodChoice {
  const method = body.payment_method === undefined ? undefined : enumValue(PAYMENT_METHODS, body.payment_method);
  const type = body.payment_method_type === undefined ? undefined : enumValue(PAYMENT_METHOD_TYPES, body.payment_method_type);
  const choice = dataChoice(body.payment_method_data);
  const dataMethod = choice.kind === 'card' ? 'card' : choice.kind === 'alternative' ? choice.method.payment_method : null;

  // validate_payment_method_fields_present, in its order: data must name its method, cards included.
  if (method === undefined && choice.kind !== 'none') throw apiErrors.missingField('payment_method');
  if (method !== undefined && method !== 'card' && type === undefined) throw apiErrors.missingField('payment_method_type');
  // A payment under a mandate or a saved method carries no data of its own.
  const paysWithoutData = body.payment_token !== undefined || body.mandate_id !== undefined || body.recurring_details !== undefined;
  if (method !== undefined && choice.kind === 'none' && !paysWithoutData) throw apiErrors.missingField('payment_method_data');
  if (method !== undefined && type !== undefined && !typeBelongsTo(method, type))
    throw apiErrors.invalidRequestData("payment_method_type doesn't correspond to the specified payment_method");
  if (method !== undefined && dataMethod !== null && dataMethod !== method)
    throw apiErrors.invalidRequestData("payment_method_data doesn't correspond to the specified payment_method");
  // Stricter than Hyperswitch, which would route by the type and send the connector the other variant's data.
  if (choice.kind === 'alternative' && type !== undefined && type !== choice.method.payment_method_type)
    throw apiErrors.invalidRequestData("payment_method_type doesn't correspond to the specified payment_method");
  return choice;
}

function dataChoice(data: Record<string, unknown> | undefined): PaymentMethodChoice {
  const variants = Object.keys(data ?? {}).filter((key) => key !== 'billing');
  const unknown = variants.find((key) => !(key in DATA_VARIANTS));
  if (unknown !== undefined) throw unknownVariant(unknown, Object.keys(DATA_VARIANTS));
  if (variants.length > 1) throw apiErrors.jsonDeserialize('invalid value: map, expected map with a single key');
  const [variant] = variants;
  if (variant === undefined || !data) return { kind: 'none' };
  if (variant === 'card' || variant === 'card_token') return { kind: 'card' };
  if (!(variant in MODELLED)) throw apiErrors.notImplemented(`payment_method_data.${variant} in the sandbox`);
  return { kind: 'alternative', method: alternativeMethod(variant as AlternativePaymentMethod, data[variant]) };
}

function alternativeMethod(method: AlternativePaymentMethod, value: unknown): AlternativeMethod {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw apiErrors.jsonDeserialize(`invalid type: ${serdeKind(value)}, expected enum ${pascal(method)}Data`);
  const variants = Object.keys(value);
  const unknown = variants.find((key) => !INNER_VARIANTS[method].includes(key));
  if (unknown !== undefined) throw unknownVariant(unknown, INNER_VARIANTS[method]);
  if (variants.length !== 1) throw apiErrors.jsonDeserialize('invalid value: map, expected map with a single key');
  const variant = variants[0]!;
  const modelled: Record<string, readonly [PaymentMethodType, Flow]> = MODELLED[method];
  const entry = modelled[variant];
  const schema = VARIANT_SCHEMAS[variant];
  if (!entry || !schema) throw apiErrors.notImplemented(`payment_method_data.${method}.${variant} in the sandbox`);
  const fields = parseRequest(schema, (value as Record<string, unknown>)[variant]);
  const [payment_method_type, flow] = entry;
  return { payment_method: method, payment_method_type, flow, ...described(method, variant, fields) };
}

/** The processor's credential and the masked response data, per variant (AdditionalPaymentData's shapes). */
function described(method: AlternativePaymentMethod, variant: string, f: Record<string, unknown>): Pick<AlternativeMethod, 'credential' | 'response_data'> {
  const text = (key: string) => (typeof f[key] === 'string' ? f[key] : null);
  switch (variant) {
    case 'ach_bank_debit':
      return {
        credential: text('account_number'),
        response_data: {
          bank_debit: {
            ach: {
              account_number: maskMiddle(text('account_number') ?? '', 4),
              routing_number: maskMiddle(text('routing_number') ?? '', 3),
              card_holder_name: text('card_holder_name'),
              bank_account_holder_name: text('bank_account_holder_name'),
              bank_name: text('bank_name'),
              bank_type: text('bank_type'),
              bank_holder_type: text('bank_holder_type'),
            },
          },
        },
      };
    case 'bacs_bank_debit':
      return {
        credential: text('account_number'),
        response_data: {
          bank_debit: {
            bacs: {
              account_number: maskMiddle(text('account_number') ?? '', 4),
              sort_code: text('sort_code'),
              bank_account_holder_name: text('bank_account_holder_name'),
            },
          },
        },
      };
    case 'sepa_bank_debit':
      return {
        credential: text('iban'),
        response_data: { bank_debit: { sepa: { iban: maskMiddle(text('iban') ?? '', 6), bank_account_holder_name: text('bank_account_holder_name') } } },
      };
    case 'givex':
      return { credential: text('number'), response_data: { gift_card: { givex: { last4: (text('number') ?? '').slice(-4) } } } };
    case 'google_pay': {
      const info = f['info'] as { card_network: string; card_details: string };
      return {
        credential: info.card_details.slice(-4),
        response_data: { wallet: { google_pay: { last4: info.card_details.slice(-4), card_network: info.card_network, type: text('type') } } },
      };
    }
    case 'apple_pay': {
      const pm = f['payment_method'] as { display_name: string; network: string; type: string };
      const last4 = pm.display_name.replace(/\D/g, '').slice(-4);
      return { credential: last4, response_data: { wallet: { apple_pay: { last4, card_network: pm.network, type: pm.type } } } };
    }
    default:
      break;
  }
  if (method === 'bank_redirect') return { credential: null, response_data: { bank_redirect: { bank_name: text('bank_name'), interac: null } } };
  if (method === 'pay_later') return { credential: null, response_data: { pay_later: { klarna_sdk: null } } };
  return { credential: null, response_data: { [method]: {} } };
}

/** validate_payment_method_type_against_payment_method, for the methods the sandbox lists. */
function typeBelongsTo(method: PaymentMethod, type: PaymentMethodType): boolean {
  const belongs: Partial<Record<PaymentMethod, readonly PaymentMethodType[]>> = {
    card: ['credit', 'debit'],
    pay_later: ['affirm', 'alma', 'afterpay_clearpay', 'klarna', 'pay_bright', 'atome', 'walley', 'flexiti', 'breadpay', 'payjustnow'],
    wallet: [
      'apple_pay',
      'google_pay',
      'paypal',
      'ali_pay',
      'ali_pay_hk',
      'dana',
      'mb_way',
      'mobile_pay',
      'samsung_pay',
      'twint',
      'vipps',
      'touch_n_go',
      'swish',
      'we_chat_pay',
      'go_pay',
      'gcash',
      'momo',
      'kakao_pay',
      'cashapp',
      'mifinity',
      'paze',
      'revolut_pay',
      'amazon_pay',
      'skrill',
      'paysera',
      'bluecode',
    ],
    bank_redirect: [
      'giropay',
      'ideal',
      'sofort',
      'eps',
      'bancontact_card',
      'blik',
      'online_banking_thailand',
      'online_banking_czech_republic',
      'online_banking_finland',
      'online_banking_fpx',
      'online_banking_poland',
      'online_banking_slovakia',
      'przelewy24',
      'trustly',
      'bizum',
      'interac',
      'open_banking_uk',
      'local_bank_redirect',
      'eft',
      'open_banking',
    ],
    bank_debit: ['ach', 'sepa', 'bacs', 'becs', 'sepa_guarenteed_debit'],
    gift_card: ['givex', 'pay_safe_card', 'bhn_card_network'],
  };
  const types = belongs[method];
  // Methods the sandbox does not process keep their types unchecked here; they are refused later (IR_00).
  return types === undefined || types.includes(type);
}

function enumValue<T extends string>(variants: readonly T[], value: string): T {
  const found = variants.find((variant) => variant === value);
  if (found === undefined) throw unknownVariant(value, variants);
  return found;
}

const unknownVariant = (value: string, expected: readonly string[]) =>
  apiErrors.jsonDeserialize(`unknown variant \`${value}\`, expected one of ${expected.map((v) => `\`${v}\``).join(', ')}`);

const serdeKind = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'sequence'
      : typeof value === 'number'
        ? `integer \`${value}\``
        : typeof value === 'string'
          ? `string ${JSON.stringify(value)}`
          : typeof value === 'boolean'
            ? `boolean \`${value}\``
            : 'value';
const pascal = (snake: string) =>
  snake
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/** MaskedBankAccount-style: the first and last `keep` characters shown, the rest starred. */
function maskMiddle(value: string, keep: number): string {
  if (value.length <= keep * 2) return '*'.repeat(value.length);
  return `${value.slice(0, keep)}${'*'.repeat(value.length - keep * 2)}${value.slice(-keep)}`;
}

/** The method and type a payment was made with, as responses and list filters show them (a card without a type reads as credit). */
export const paymentMethodOf = (payment: Payment): string | null => payment.method_summary?.payment_method ?? (payment.card_summary ? 'card' : null);
export const paymentMethodTypeOf = (payment: Payment): string | null => payment.method_summary?.payment_method_type ?? (payment.card_summary ? 'credit' : null);
