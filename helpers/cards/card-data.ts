import type { CardData } from '../schemas/payments.ts';

/** What a card needs to be typed or sent: golive's catalogue cards and the connector profiles' cards both fit. */
export interface PayableCard {
  readonly number: string;
  readonly brand: string;
  /** The connector's own test CVC (Adyen's 737); otherwise any, four digits for Amex. */
  readonly cvc?: string;
  /** Only where the connector decides by it (Adyen's refusals); otherwise the payment's customer. */
  readonly holderName?: string;
}

export function cardCvc(card: PayableCard): string {
  return card.cvc ?? (card.brand === 'AmericanExpress' ? '1234' : '123');
}

/** A test card's fields, with an expiry safely in the future. The holder is the payment's customer (the gateway client writes their name) unless the card names one. */
export function testCardData(card: PayableCard, now = new Date()): CardData {
  return {
    card_number: card.number,
    card_exp_month: '12',
    card_exp_year: String((now.getUTCFullYear() + 4) % 100).padStart(2, '0'),
    card_cvc: cardCvc(card),
    ...(card.holderName ? { card_holder_name: card.holderName } : {}),
  };
}

/** The fields of a payment request that pay with a test card. Hyperswitch refuses card data without `payment_method` (IR_04). */
export function payWithCard(card: PayableCard, now = new Date()): { payment_method: 'card'; payment_method_data: { card: CardData } } {
  return { payment_method: 'card', payment_method_data: { card: testCardData(card, now) } };
}
