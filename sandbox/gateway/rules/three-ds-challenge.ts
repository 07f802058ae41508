import type { NextAction } from '../model/next-action.ts';
import type { GatewayState, Payment } from '../model/state.ts';

// Which challenge a payment's customer gets. Hyperswitch with an external authentication connector
// (netcetera, the juspay 3DS server...) answers the confirm with next_action "three_ds_invoke" and
// Unified Checkout runs the challenge in its overlay; otherwise the customer is redirected to the
// processor's page. The in-page form only when the payment asks for it
// (request_external_three_ds_authentication) and the merchant has an authentication connector.

const hasAuthenticationConnector = (state: GatewayState, merchantId: string) =>
  state.merchantConnectors(merchantId).some((mca) => mca.connector_type === 'authentication_processor' && !mca.disabled);

/** Where the challenge result goes: it finishes the payment and sends the whole page back to the merchant. */
export const authorizeUrl = (gatewayUrl: string, payment: Payment) =>
  `${gatewayUrl}/payments/${payment.payment_id}/${payment.merchant_id}/authorize/${payment.connector ?? ''}`;

/** What the customer must do at the connector (3DS, or a redirect method's page): the in-page 3DS flow when asked for and possible, else the redirect. */
export function challengeAction(state: GatewayState, gatewayUrl: string, payment: Payment): NextAction {
  // A redirect payment method (bank, pay later, PayPal) always sends the customer to the processor's page.
  if (payment.method_summary || !payment.external_three_ds_requested || !hasAuthenticationConnector(state, payment.merchant_id)) {
    return { type: 'redirect_to_url', redirect_to_url: `${gatewayUrl}/payments/redirect/${payment.payment_id}/${payment.merchant_id}/${payment.attempt_id}` };
  }
  return {
    type: 'three_ds_invoke',
    three_ds_data: {
      three_ds_authentication_url: `${gatewayUrl}/payments/${payment.payment_id}/3ds/authentication`,
      three_ds_authorize_url: authorizeUrl(gatewayUrl, payment),
      three_ds_method_details: {
        three_ds_method_key: 'threeDSMethodData',
        three_ds_method_data_submission: false,
        three_ds_method_data: '',
        three_ds_method_url: null,
      },
      poll_config: { poll_id: `external_authentication_${payment.payment_id}`, delay_in_secs: 2, frequency: 5 },
      message_version: '2.2.0',
      directory_server_id: 'A000000003',
    },
  };
}
