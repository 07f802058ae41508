import { hmacSha512Matches } from './hmac-sha512.ts';

// OwnGateway sends the customer back to return_url with the payment's status, id, client secret and
// amount in the query, signed: every query pair (decoded, the shop's own `ref` included) sorted by key
// then value, joined as k=v with &, HMAC-SHA512'd; then `signature` and `signature_algorithm=HMAC-SHA512`
// are appended.

export type ReturnUrlCheck = { valid: true } | { valid: false; reason: 'missing_signature' | 'unsupported_algorithm' | 'signature_mismatch' };

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function checkReturnUrlSignature(url: URL, hashKey: string): Promise<ReturnUrlCheck> {
  const signature = url.searchParams.get('signature');
  if (!signature) return { valid: false, reason: 'missing_signature' };
  const algorithm = url.searchParams.get('signature_algorithm');
  if (algorithm !== null && algorithm !== 'HMAC-SHA512') return { valid: false, reason: 'unsupported_algorithm' };
  const signed = [...url.searchParams]
    .filter(([key]) => key !== 'signature' && key !== 'signature_algorithm')
    .sort(([keyA, valueA], [keyB, valueB]) => compare(keyA, keyB) || compare(valueA, valueB))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  return (await hmacSha512Matches(hashKey, signed, signature)) ? { valid: true } : { valid: false, reason: 'signature_mismatch' };
}
