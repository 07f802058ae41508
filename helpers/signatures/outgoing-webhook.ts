import { hmacHex, signaturesEqual } from './hmac.ts';

// Hyperswitch signs each outgoing merchant webhook (crates/router/src/core/webhooks/outgoing.rs):
// hex(HMAC-SHA512(payment_response_hash_key, exact body bytes)) in X-Webhook-Signature-512.

export const OUTGOING_WEBHOOK_SIGNATURE_HEADER = 'x-webhook-signature-512';

export function signOutgoingWebhook(rawBody: string | Buffer, hashKey: string): string {
  return hmacHex('sha512', hashKey, rawBody);
}

export function verifyOutgoingWebhookSignature(rawBody: string | Buffer, signature: string | undefined, hashKey: string): boolean {
  if (!signature) return false;
  return signaturesEqual(signOutgoingWebhook(rawBody, hashKey), signature.toLowerCase());
}
