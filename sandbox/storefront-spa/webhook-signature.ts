import { hmacSha512Matches } from './hmac-sha512.ts';

// OwnGateway signs each webhook over the exact body bytes it sends, HMAC-SHA512 in hex, in
// X-Webhook-Signature-512. Verified over the raw body, before anything parses it.

export const WEBHOOK_SIGNATURE_HEADER = 'x-webhook-signature-512';

export function webhookSignatureMatches(rawBody: string, header: string | undefined, hashKey: string): Promise<boolean> {
  if (!header) return Promise.resolve(false);
  // A header value is hex in either case to us.
  return hmacSha512Matches(hashKey, rawBody, header.toLowerCase());
}
