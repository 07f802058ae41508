// OwnGateway signs with HMAC-SHA512 under the profile's payment_response_hash_key and sends the MAC
// as lowercase hex. Checked with WebCrypto, whose verify compares in constant time.

const utf8 = new TextEncoder();

/** Is `signatureHex` the HMAC-SHA512 of `message` under `key`? Anything but lowercase hex is not. */
export async function hmacSha512Matches(key: string, message: string, signatureHex: string): Promise<boolean> {
  const signature = lowercaseHexBytes(signatureHex);
  if (!signature) return false;
  const hmacKey = await globalThis.crypto.subtle.importKey('raw', utf8.encode(key), { name: 'HMAC', hash: 'SHA-512' }, false, ['verify']);
  return globalThis.crypto.subtle.verify('HMAC', hmacKey, signature, utf8.encode(message));
}

function lowercaseHexBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}
