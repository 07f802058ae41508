import type { CardData } from './schemas/payments.ts';
import type { TestCard } from './test-cards.ts';

/** payment_method_data for a test card, with an expiry safely in the future. The holder is the payment's customer (the gateway client writes their name). */
export function cardPaymentMethodData(card: TestCard, now = new Date()): { card: CardData } {
  return {
    card: {
      card_number: card.number,
      card_exp_month: '12',
      card_exp_year: String((now.getUTCFullYear() + 4) % 100).padStart(2, '0'),
      card_cvc: card.brand === 'AmericanExpress' ? '1234' : '123',
    },
  };
}
