// What GET /account/payment_methods tells the checkout about each payment method type beyond whether it is
// enabled: the fields the customer must fill in (keyed by where they go in the confirm request, as
// Hyperswitch's payment_connector_required_fields config does) and, for bank redirects, the banks to choose
// from (Hyperswitch's bank_config). Hyperswitch varies both per connector; the sandbox's processor asks the
// same of every connector.

interface RequiredField {
  required_field: string;
  display_name: string;
  field_type: unknown;
  value: null;
}

const field = (required_field: string, display_name: string, field_type: unknown): [string, RequiredField] => [
  required_field,
  { required_field, display_name, field_type, value: null },
];

const country = (options: string[]) => ({ user_address_country: { options } });

const FIELDS: Record<string, [string, RequiredField][]> = {
  credit: cardFields(),
  debit: cardFields(),
  klarna: [
    field('payment_method_data.billing.email', 'email', 'user_email_address'),
    field('payment_method_data.billing.address.country', 'country', country(['AT', 'BE', 'DE', 'DK', 'ES', 'FI', 'FR', 'GB', 'IT', 'NL', 'NO', 'SE', 'US'])),
  ],
  afterpay_clearpay: [
    field('payment_method_data.billing.email', 'email', 'user_email_address'),
    field('payment_method_data.billing.address.first_name', 'billing_first_name', 'user_billing_name'),
  ],
  ideal: [field('payment_method_data.bank_redirect.ideal.bank_name', 'bank_name', 'user_bank')],
  eps: [field('payment_method_data.bank_redirect.eps.bank_name', 'bank_name', 'user_bank')],
  sofort: [field('payment_method_data.bank_redirect.sofort.country', 'country', { user_country: { options: ['AT', 'BE', 'DE', 'ES', 'IT', 'NL'] } })],
  ach: [
    field('payment_method_data.bank_debit.ach_bank_debit.account_number', 'bank_account_number', 'user_bank_account_number'),
    field('payment_method_data.bank_debit.ach_bank_debit.routing_number', 'bank_routing_number', 'user_bank_routing_number'),
  ],
  bacs: [
    field('payment_method_data.bank_debit.bacs_bank_debit.account_number', 'bank_account_number', 'user_bank_account_number'),
    field('payment_method_data.bank_debit.bacs_bank_debit.sort_code', 'bank_sort_code', 'user_bank_sort_code'),
  ],
  sepa: [field('payment_method_data.bank_debit.sepa_bank_debit.iban', 'iban', 'user_iban')],
  givex: [
    field('payment_method_data.gift_card.givex.number', 'gift_card_number', 'user_gift_card_number'),
    field('payment_method_data.gift_card.givex.cvc', 'gift_card_cvc', 'user_gift_card_pin'),
  ],
};

function cardFields(): [string, RequiredField][] {
  return [
    field('payment_method_data.card.card_number', 'card_number', 'user_card_number'),
    field('payment_method_data.card.card_exp_month', 'card_exp_month', 'user_card_expiry_month'),
    field('payment_method_data.card.card_exp_year', 'card_exp_year', 'user_card_expiry_year'),
    field('payment_method_data.card.card_cvc', 'card_cvc', 'user_card_cvc'),
  ];
}

export const requiredFields = (paymentMethodType: string): Record<string, RequiredField> => Object.fromEntries(FIELDS[paymentMethodType] ?? []);

/** The banks each redirect type offers (BankNames), as Hyperswitch's bank_config lists them for Adyen and Stripe. */
const BANKS: Record<string, string[]> = {
  ideal: ['abn_amro', 'asn_bank', 'bunq', 'ing', 'knab', 'rabobank', 'regiobank', 'revolut', 'sns_bank', 'triodos_bank', 'van_lanschot'],
  eps: [
    'bank_austria',
    'bawag_psk_ag',
    'dolomitenbank',
    'easybank_ag',
    'erste_bank_und_sparkassen',
    'hypo_tirol_bank_ag',
    'raiffeisen_bankengruppe_osterreich',
    'volksbank_gruppe',
  ],
};

export const banksOf = (paymentMethodType: string): string[] | null => BANKS[paymentMethodType] ?? null;
