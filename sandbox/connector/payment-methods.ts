import { bankDebitOutcome, giftCardOutcome, walletCardOutcome, type MethodOutcome } from '../../helpers/test-payment-methods.ts';
import type { ConnectorPaymentMethod } from './protocol.ts';

// How the processor answers a payment that is not a card, from its test data (helpers/test-payment-methods.ts):
// redirect methods wait for the customer on the processor's page (redirect-page.ts), bank debits are pending
// until the bank settles or returns them (reported by webhook), gift cards and wallet tokens answer at once.

export type MethodResult =
  | { kind: 'redirect' }
  | { kind: 'pending'; settles: MethodOutcome }
  | MethodOutcome;

export function methodResult(method: ConnectorPaymentMethod): MethodResult {
  const credential = method.credential ?? '';
  switch (method.flow) {
    case 'redirect': return { kind: 'redirect' };
    case 'debit': return { kind: 'pending', settles: bankDebitOutcome(credential) };
    case 'direct': return method.payment_method === 'gift_card' ? giftCardOutcome(credential) : walletCardOutcome(credential);
  }
}

/** Human names for the processor's pages. */
const LABELS: Record<string, string> = {
  klarna: 'Klarna', affirm: 'Affirm', afterpay_clearpay: 'Afterpay', ideal: 'iDEAL', eps: 'EPS', sofort: 'Sofort', giropay: 'giropay', paypal: 'PayPal',
};

export const methodLabel = (paymentMethodType: string | null): string => (paymentMethodType ? LABELS[paymentMethodType] ?? paymentMethodType : 'Sandbox bank');
