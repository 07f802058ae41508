import {
  bankDebitOutcome,
  connectorDebitOutcome,
  methodTestEnvironment,
  type BankDebitType,
  type MethodOutcome,
} from '../../helpers/connectors/test-payment-methods.ts';
import type { ConnectorAuthorizeRequest, ConnectorPaymentMethod } from './protocol.ts';

// How the processor answers a payment that is not a card, from its connector's test data
// (helpers/connectors/test-payment-methods.ts, chosen by the request's connector as the card tables are): redirect methods
// wait for the customer on the processor's page (redirect-page.ts), bank debits are pending until the bank
// settles or returns them (reported by webhook) unless the processor authorises them at once, gift cards and
// wallet tokens answer at once.

export type MethodResult = { kind: 'redirect' } | { kind: 'pending'; settles: MethodOutcome } | MethodOutcome;

const DEBIT_TYPES: readonly string[] = ['ach', 'bacs', 'sepa'] satisfies BankDebitType[];
const isDebitType = (type: string): type is BankDebitType => DEBIT_TYPES.includes(type);

export function methodResult(method: ConnectorPaymentMethod, request: Pick<ConnectorAuthorizeRequest, 'amount' | 'currency' | 'connector'>): MethodResult {
  const connector = request.connector ?? 'dummy';
  const credential = method.credential ?? '';
  switch (method.flow) {
    case 'redirect':
      return { kind: 'redirect' };
    case 'debit': {
      // A debit type the tables do not know keeps the dummy connectors' answer.
      if (!isDebitType(method.payment_method_type)) return { kind: 'pending', settles: bankDebitOutcome(credential) };
      const debit = connectorDebitOutcome(connector, method.payment_method_type, credential);
      return debit.atOnce ? debit.settles : { kind: 'pending', settles: debit.settles };
    }
    case 'direct': {
      const environment = methodTestEnvironment(connector);
      return method.payment_method === 'gift_card'
        ? environment.giftCardOutcome({ credential, amount: request.amount, currency: request.currency })
        : environment.walletOutcome(credential);
    }
  }
}

/** Human names for the processor's pages. */
const LABELS: Record<string, string> = {
  klarna: 'Klarna',
  affirm: 'Affirm',
  afterpay_clearpay: 'Afterpay',
  ideal: 'iDEAL',
  eps: 'EPS',
  sofort: 'Sofort',
  giropay: 'giropay',
  paypal: 'PayPal',
};

export const methodLabel = (paymentMethodType: string | null): string =>
  paymentMethodType ? (LABELS[paymentMethodType] ?? paymentMethodType) : 'Sandbox bank';
