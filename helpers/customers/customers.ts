import { createHash } from 'node:crypto';
import {
  Faker,
  base,
  da,
  de,
  de_CH,
  en,
  en_AU,
  en_CA,
  en_GB,
  en_IN,
  en_US,
  es,
  es_MX,
  fr,
  fr_SN,
  ja,
  ko,
  nb_NO,
  pl,
  pt_BR,
  sv,
  vi,
  ar,
  type LocaleDefinition,
} from '@faker-js/faker';
import type { PaymentCustomerFields } from '../schemas/payments.ts';

// The people in golive's payments: made by faker in the country whose currency the payment is in,
// from a seed, so a run can be replayed person for person (GOLIVE_SEED). Card numbers are not made
// here: they stay the connector profile's test cards.

interface CurrencyCountry {
  locale: LocaleDefinition;
  country: string;
  callingCode: string;
}

// One country per currency golive knows (helpers/money/money.ts); where faker has no locale for it, the
// nearest language it has.
const COUNTRY_BY_CURRENCY: Readonly<Record<string, CurrencyCountry>> = {
  USD: { locale: en_US, country: 'US', callingCode: '+1' },
  EUR: { locale: de, country: 'DE', callingCode: '+49' },
  GBP: { locale: en_GB, country: 'GB', callingCode: '+44' },
  INR: { locale: en_IN, country: 'IN', callingCode: '+91' },
  AUD: { locale: en_AU, country: 'AU', callingCode: '+61' },
  CAD: { locale: en_CA, country: 'CA', callingCode: '+1' },
  SGD: { locale: en, country: 'SG', callingCode: '+65' },
  CHF: { locale: de_CH, country: 'CH', callingCode: '+41' },
  SEK: { locale: sv, country: 'SE', callingCode: '+46' },
  NOK: { locale: nb_NO, country: 'NO', callingCode: '+47' },
  DKK: { locale: da, country: 'DK', callingCode: '+45' },
  PLN: { locale: pl, country: 'PL', callingCode: '+48' },
  BRL: { locale: pt_BR, country: 'BR', callingCode: '+55' },
  MXN: { locale: es_MX, country: 'MX', callingCode: '+52' },
  JPY: { locale: ja, country: 'JP', callingCode: '+81' },
  KRW: { locale: ko, country: 'KR', callingCode: '+82' },
  VND: { locale: vi, country: 'VN', callingCode: '+84' },
  CLP: { locale: es, country: 'CL', callingCode: '+56' },
  ISK: { locale: en, country: 'IS', callingCode: '+354' },
  XOF: { locale: fr_SN, country: 'SN', callingCode: '+221' },
  XAF: { locale: fr, country: 'CM', callingCode: '+237' },
  UGX: { locale: en, country: 'UG', callingCode: '+256' },
  KWD: { locale: ar, country: 'KW', callingCode: '+965' },
  BHD: { locale: ar, country: 'BH', callingCode: '+973' },
  JOD: { locale: ar, country: 'JO', callingCode: '+962' },
  OMR: { locale: ar, country: 'OM', callingCode: '+968' },
  TND: { locale: fr, country: 'TN', callingCode: '+216' },
  LYD: { locale: ar, country: 'LY', callingCode: '+218' },
  IQD: { locale: ar, country: 'IQ', callingCode: '+964' },
};

export interface Address {
  firstName: string;
  lastName: string;
  line1: string;
  line2: string;
  city: string;
  state: string;
  zip: string;
  country: string;
}

export interface Customer {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  /** National number, digits only; `callingCode` is the country's prefix. */
  phone: string;
  callingCode: string;
  billing: Address;
  shipping: Address;
}

export function currencyCountry(currency: string): CurrencyCountry {
  const country = COUNTRY_BY_CURRENCY[currency];
  if (!country)
    throw new RangeError(
      `currency: expected one of ${Object.keys(COUNTRY_BY_CURRENCY).join(', ')} to pick the customer's country, got ${JSON.stringify(currency)}`,
    );
  return country;
}

/** A 32-bit seed for one use of the run's seed (a test id, a currency, a position), so each draws its own people. */
export function derivedSeed(runSeed: number, ...parts: readonly (string | number)[]): number {
  return createHash('sha256')
    .update([runSeed, ...parts].join('\u0000'))
    .digest()
    .readUInt32BE(0);
}

/** The same seed and currency always give the same customer. */
export function fakeCustomer(seed: number, currency: string): Customer {
  const { locale, country, callingCode } = currencyCountry(currency);
  const faker = new Faker({ locale: [locale, en, base] });
  faker.seed(seed);
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const address = (): Address => ({
    firstName,
    lastName,
    line1: faker.location.streetAddress(),
    line2: faker.location.secondaryAddress(),
    city: faker.location.city(),
    state: faker.location.state(),
    zip: faker.location.zipCode(),
    country,
  });
  const billing = address();
  return {
    id: `cus_${faker.string.alphanumeric({ length: 24, casing: 'lower' })}`,
    firstName,
    lastName,
    // example.com is reserved (RFC 2606): no mail can ever reach a real person.
    email: faker.internet.exampleEmail({ firstName, lastName }).toLowerCase(),
    phone: nationalNumber(faker, callingCode),
    callingCode,
    billing,
    // Most orders ship where they are billed; some go elsewhere, as in real traffic.
    shipping: faker.datatype.boolean(0.7) ? billing : address(),
  };
}

// faker's international format where the locale's numbers are the currency country's, else plain digits.
function nationalNumber(faker: Faker, callingCode: string): string {
  const international = faker.phone.number({ style: 'international' });
  if (international.startsWith(callingCode)) return international.slice(callingCode.length).replace(/\D/g, '');
  return faker.string.numeric({ length: 8, allowLeadingZeros: false });
}

/** The customer as Hyperswitch's payments create takes it: customer_id, the customer object, billing and shipping. */
export function paymentCustomerFields(customer: Customer): PaymentCustomerFields {
  const name = `${customer.firstName} ${customer.lastName}`;
  const phone = { number: customer.phone, country_code: customer.callingCode };
  const address = (a: Address) => ({
    address: { first_name: a.firstName, last_name: a.lastName, line1: a.line1, line2: a.line2, city: a.city, state: a.state, zip: a.zip, country: a.country },
    phone,
    email: customer.email,
  });
  return {
    customer_id: customer.id,
    customer: { id: customer.id, name, email: customer.email, phone: customer.phone, phone_country_code: customer.callingCode },
    billing: address(customer.billing),
    shipping: address(customer.shipping),
  };
}

/** A test's customers: one per currency, the same for the same seed and test. */
export class CustomerBook {
  readonly seed: number;
  readonly #byCurrency = new Map<string, Customer>();
  constructor(seed: number) {
    this.seed = seed;
  }

  for(currency: string): Customer {
    let customer = this.#byCurrency.get(currency);
    if (!customer) this.#byCurrency.set(currency, (customer = fakeCustomer(derivedSeed(this.seed, currency), currency)));
    return customer;
  }
}
