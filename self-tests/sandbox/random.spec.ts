import { expect, test } from '@playwright/test';
import { randomAlphanumeric, randomHex, randomPooledBytes } from '../../sandbox/random.ts';

// The sandbox's ids come from one random pool: across refills they must stay unique and well formed,
// and the bytes handed out must be the caller's own, not a view the next id overwrites.

test('ids drawn across many pool refills are unique and well formed', () => {
  const seen = new Set<string>();
  // Checked in one assertion: ten thousand expect calls cost seconds of Playwright's step bookkeeping.
  const malformed: string[] = [];
  for (let i = 0; i < 5000; i++) {
    const hex = randomHex(12);
    const text = randomAlphanumeric(20);
    if (!/^[0-9a-f]{24}$/.test(hex)) malformed.push(hex);
    if (!/^[A-Za-z0-9]{20}$/.test(text)) malformed.push(text);
    seen.add(hex).add(text);
  }
  expect(malformed).toEqual([]);
  expect(seen.size).toBe(10_000);
});

test('bytes handed out are a copy: drawing more does not change them', () => {
  const first = randomPooledBytes(16);
  const kept = Buffer.from(first);
  for (let i = 0; i < 600; i++) randomPooledBytes(16); // past a refill of the 4 KiB pool
  expect(first.equals(kept)).toBe(true);
});

test('asking for more than the pool holds is refused, naming the limit', () => {
  expect(() => randomPooledBytes(5000)).toThrow('at most 4096 random bytes at a time, asked for 5000');
});
