import { luhnValid } from '../../../helpers/cards/test-cards.ts';
import { apiErrors } from '../model/api-error.ts';
import type { CardOnFile } from '../model/state.ts';

// Card checks in Hyperswitch's order and words. The number is checked while the body is deserialised
// (cards::CardNumber, crates/cards/src/validate.rs: a serde error, 400 IR_06); CVC and expiry are
// checked by validate_card_data / validate_card_expiry (core/payments/helpers.rs) before any
// connector is called: 400 IR_16 (PreconditionFailed), or IR_07 when a field is not a number at all.

const MIN_CARD_NUMBER_LENGTH = 8;
const MAX_CARD_NUMBER_LENGTH = 19;

export interface CardInput {
  card_number: string;
  card_exp_month: string;
  card_exp_year: string;
  card_cvc: string;
  card_holder_name?: string | undefined;
}

/** cards::CardNumber's checks, whitespace removed; returns the digits. */
export function validateCardNumber(cardNumber: string): string {
  const number = cardNumber.split(/\s+/).join('');
  if (!/^\d*$/.test(number)) throw apiErrors.jsonDeserialize('invalid character found in card number');
  if (number.length < MIN_CARD_NUMBER_LENGTH || number.length > MAX_CARD_NUMBER_LENGTH) throw apiErrors.jsonDeserialize('invalid card number length');
  if (!luhnValid(number)) throw apiErrors.jsonDeserialize('card number invalid');
  return number;
}

export function cardNetwork(number: string): string {
  if (number.startsWith('4')) return 'Visa';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'Mastercard';
  if (/^3[47]/.test(number)) return 'AmericanExpress';
  if (/^(6011|65|64[4-9])/.test(number)) return 'Discover';
  if (/^3(0[0-5]|[68])/.test(number)) return 'DinersClub';
  if (/^35/.test(number)) return 'JCB';
  return 'Unknown';
}

export function validateCard(card: CardInput, now: Date = new Date()): CardOnFile {
  const number = validateCardNumber(card.card_number);

  if (card.card_cvc.length < 3 || card.card_cvc.length > 4) throw apiErrors.preconditionFailed('Invalid card_cvc length');
  if (!/^\d+$/.test(card.card_cvc)) throw apiErrors.invalidValue('card_cvc');

  const month = parseUnsigned(card.card_exp_month, 255);
  if (month === null) throw apiErrors.invalidValue('card_exp_month');
  if (month < 1 || month > 12) throw apiErrors.preconditionFailed('Invalid Expiry Month');
  const year = parseUnsigned(card.card_exp_year.length === 2 ? `20${card.card_exp_year}` : card.card_exp_year, 65535);
  if (year === null) throw apiErrors.invalidValue('card_exp_year');
  if (year < now.getUTCFullYear()) throw apiErrors.preconditionFailed('Invalid Expiry Year');
  if (isExpired(month, year, now)) throw apiErrors.preconditionFailed('Card Expired');

  return { number, exp_month: card.card_exp_month, exp_year: card.card_exp_year, cvc: card.card_cvc, holder_name: card.card_holder_name };
}

/** Rust's u8/u16 `parse`: digits only (an optional "+"), within the type's range. */
function parseUnsigned(text: string, max: number): number | null {
  if (!/^\+?\d+$/.test(text)) return null;
  const value = Number(text);
  return value <= max ? value : null;
}

/** Valid through the last day of the month, plus a day for time zones ahead of UTC (CardExpiration::is_expired). */
function isExpired(month: number, year: number, now: Date): boolean {
  // Date.UTC's month is 0-based, so `month` here is the first day of the following month.
  return now.getTime() > Date.UTC(year, month, 1);
}
