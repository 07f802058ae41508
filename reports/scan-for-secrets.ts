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

/**
 * Text of every entry of a zip (Playwright's traces, and the report data its HTML report embeds),
 * read through the central directory, which holds sizes even when entries use data descriptors.
 */
export function zipEntries(buffer: Buffer): string[] {
  const out: string[] = [];
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) return [buffer.toString('latin1')];
  const count = buffer.readUInt16LE(end + 10);
  let entry = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < count && entry + 46 <= buffer.length && buffer.readUInt32LE(entry) === 0x02014b50; i++) {
    const method = buffer.readUInt16LE(entry + 10);
    const compressedSize = buffer.readUInt32LE(entry + 20);
    const nameLength = buffer.readUInt16LE(entry + 28);
    const extraLength = buffer.readUInt16LE(entry + 30);
    const commentLength = buffer.readUInt16LE(entry + 32);
    const local = buffer.readUInt32LE(entry + 42);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    try { out.push(method === 8 ? inflateRawSync(data).toString('utf8') : data.toString('utf8')); } catch { out.push(data.toString('latin1')); }
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMBEDDED_ZIP = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/g;

/** What a file says, including zips and the base64 zip Playwright's HTML report carries inside index.html. */
function textsOf(buffer: Buffer): string[] {
  if (buffer.subarray(0, 4).equals(ZIP_MAGIC)) return zipEntries(buffer);
  const text = buffer.toString('utf8');
  return [text, ...[...text.matchAll(EMBEDDED_ZIP)].flatMap((m) => zipEntries(Buffer.from(m[1]!, 'base64')))];
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
    for (const text of textsOf(await readFile(path))) for (const what of secretsInText(text, literals)) hits.push({ file: relative(root, path), what });
  };
  await visit(root);
  return hits;
}
