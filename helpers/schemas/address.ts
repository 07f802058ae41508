import { z } from 'zod';

// Hyperswitch's Address (crates/api_models/src/payments.rs): billing, shipping and a payment method's
// own billing details. Every part is optional; nulls are allowed where the API returns them.

export const AddressDetails = z.looseObject({
  line1: z.string().nullish(),
  line2: z.string().nullish(),
  line3: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  zip: z.string().nullish(),
  country: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
});

export const Address = z.looseObject({
  address: AddressDetails.nullish(),
  phone: z.looseObject({ number: z.string().nullish(), country_code: z.string().nullish() }).nullish(),
  email: z.string().nullish(),
});
export type Address = z.infer<typeof Address>;

/** What the browser reports for 3DS (BrowserInformation); stored and echoed back. */
export const BrowserInfo = z.record(z.string(), z.unknown());

export const CustomerAcceptance = z.looseObject({
  acceptance_type: z.enum(['online', 'offline']),
  accepted_at: z.string().nullish(),
  online: z.looseObject({ ip_address: z.string().nullish(), user_agent: z.string().nullish() }).nullish(),
});
export type CustomerAcceptance = z.infer<typeof CustomerAcceptance>;
