import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { testCards } from '../helpers/test-cards.ts';

// The last gate before a report is shared with OwnGateway: no key, hash key, client secret or full
// card number anywhere in it, including inside Playwright's zipped traces.

export interface SecretHit { file: string; what: string }

const PATTERNS: { what: string; pattern: RegExp }[] = [
  { what: 'secret API key', pattern: /\b(snd|prd|dev|integ)_[A-Za-z0-9]{32,}\b/ },
  { what: 'client secret', pattern: /\bpay_[A-Za-z0-9]+_secret_[A-Za-z0-9]{8,}/ },
];

export function secretsInText(text: string, literals: readonly string[]): string[] {
  const found: string[] = [];
  for (const { what, pattern } of PATTERNS) if (pattern.test(text)) found.push(what);
  for (const card of Object.values(testCards)) {
    if (text.includes(card.number) || text.replace(/[ -]/g, '').includes(card.number)) found.push(`card number ${card.number.slice(0, 6)}…${card.number.slice(-4)}`);
  }
  for (const literal of literals) if (literal.length >= 8 && text.includes(literal)) found.push(`configured secret ${literal.slice(0, 4)}…`);
  return found;
}

/** Entries of a zip (traces are zips), deflated ones inflated; enough of the format for Playwright's zips. */
function zipEntries(buffer: Buffer): string[] {
  const out: string[] = [];
  let offset = 0;
  while (offset + 30 <= buffer.length && buffer.readUInt32LE(offset) === 0x04034b50) {
    const method = buffer.readUInt16LE(offset + 8);
    const flags = buffer.readUInt16LE(offset + 6);
    let size = buffer.readUInt32LE(offset + 18);
    const nameLength = buffer.readUInt16LE(offset + 26);
    const extraLength = buffer.readUInt16LE(offset + 28);
    const start = offset + 30 + nameLength + extraLength;
    if (flags & 0x08 && size === 0) {
      // Sizes live in a data descriptor after the data: fall back to scanning the raw bytes.
      out.push(buffer.subarray(start).toString('latin1'));
      break;
    }
    const data = buffer.subarray(start, start + size);
    try { out.push(method === 8 ? inflateRawSync(data).toString('utf8') : data.toString('utf8')); } catch { out.push(data.toString('latin1')); }
    offset = start + size;
  }
  return out;
}

export async function scanForSecrets(root: string, literals: readonly string[] = []): Promise<SecretHit[]> {
  const hits: SecretHit[] = [];
  const visit = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) return;
    if (info.isDirectory()) {
      for (const entry of await readdir(path)) await visit(join(path, entry));
      return;
    }
    const buffer = await readFile(path);
    const texts = buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? zipEntries(buffer) : [buffer.toString('utf8')];
    for (const text of texts) for (const what of secretsInText(text, literals)) hits.push({ file: relative(root, path), what });
  };
  await visit(root);
  return hits;
}
