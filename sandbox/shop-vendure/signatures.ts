import { createHmac, timingSafeEqual } from 'node:crypto';

// OwnGateway's two signatures, as its docs describe them (Hyperswitch: payment response hash):
// - the return URL: HMAC-SHA512 over every other query pair, decoded, sorted by key then value,
//   joined as k=v with &; hex in `signature`, `signature_algorithm=HMAC-SHA512` beside it;
// - a webhook: HMAC-SHA512 over the exact request body bytes, hex in X-Webhook-Signature-512.
// Both keyed with the merchant's payment response hash key.

export const WEBHOOK_SIGNATURE_HEADER = 'x-webhook-signature-512';

function sameHex(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received.trim().toLowerCase(), 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export type ReturnSignatureCheck = { valid: true } | { valid: false; reason: string };

export function checkReturnUrlSignature(url: URL, hashKey: string): ReturnSignatureCheck {
  const signature = url.searchParams.get('signature');
  if (!signature) return { valid: false, reason: 'the return URL carries no signature' };
  const algorithm = url.searchParams.get('signature_algorithm');
  if (algorithm !== null && algorithm !== 'HMAC-SHA512') return { valid: false, reason: `unsupported signature algorithm ${algorithm}` };
  const message = [...url.searchParams.entries()]
    .filter(([key]) => key !== 'signature' && key !== 'signature_algorithm')
    .sort(([ka, va], [kb, vb]) => (ka === kb ? (va < vb ? -1 : va > vb ? 1 : 0) : ka < kb ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const expected = createHmac('sha512', hashKey).update(message, 'utf8').digest('hex');
  return sameHex(expected, signature) ? { valid: true } : { valid: false, reason: 'the return URL signature does not match' };
}

/** Checks X-Webhook-Signature-512 with WebCrypto (asynchronous: the answer is a promise, to be awaited). */
export async function webhookSignatureIsValid(rawBody: Buffer, header: string | undefined, hashKey: string): Promise<boolean> {
  if (!header) return false;
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(hashKey), { name: 'HMAC', hash: 'SHA-512' }, false, ['sign']);
  const mac = Buffer.from(await crypto.subtle.sign('HMAC', key, new Uint8Array(rawBody))).toString('hex');
  return sameHex(mac, header);
}
