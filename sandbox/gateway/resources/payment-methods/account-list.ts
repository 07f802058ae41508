import type { GatewayState, Merchant, Payment } from '../../state.ts';

// GET /account/payment_methods: what Unified Checkout renders from (list_payment_methods in
// crates/router/src/core/payment_methods/cards.rs): each enabled method and type of the merchant's
// active connector accounts, card networks with their eligible connectors, and the fields the
// customer must fill in, keyed by where they go in the confirm request.

const DEFAULT_CARD_NETWORKS = ['Visa', 'Mastercard', 'AmericanExpress', 'Discover', 'DinersClub', 'JCB'];

const CARD_REQUIRED_FIELDS = {
  'payment_method_data.card.card_number': { required_field: 'payment_method_data.card.card_number', display_name: 'card_number', field_type: 'user_card_number', value: null },
  'payment_method_data.card.card_exp_month': { required_field: 'payment_method_data.card.card_exp_month', display_name: 'card_exp_month', field_type: 'user_card_expiry_month', value: null },
  'payment_method_data.card.card_exp_year': { required_field: 'payment_method_data.card.card_exp_year', display_name: 'card_exp_year', field_type: 'user_card_expiry_year', value: null },
  'payment_method_data.card.card_cvc': { required_field: 'payment_method_data.card.card_cvc', display_name: 'card_cvc', field_type: 'user_card_cvc', value: null },
};

interface TypeEntry { payment_method_type: string; networks: Map<string, Set<string>>; minimum: number | null; maximum: number | null }

export function accountPaymentMethods(state: GatewayState, merchant: Merchant, payment: Payment | null) {
  const byMethod = new Map<string, Map<string, TypeEntry>>();
  for (const mca of state.merchantConnectors(merchant.merchant_id)) {
    if (mca.disabled || mca.connector_type !== 'payment_processor') continue;
    for (const enabled of mca.payment_methods_enabled) {
      const types = byMethod.get(enabled.payment_method) ?? new Map<string, TypeEntry>();
      byMethod.set(enabled.payment_method, types);
      for (const t of enabled.payment_method_types ?? []) {
        // A payment outside a type's amount limits does not offer that type.
        if (payment && ((t.minimum_amount != null && payment.amount < t.minimum_amount) || (t.maximum_amount != null && payment.amount > t.maximum_amount))) continue;
        const entry = types.get(t.payment_method_type) ?? { payment_method_type: t.payment_method_type, networks: new Map<string, Set<string>>(), minimum: null, maximum: null };
        types.set(t.payment_method_type, entry);
        if (enabled.payment_method === 'card') {
          for (const network of t.card_networks ?? DEFAULT_CARD_NETWORKS) {
            const connectors = entry.networks.get(network) ?? new Set<string>();
            connectors.add(mca.connector_name);
            entry.networks.set(network, connectors);
          }
        }
      }
    }
  }
  const payment_methods = [...byMethod].filter(([, types]) => types.size > 0).map(([payment_method, types]) => ({
    payment_method,
    payment_method_types: [...types.values()].map((t) => ({
      payment_method_type: t.payment_method_type,
      payment_experience: null,
      card_networks: payment_method === 'card' ? [...t.networks].map(([card_network, connectors]) => ({ card_network, surcharge_details: null, eligible_connectors: [...connectors] })) : null,
      bank_names: null, bank_debits: null, bank_transfers: null,
      required_fields: payment_method === 'card' ? CARD_REQUIRED_FIELDS : {},
      surcharge_details: null, pm_auth_connector: null,
    })),
  }));
  return {
    redirect_url: payment?.return_url ?? merchant.return_url, currency: payment?.currency ?? null, payment_methods,
    mandate_payment: null, merchant_name: merchant.merchant_name, show_surcharge_breakup_screen: false,
    payment_type: payment ? (payment.setup_future_usage === 'off_session' ? 'new_mandate' : 'normal') : null,
    request_external_three_ds_authentication: payment?.external_three_ds_requested ?? false, collect_shipping_details_from_wallets: false, collect_billing_details_from_wallets: false,
    is_tax_calculation_enabled: false, sdk_next_action: { next_action: null }, is_guest_customer: payment ? payment.customer_id === null : true,
  };
}
