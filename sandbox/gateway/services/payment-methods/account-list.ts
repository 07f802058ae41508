import type { GatewayState, Merchant, Payment } from '../../model/state.ts';
import { banksOf, requiredFields } from './method-catalogue.ts';

// GET /account/payment_methods: what Unified Checkout renders from (list_payment_methods in
// crates/router/src/core/payment_methods/cards.rs): each enabled method and type of the merchant's
// active connector accounts with the connectors that take it: card networks for cards, the payment
// experiences the accounts configure (redirect_to_url, invoke_sdk_client…), the banks of bank redirects,
// the connectors of bank debits, and the fields the customer must fill in, keyed by where they go in the
// confirm request (method-catalogue.ts).

/**
 * Connectors whose card payments also need the holder's name: Hyperswitch's payment_connector_required_fields
 * (`card_with_name()` = card_basic + full_name, common to mandate and non-mandate payments) for the connectors the
 * sandbox's processor emulates. Among them only Adyen; Stripe, Checkout.com and the dummy `*_test` connectors take
 * card_basic. The name is asked as billing first and last name, displayed "card_holder_name", type user_full_name.
 */
const CARD_WITH_NAME = new Set(['adyen']);

const fullNameField = (part: 'first_name' | 'last_name') => {
  const required_field = `payment_method_data.billing.address.${part}`;
  return [required_field, { required_field, display_name: 'card_holder_name', field_type: 'user_full_name', value: null }] as const;
};

/** A type's required fields: the method's own (method-catalogue.ts) plus what any eligible connector adds, merged as Hyperswitch merges them across connectors. */
function requiredFieldsFor(paymentMethod: string, paymentMethodType: string, connectors: string[]) {
  const fields = requiredFields(paymentMethodType);
  if (paymentMethod === 'card' && connectors.some((c) => CARD_WITH_NAME.has(c)))
    return { ...fields, ...Object.fromEntries([fullNameField('first_name'), fullNameField('last_name')]) };
  return fields;
}

const DEFAULT_CARD_NETWORKS = ['Visa', 'Mastercard', 'AmericanExpress', 'Discover', 'DinersClub', 'JCB'];

interface TypeEntry {
  payment_method_type: string;
  connectors: Set<string>;
  networks: Map<string, Set<string>>;
  experiences: Map<string, Set<string>>;
}

const addTo = (map: Map<string, Set<string>>, key: string, connector: string) => map.set(key, (map.get(key) ?? new Set<string>()).add(connector));

export function accountPaymentMethods(state: GatewayState, merchant: Merchant, payment: Payment | null) {
  const byMethod = new Map<string, Map<string, TypeEntry>>();
  for (const mca of state.merchantConnectors(merchant.merchant_id)) {
    if (mca.disabled || mca.connector_type !== 'payment_processor') continue;
    for (const enabled of mca.payment_methods_enabled) {
      const types = byMethod.get(enabled.payment_method) ?? new Map<string, TypeEntry>();
      byMethod.set(enabled.payment_method, types);
      for (const t of enabled.payment_method_types ?? []) {
        // A payment outside a type's amount limits does not offer that type.
        if (payment && ((t.minimum_amount != null && payment.amount < t.minimum_amount) || (t.maximum_amount != null && payment.amount > t.maximum_amount)))
          continue;
        const entry = types.get(t.payment_method_type) ?? {
          payment_method_type: t.payment_method_type,
          connectors: new Set<string>(),
          networks: new Map<string, Set<string>>(),
          experiences: new Map<string, Set<string>>(),
        };
        types.set(t.payment_method_type, entry);
        entry.connectors.add(mca.connector_name);
        if (t.payment_experience) addTo(entry.experiences, t.payment_experience, mca.connector_name);
        if (enabled.payment_method === 'card') {
          for (const network of t.card_networks ?? DEFAULT_CARD_NETWORKS) addTo(entry.networks, network, mca.connector_name);
        }
      }
    }
  }
  const payment_methods = [...byMethod]
    .filter(([, types]) => types.size > 0)
    .map(([payment_method, types]) => ({
      payment_method,
      payment_method_types: [...types.values()].map((t) => typeResponse(payment_method, t)),
    }));
  return {
    redirect_url: payment?.return_url ?? merchant.return_url,
    currency: payment?.currency ?? null,
    payment_methods,
    mandate_payment: null,
    merchant_name: merchant.merchant_name,
    show_surcharge_breakup_screen: false,
    payment_type: payment ? (payment.setup_future_usage === 'off_session' ? 'new_mandate' : 'normal') : null,
    request_external_three_ds_authentication: payment?.external_three_ds_requested ?? false,
    collect_shipping_details_from_wallets: false,
    collect_billing_details_from_wallets: false,
    is_tax_calculation_enabled: false,
    sdk_next_action: { next_action: null },
    is_guest_customer: payment ? payment.customer_id === null : true,
  };
}

function typeResponse(paymentMethod: string, t: TypeEntry) {
  const connectors = [...t.connectors];
  const banks = paymentMethod === 'bank_redirect' ? banksOf(t.payment_method_type) : null;
  return {
    payment_method_type: t.payment_method_type,
    payment_experience: t.experiences.size
      ? [...t.experiences].map(([payment_experience_type, eligible]) => ({ payment_experience_type, eligible_connectors: [...eligible] }))
      : null,
    card_networks:
      paymentMethod === 'card'
        ? [...t.networks].map(([card_network, eligible]) => ({ card_network, surcharge_details: null, eligible_connectors: [...eligible] }))
        : null,
    bank_names: banks ? [{ bank_name: banks, eligible_connectors: connectors }] : null,
    bank_debits: paymentMethod === 'bank_debit' ? { eligible_connectors: connectors } : null,
    bank_transfers: null,
    required_fields: requiredFieldsFor(paymentMethod, t.payment_method_type, connectors),
    surcharge_details: null,
    pm_auth_connector: null,
  };
}
