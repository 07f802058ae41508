import type { CardData } from './schemas/payments.ts';
import type { TestCard } from './test-cards.ts';

/** A test card's fields, with an expiry safely in the future. The holder is the payment's customer (the gateway client writes their name). */
export function testCardData(card: TestCard, now = new Date()): CardData {
  return {
    card_number: card.number,
    card_exp_month: '12',
    card_exp_year: String((now.getUTCFullYear() + 4) % 100).padStart(2, '0'),
    card_cvc: card.brand === 'AmericanExpress' ? '1234' : '123',
  };
}

/** The fields of a payment request that pay with a test card. Hyperswitch refuses card data without `payment_method` (IR_04). */
export function payWithCard(card: TestCard, now = new Date()): { payment_method: 'card'; payment_method_data: { card: CardData } } {
  return { payment_method: 'card', payment_method_data: { card: testCardData(card, now) } };
}
