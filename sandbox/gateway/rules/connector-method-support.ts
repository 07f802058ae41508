import type { PaymentMethodType } from '../../../helpers/schemas/payment-method-enums.ts';
import { apiErrors } from '../model/api-error.ts';

// Which of the sandbox's non-card methods each real connector's Hyperswitch transformer builds a request
// for. Routing does not look at this (Hyperswitch picks the connector account by payment_methods_enabled
// alone); the transformer then fails with ConnectorError::NotImplemented(get_unimplemented_payment_method_error_message(<name>)),
// which to_payment_failed_response (crates/router/src/core/errors/utils.rs) turns into
// ApiErrorResponse::NotImplemented: IR_00, HTTP 501, "<reason> is not implemented"
// (NotImplementedMessage's Debug, crates/hyperswitch_domain_models/src/errors/api_error_response.rs).
// Connectors not listed (the *_test dummies) keep taking every method the sandbox models.

interface ConnectorSupport {
  /** The name the transformer passes to get_unimplemented_payment_method_error_message: its spelling is in the message. */
  messageName: string;
  /** Allow-listed, so a method the sandbox models later is refused until someone checks the transformer. */
  implements: readonly PaymentMethodType[];
}

const SUPPORT: Readonly<Record<string, ConnectorSupport>> = {
  // crates/hyperswitch_connectors/src/connectors/stripe/transformers.rs: create_stripe_payment_method and the
  // TryFroms it calls take Klarna, Affirm and Afterpay redirects; giropay, iDEAL and EPS; ACH, SEPA and BACS
  // debits; Apple Pay and Google Pay. PaypalRedirect and every gift card are NotImplemented, and so is Sofort:
  // StripePaymentMethodType maps it, but StripePaymentMethodData's TryFrom<&BankRedirectData>, called next, refuses it.
  stripe: {
    messageName: 'stripe',
    implements: ['klarna', 'affirm', 'afterpay_clearpay', 'ideal', 'eps', 'giropay', 'ach', 'bacs', 'sepa', 'google_pay', 'apple_pay'],
  },
  // crates/hyperswitch_connectors/src/connectors/adyen.rs ADYEN_SUPPORTED_PAYMENT_METHODS lists neither giropay nor
  // Sofort, and adyen/transformers.rs refuses both bank redirects as NotImplemented ("Adyen", capitalised);
  // Givex goes through its balance check, PayPal is a redirect.
  adyen: {
    messageName: 'Adyen',
    implements: ['klarna', 'affirm', 'afterpay_clearpay', 'ideal', 'eps', 'ach', 'bacs', 'sepa', 'givex', 'paypal', 'google_pay', 'apple_pay'],
  },
  // crates/hyperswitch_connectors/src/connectors/checkout/transformers.rs: cards and the Google Pay / Apple Pay
  // wallet tokens; every other wallet and every pay-later, bank-redirect, bank-debit and gift-card payment is NotImplemented.
  checkout: { messageName: 'checkout', implements: ['google_pay', 'apple_pay'] },
};

/** Whether OwnGateway's connector of this name takes a payment of this non-card type; true for connectors without an entry. */
export function connectorImplements(connectorName: string, paymentMethodType: PaymentMethodType): boolean {
  const support = SUPPORT[connectorName];
  return support === undefined || support.implements.includes(paymentMethodType);
}

/** Throws Hyperswitch's IR_00 when the routed connector's transformer would not build the request. */
export function refuseUnimplementedMethod(connectorName: string, paymentMethodType: PaymentMethodType): void {
  if (connectorImplements(connectorName, paymentMethodType)) return;
  throw apiErrors.notImplemented(`Selected payment method through ${SUPPORT[connectorName]!.messageName}`);
}

/** The connectors the table constrains, for tests that hold the profiles to it. */
export const constrainedConnectors = Object.keys(SUPPORT);
