import { randomUUID } from 'node:crypto';
import { randomAlphanumeric, randomPooledBytes } from '../../random.ts';

// Ids in the formats Hyperswitch prints (prefix + random part), drawn from the shared random pool.
export const ids = {
  payment: () => `pay_${randomAlphanumeric(20)}`,
  refund: () => `ref_${randomAlphanumeric(20)}`,
  clientSecret: (paymentId: string) => `${paymentId}_secret_${randomAlphanumeric(20)}`,
  secretKey: () => `snd_${randomAlphanumeric(64)}`,
  publishableKey: () => `pk_snd_${randomUUID().replaceAll('-', '')}`,
  keyId: () => `snd_${randomAlphanumeric(20)}`,
  mca: () => `mca_${randomAlphanumeric(20)}`,
  profile: () => `pro_${randomAlphanumeric(20)}`,
  hashKey: () => randomAlphanumeric(64),
  customer: () => `cus_${randomAlphanumeric(20)}`,
  paymentMethod: () => `pm_${randomAlphanumeric(20)}`,
  paymentToken: () => `token_${randomAlphanumeric(20)}`,
  ephemeralKeyId: () => `eki_${randomAlphanumeric(20)}`,
  ephemeralSecret: () => `epk_${randomAlphanumeric(32)}`,
  /** "evt_" + a UUIDv7 in simple (hyphen-less) form, as Hyperswitch generates event ids. */
  event: () => `evt_${uuidv7Hex()}`,
};

function uuidv7Hex(): string {
  const bytes = randomPooledBytes(16);
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return bytes.toString('hex');
}
