import type { Merchant } from './state.ts';

// Who is calling, from the key in the `api-key` header (http/auth.ts tells which): services that answer
// the client and the merchant alike (3DS authentication) decide by it.

export type Caller =
  | { kind: 'admin' }
  | { kind: 'secret'; merchant: Merchant }
  | { kind: 'publishable'; merchant: Merchant }
  /** An ephemeral key: a customer's own view from the client (their record and saved methods only). */
  | { kind: 'ephemeral'; merchant: Merchant; customerId: string };
