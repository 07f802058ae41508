import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { looksLikeArchive, readArchive } from '../helpers/secrets/archive-entries.ts';
import { LOCAL_RUN_DIRECTORY_SUFFIX } from '../helpers/configuration/run-files.ts';
import { testCards } from '../helpers/cards/test-cards.ts';

// The last gate before a report is shared with OwnGateway: no key, hash key, client secret or full
// card number anywhere in it, including inside Playwright's zipped traces.

export interface SecretHit {
  file: string;
  what: string;
}

const PATTERNS: { what: string; pattern: RegExp }[] = [
  { what: 'secret API key', pattern: /\b(snd|prd|dev|integ)_[A-Za-z0-9]{32,}\b/ },
  { what: 'client secret', pattern: /\bpay_[A-Za-z0-9]+_secret_[A-Za-z0-9]{8,}/ },
  // The certificate's signing key (PEM); its bytes are also looked for by value (run-secrets.ts).
  { what: 'private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
];

export function secretsInText(text: string, literals: readonly string[]): string[] {
  const found: string[] = [];
  for (const { what, pattern } of PATTERNS) if (pattern.test(text)) found.push(what);
  // Grouped digits ("4242 4242 …", "4242-4242-…") are searched with the separators taken out once per
  // text, not once per card: reports run to megabytes, and there are dozens of cards.
  const ungrouped = text.replace(/[ -]/g, '');
  for (const card of Object.values(testCards)) {
    if (ungrouped.includes(card.number)) found.push(`card number ${card.number.slice(0, 6)}…${card.number.slice(-4)}`);
  }
  for (const literal of literals) if (literal.length >= 8 && text.includes(literal)) found.push(`configured secret ${literal.slice(0, 4)}…`);
  return found;
}

const EMBEDDED_ZIP = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/g;
const ARCHIVE_MEMORY_BYTES = 512 * 1024 * 1024;

/**
 * What a file says: its text, every entry of a zip (Playwright's traces), and the base64 zip
 * Playwright's HTML report carries inside index.html. An archive that will not open is a hit of its
 * own: what golive cannot read, it cannot clear for sharing.
 */
function textsOf(name: string, buffer: Uint8Array, unreadable: (what: string) => void, depth = 0): string[] {
  if (looksLikeArchive(name, buffer.subarray(0, 4))) {
    if (depth > 4) {
      unreadable('archive nested more than 4 levels deep, not opened');
      return [];
    }
    const texts: string[] = [];
    const read = readArchive(
      buffer,
      (entry) => {
        texts.push(...textsOf(entry.name, entry.data, unreadable, depth + 1));
      },
      ARCHIVE_MEMORY_BYTES,
    );
    if (!read.ok) unreadable(`archive golive could not open (${read.reason})`);
    else for (const entry of read.unreadable) unreadable(`archive entry golive could not read (${entry})`);
    return texts;
  }
  const text = Buffer.from(buffer).toString('utf8');
  return [text, ...[...text.matchAll(EMBEDDED_ZIP)].flatMap((m) => textsOf('embedded.zip', Buffer.from(m[1]!, 'base64'), unreadable, depth + 1))];
}

/**
 * Every secret-looking thing under `root`. `literals` are the run's real secrets (keys, hash key,
 * webhook secrets): shapeless ones can only be found by value, so a scan without them is refused.
 */
export function scanForSecrets(root: string, literals: readonly string[]): SecretHit[] {
  if (!literals.some((literal) => literal.length >= 8)) {
    throw new Error(
      "scanForSecrets: expected the run's secrets (secret key, hash key, webhook secrets) to look for, got none; a scan without them could pass a leaked hash key",
    );
  }
  const hits: SecretHit[] = [];
  // Synchronous reads: a report is hundreds of small files, and awaiting each one left the scan idle
  // for more of its time than it spent reading.
  const visit = (path: string): void => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) {
      // `<name>-local` folders (a shard's traces and blobs copied in for report:merge) are never shared, by design.
      for (const entry of readdirSync(path)) if (!entry.endsWith(LOCAL_RUN_DIRECTORY_SUFFIX)) visit(join(path, entry));
      return;
    }
    const file = relative(root, path);
    for (const text of textsOf(path, readFileSync(path), (what) => hits.push({ file, what })))
      for (const what of secretsInText(text, literals)) hits.push({ file, what });
  };
  visit(root);
  return hits;
}
