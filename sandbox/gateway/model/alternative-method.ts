import type { PaymentMethodType } from '../../../helpers/schemas/payment-method-enums.ts';

// A non-card payment method as the gateway keeps it; rules/payment-method-data.ts reads one from a request.

/** The non-card payment_method values the sandbox's processor takes. */
export type AlternativePaymentMethod = 'pay_later' | 'bank_redirect' | 'bank_debit' | 'gift_card' | 'wallet';

/** How the processor takes it: the customer visits its page, a debit settling later, or an answer at once. */
export type Flow = 'redirect' | 'debit' | 'direct';

/** A validated non-card method: what the gateway keeps until the processor has it, and what responses show. */
export interface AlternativeMethod {
  payment_method: AlternativePaymentMethod;
  payment_method_type: PaymentMethodType;
  flow: Flow;
  /** What the processor needs and its test environment decides by (account number or IBAN, gift-card number, wallet card's last four); never in a response, dropped once the processor has it. */
  credential: string | null;
  /** payment_method_data as payment responses show it, masked (AdditionalPaymentData). */
  response_data: Record<string, unknown>;
}
