import { createHmac, timingSafeEqual } from 'node:crypto';

export type HmacAlgorithm = 'sha256' | 'sha512';

export function hmacHex(algorithm: HmacAlgorithm, key: string | Buffer, message: string | Buffer): string {
  return createHmac(algorithm, key).update(message).digest('hex');
}

export function hmacBase64(algorithm: HmacAlgorithm, key: string | Buffer, message: string | Buffer): string {
  return createHmac(algorithm, key).update(message).digest('base64');
}

/** Constant-time comparison of two encoded signatures; different lengths are simply unequal. */
export function signaturesEqual(expected: string, received: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  return a.length === b.length && timingSafeEqual(a, b);
}
