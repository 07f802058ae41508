import { z } from 'zod';

// Enums of Hyperswitch's payment-method API exactly as it spells them, in its declaration order (which its
// deserialisation errors list): crates/common_enums/src/enums.rs, read from the OpenAPI spec v1
// (api-reference/v1/openapi_spec_v1.json, commit 00022b55).

export const PAYMENT_METHODS = [
  'card', 'card_redirect', 'pay_later', 'wallet', 'bank_redirect', 'bank_transfer', 'crypto', 'bank_debit', 'reward',
  'real_time_payment', 'upi', 'voucher', 'gift_card', 'open_banking', 'mobile_payment', 'network_token',
] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const PAYMENT_METHOD_TYPES = [
  'ach', 'affirm', 'afterpay_clearpay', 'alfamart', 'ali_pay', 'ali_pay_hk', 'alma', 'amazon_pay', 'paysera',
  'apple_pay', 'atome', 'bacs', 'bancontact_card', 'becs', 'benefit', 'bizum', 'blik', 'bluecode', 'boleto',
  'bca_bank_transfer', 'bni_va', 'breadpay', 'bri_va', 'bhn_card_network', 'card_redirect', 'cimb_va', 'classic',
  'credit', 'crypto_currency', 'cashapp', 'dana', 'danamon_va', 'debit', 'duit_now', 'efecty', 'eft', 'eps',
  'flexiti', 'fps', 'evoucher', 'giropay', 'givex', 'google_pay', 'go_pay', 'gcash', 'ideal', 'interac', 'indomaret',
  'klarna', 'kakao_pay', 'local_bank_redirect', 'mandiri_va', 'knet', 'mb_way', 'mobile_pay', 'momo', 'momo_atm',
  'multibanco', 'online_banking_thailand', 'online_banking_czech_republic', 'online_banking_finland',
  'online_banking_fpx', 'online_banking_poland', 'online_banking_slovakia', 'oxxo', 'pago_efectivo',
  'permata_bank_transfer', 'open_banking_uk', 'pay_bright', 'payjustnow', 'paypal', 'paze', 'pix', 'pay_safe_card',
  'przelewy24', 'prompt_pay', 'pse', 'red_compra', 'red_pagos', 'samsung_pay', 'sepa', 'sepa_bank_transfer',
  'sepa_guarenteed_debit', 'skrill', 'sofort', 'swish', 'touch_n_go', 'trustly', 'twint', 'upi_collect',
  'upi_intent', 'upi_qr', 'vipps', 'viet_qr', 'venmo', 'walley', 'we_chat_pay', 'seven_eleven', 'lawson',
  'mini_stop', 'family_mart', 'seicomart', 'pay_easy', 'local_bank_transfer', 'mifinity', 'open_banking_pis',
  'direct_carrier_billing', 'instant_bank_transfer', 'instant_bank_transfer_finland', 'instant_bank_transfer_poland',
  'revolut_pay', 'indonesian_bank_transfer', 'open_banking', 'network_token',
] as const;
export const PaymentMethodType = z.enum(PAYMENT_METHOD_TYPES);
export type PaymentMethodType = z.infer<typeof PaymentMethodType>;

export const PaymentExperience = z.enum([
  'redirect_to_url', 'invoke_sdk_client', 'display_qr_code', 'one_click', 'link_wallet', 'invoke_payment_app',
  'display_wait_screen', 'collect_otp',
]);
export type PaymentExperience = z.infer<typeof PaymentExperience>;

