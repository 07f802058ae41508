import { hmacHex, signaturesEqual } from './hmac.ts';

// Hyperswitch signs the merchant redirect (crates/router/src/core/payments/helpers.rs,
// hmac_sha512_sorted_query_params): every query pair, decoded, sorted by key then value,
// joined as k=v with &, HMAC-SHA512 with the profile's payment_response_hash_key, hex.

export const RETURN_URL_SIGNATURE_ALGORITHM = 'HMAC-SHA512';

export function returnUrlSigningString(pairs: readonly (readonly [string, string])[]): string {
  return [...pairs]
    .sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

export function signReturnUrlParams(pairs: readonly (readonly [string, string])[], hashKey: string): string {
  return hmacHex('sha512', hashKey, returnUrlSigningString(pairs));
}

/** Appends `signature` and `signature_algorithm` to a URL whose query already holds the payment's parameters. */
export function signReturnUrl(url: URL, hashKey: string): URL {
  const signed = new URL(url);
  const signature = signReturnUrlParams([...signed.searchParams.entries()], hashKey);
  signed.searchParams.append('signature', signature);
  signed.searchParams.append('signature_algorithm', RETURN_URL_SIGNATURE_ALGORITHM);
  return signed;
}

export type ReturnUrlVerification =
  { valid: true; params: Record<string, string> } | { valid: false; reason: 'missing_signature' | 'unsupported_algorithm' | 'signature_mismatch' };

/** What a merchant's return handler must do before it trusts any parameter of the redirect. */
export function verifyReturnUrlSignature(url: URL | string, hashKey: string): ReturnUrlVerification {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  const received = parsed.searchParams.get('signature');
  if (!received) return { valid: false, reason: 'missing_signature' };
  const algorithm = parsed.searchParams.get('signature_algorithm');
  if (algorithm !== null && algorithm !== RETURN_URL_SIGNATURE_ALGORITHM) return { valid: false, reason: 'unsupported_algorithm' };
  const pairs = [...parsed.searchParams.entries()].filter(([k]) => k !== 'signature' && k !== 'signature_algorithm');
  if (!signaturesEqual(signReturnUrlParams(pairs, hashKey), received)) return { valid: false, reason: 'signature_mismatch' };
  return { valid: true, params: Object.fromEntries(pairs) };
}
