import { randomFillSync } from 'node:crypto';

// Ids drew their own randomBytes (a system call each, several per payment on both sides of the
// processor call); one pool refilled when spent gives the same cryptographic randomness for a
// fraction of the calls. Shared by the gateway's ids and the connector simulator's.

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

/** `length` random bytes, copied out of the pool (the caller may keep and change them). */
export function randomPooledBytes(length: number): Buffer {
  if (length > pool.length) throw new RangeError(`at most ${pool.length} random bytes at a time, asked for ${length}`);
  if (poolOffset + length > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + length));
  poolOffset += length;
  return bytes;
}

export function randomHex(bytes: number): string {
  return randomPooledBytes(bytes).toString('hex');
}

export function randomAlphanumeric(length: number): string {
  let out = '';
  // Rejection sampling keeps the distribution uniform over 62 characters.
  while (out.length < length) {
    if (poolOffset === pool.length) {
      randomFillSync(pool);
      poolOffset = 0;
    }
    const byte = pool[poolOffset++]!;
    if (byte < 248) out += ALPHANUMERIC[byte % 62];
  }
  return out;
}