export const BankNames = z.enum([
  'american_express', 'affin_bank', 'agro_bank', 'alliance_bank', 'am_bank', 'bank_of_america', 'bank_of_china',
  'bank_islam', 'bank_muamalat', 'bank_rakyat', 'bank_simpanan_nasional', 'barclays', 'blik_p_s_p', 'capital_one',
  'chase', 'citi', 'cimb_bank', 'discover', 'navy_federal_credit_union', 'pentagon_federal_credit_union',
  'synchrony_bank', 'wells_fargo', 'abn_amro', 'asn_bank', 'bunq', 'handelsbanken', 'hong_leong_bank', 'hsbc_bank',
  'ing', 'knab', 'kuwait_finance_house', 'moneyou', 'rabobank', 'regiobank', 'revolut', 'sns_bank', 'triodos_bank',
  'van_lanschot', 'arzte_und_apotheker_bank', 'austrian_anadi_bank_ag', 'bank_austria', 'bank99_ag',
  'bankhaus_carl_spangler', 'bankhaus_schelhammer_und_schattera_ag', 'bank_millennium', 'bank_p_e_k_a_o_s_a',
  'bawag_psk_ag', 'bks_bank_ag', 'brull_kallmus_bank_ag', 'btv_vier_lander_bank', 'capital_bank_grawe_gruppe_ag',
  'ceska_sporitelna', 'dolomitenbank', 'easybank_ag', 'e_platby_v_u_b', 'erste_bank_und_sparkassen',
  'friesland_bank', 'hypo_alpeadriabank_international_ag', 'hypo_noe_lb_fur_niederosterreich_u_wien',
  'hypo_oberosterreich_salzburg_steiermark', 'hypo_tirol_bank_ag', 'hypo_vorarlberg_bank_ag',
  'hypo_bank_burgenland_aktiengesellschaft', 'komercni_banka', 'm_bank', 'marchfelder_bank', 'maybank',
  'oberbank_ag', 'osterreichische_arzte_und_apothekerbank', 'ocbc_bank', 'pay_with_i_n_g', 'place_z_i_p_k_o',
  'platnosc_online_karta_platnicza', 'posojilnica_bank_e_gen', 'postova_banka', 'public_bank',
  'raiffeisen_bankengruppe_osterreich', 'rhb_bank', 'schelhammer_capital_bank_ag', 'standard_chartered_bank',
  'schoellerbank_ag', 'sparda_bank_wien', 'sporo_pay', 'santander_przelew24', 'tatra_pay', 'viamo',
  'volksbank_gruppe', 'volkskreditbank_ag', 'vr_bank_braunau', 'uob_bank', 'pay_with_alior_bank',
  'banki_spoldzielcze', 'pay_with_inteligo', 'b_n_p_paribas_poland', 'bank_nowy_s_a', 'credit_agricole',
  'pay_with_b_o_s', 'pay_with_citi_handlowy', 'pay_with_plus_bank', 'toyota_bank', 'velo_bank',
  'e_transfer_pocztowy24', 'plus_bank', 'etransfer_pocztowy24', 'banki_spbdzielcze', 'bank_nowy_bfg_sa',
  'getin_bank', 'blik', 'noble_pay', 'idea_bank', 'envelo_bank', 'nest_przelew', 'mbank_mtransfer', 'inteligo',
  'pbac_z_ipko', 'bnp_paribas', 'bank_pekao_sa', 'volkswagen_bank', 'alior_bank', 'boz', 'bangkok_bank',
  'krungsri_bank', 'krung_thai_bank', 'the_siam_commercial_bank', 'kasikorn_bank', 'open_bank_success',
  'open_bank_failure', 'open_bank_cancelled', 'aib', 'bank_of_scotland', 'danske_bank', 'first_direct',
  'first_trust', 'halifax', 'lloyds', 'monzo', 'nat_west', 'nationwide_bank', 'royal_bank_of_scotland', 'starling',
  'tsb_bank', 'tesco_bank', 'ulster_bank', 'yoursafe', 'n26', 'nationale_nederlanden',
]);

export const CountryAlpha2 = z.enum([
  'AF', 'AX', 'AL', 'DZ', 'AS', 'AD', 'AO', 'AI', 'AQ', 'AG', 'AR', 'AM', 'AW', 'AU', 'AT', 'AZ', 'BS', 'BH', 'BD',
  'BB', 'BY', 'BE', 'BZ', 'BJ', 'BM', 'BT', 'BO', 'BQ', 'BA', 'BW', 'BV', 'BR', 'IO', 'BN', 'BG', 'BF', 'BI', 'KH',
  'CM', 'CA', 'CV', 'KY', 'CF', 'TD', 'CL', 'CN', 'CX', 'CC', 'CO', 'KM', 'CG', 'CD', 'CK', 'CR', 'CI', 'HR', 'CU',
  'CW', 'CY', 'CZ', 'DK', 'DJ', 'DM', 'DO', 'EC', 'EG', 'SV', 'GQ', 'ER', 'EE', 'ET', 'FK', 'FO', 'FJ', 'FI', 'FR',
  'GF', 'PF', 'TF', 'GA', 'GM', 'GE', 'DE', 'GH', 'GI', 'GR', 'GL', 'GD', 'GP', 'GU', 'GT', 'GG', 'GN', 'GW', 'GY',
  'HT', 'HM', 'VA', 'HN', 'HK', 'HU', 'IS', 'IN', 'ID', 'IR', 'IQ', 'IE', 'IM', 'IL', 'IT', 'JM', 'JP', 'JE', 'JO',
  'KZ', 'KE', 'KI', 'KP', 'KR', 'KW', 'KG', 'LA', 'LV', 'LB', 'LS', 'LR', 'LY', 'LI', 'LT', 'LU', 'MO', 'MK', 'MG',
  'MW', 'MY', 'MV', 'ML', 'MT', 'MH', 'MQ', 'MR', 'MU', 'YT', 'MX', 'FM', 'MD', 'MC', 'MN', 'ME', 'MS', 'MA', 'MZ',
  'MM', 'NA', 'NR', 'NP', 'NL', 'NC', 'NZ', 'NI', 'NE', 'NG', 'NU', 'NF', 'MP', 'NO', 'OM', 'PK', 'PW', 'PS', 'PA',
  'PG', 'PY', 'PE', 'PH', 'PN', 'PL', 'PT', 'PR', 'QA', 'RE', 'RO', 'RU', 'RW', 'BL', 'SH', 'KN', 'LC', 'MF', 'PM',
  'VC', 'WS', 'SM', 'ST', 'SA', 'SN', 'RS', 'SC', 'SL', 'SG', 'SX', 'SK', 'SI', 'SB', 'SO', 'ZA', 'GS', 'SS', 'ES',
  'LK', 'SD', 'SR', 'SJ', 'SZ', 'SE', 'CH', 'SY', 'TW', 'TJ', 'TZ', 'TH', 'TL', 'TG', 'TK', 'TO', 'TT', 'TN', 'TR',
  'TM', 'TC', 'TV', 'UG', 'UA', 'AE', 'GB', 'UM', 'UY', 'UZ', 'VU', 'VE', 'VN', 'VG', 'VI', 'WF', 'EH', 'YE', 'ZM',
  'ZW', 'US',
]);
