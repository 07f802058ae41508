import { createHmac, timingSafeEqual } from 'node:crypto';

// OwnGateway signs what it sends the shop with the profile's payment_response_hash_key, as Hyperswitch
// does: hex(HMAC-SHA512(key, message)). Nothing it says is believed before its signature is checked.

/** The header carrying an outgoing webhook's signature (Node lower-cases header names). */
export const WEBHOOK_SIGNATURE_HEADER = 'x-webhook-signature-512';

/** The only algorithm OwnGateway names in `signature_algorithm`. */
const REDIRECT_SIGNATURE_ALGORITHM = 'HMAC-SHA512';
const SHA512_HEX = /^[0-9a-f]{128}$/i;

function hmacSha512(key: string, message: string): Buffer {
  return createHmac('sha512', key).update(message, 'utf8').digest();
}

/** Compares in constant time; anything but 128 hex digits is no signature at all. */
function isSignatureOf(expected: Buffer, received: string | undefined): boolean {
  if (received === undefined || !SHA512_HEX.test(received)) return false;
  return timingSafeEqual(expected, Buffer.from(received, 'hex'));
}

/** A webhook is signed over the exact bytes of its body: verify those, never a re-serialised copy. */
export function isGenuineWebhook(rawBody: string, signature: string | undefined, hashKey: string): boolean {
  return isSignatureOf(hmacSha512(hashKey, rawBody), signature);
}

export type RedirectVerdict = { genuine: true } | { genuine: false; reason: 'missing_signature' | 'unsupported_algorithm' | 'signature_mismatch' };

/**
 * The customer's redirect back to the shop: OwnGateway signs every query parameter (percent-decoded,
 * sorted by key then value, written `key=value` and joined with `&`), then appends `signature` and
 * `signature_algorithm`.
 */
export function verifyRedirect(url: URL, hashKey: string): RedirectVerdict {
  const signature = url.searchParams.get('signature');
  if (!signature) return { genuine: false, reason: 'missing_signature' };
  const algorithm = url.searchParams.get('signature_algorithm');
  if (algorithm !== null && algorithm !== REDIRECT_SIGNATURE_ALGORITHM) return { genuine: false, reason: 'unsupported_algorithm' };
  const signed = [...url.searchParams]
    .filter(([key]) => key !== 'signature' && key !== 'signature_algorithm')
    .sort(([keyA, valueA], [keyB, valueB]) => byteOrder(keyA, keyB) || byteOrder(valueA, valueB))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  return isSignatureOf(hmacSha512(hashKey, signed), signature) ? { genuine: true } : { genuine: false, reason: 'signature_mismatch' };
}

/** OwnGateway sorts Rust strings, i.e. by their UTF-8 bytes. */
function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
