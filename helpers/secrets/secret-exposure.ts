import { createReadStream } from 'node:fs';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, delimiter, join, resolve } from 'node:path';
import { looksLikeArchive, readArchive } from './archive-entries.ts';

// "Make sure your secret key is not exposed" and "avoid storing your API keys in multiple
// locations": find every place a key occurs, in text the browser saw or in files on disk.

export interface KeyOccurrence {
  readonly location: string; // a URL, "cookie:name", "localStorage:key", a file path, or "archive.zip!entry"
  readonly count: number;
}

export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

export function findKeyInTexts(texts: Iterable<{ location: string; text: string }>, key: string): KeyOccurrence[] {
  const found: KeyOccurrence[] = [];
  for (const { location, text } of texts) {
    const count = countOccurrences(text, key);
    if (count > 0) found.push({ location, count });
  }
  return found;
}

/**
 * Where a script's source map is: its SourceMap header, else its last `sourceMappingURL` comment,
 * else the `.map` next to it that bundlers write by default. Inline (data:) maps are already in the script text.
 */
export function sourceMapUrl(scriptUrl: string, scriptText: string, headers: Record<string, string>): string | null {
  const declared = headers['sourcemap'] ?? headers['x-sourcemap'] ?? [...scriptText.matchAll(/[#@] sourceMappingURL=(\S+)/g)].at(-1)?.[1];
  if (declared?.startsWith('data:')) return null;
  try {
    return new URL(declared ?? `${new URL(scriptUrl).pathname.split('/').at(-1)}.map`, scriptUrl).href;
  } catch {
    return null;
  }
}

/** What a scan of files covered, so the report can tell a real look from a formality. */
export interface KeyScan {
  readonly occurrences: readonly KeyOccurrence[];
  readonly files: number;
  readonly bytes: number;
  readonly archives: number;
  readonly archiveEntries: number;
  /** Places the scan could not look into (missing, unreadable, an archive that would not open): each one a reason the result is incomplete. */
  readonly problems: readonly string[];
}

export interface ScanOptions {
  /** Above this a plain file is streamed, and an archive (which must be read whole) is a problem, not a silent skip. */
  readonly inMemoryBytes?: number;
}

const SKIPPED_DIRECTORIES = new Set(['.git', '.golive', 'node_modules', 'reports', 'reports-local', 'test-results', 'playwright-report', 'blob-report']);
const IN_MEMORY_BYTES = 256 * 1024 * 1024;
const MAX_ARCHIVE_DEPTH = 4;

/** Counts non-overlapping byte matches of any needle across chunks, keeping just enough of each chunk's tail. */
export async function countInChunks(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  needles: readonly Buffer[],
): Promise<{ count: number; bytes: number }> {
  const keep = Math.max(...needles.map((n) => n.length)) - 1;
  let carry = Buffer.alloc(0);
  let count = 0;
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    const window = carry.length ? Buffer.concat([carry, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    for (const needle of needles) {
      // A match must end past the carried tail, or the previous window already counted it.
      for (let at = window.indexOf(needle, Math.max(0, carry.length - needle.length + 1)); at !== -1; at = window.indexOf(needle, at + needle.length)) count++;
    }
    carry = Buffer.from(window.subarray(Math.max(0, window.length - keep)));
  }
  return { count, bytes };
}

/**
 * Walks each path (file or folder) and lists every file, and every entry of a zip-family archive
 * (nested ones included), that holds the key: as UTF-8/latin1 bytes or as UTF-16LE (how some mobile
 * bundles store strings). Nothing is skipped quietly: what could not be read is listed in `problems`.
 */
export async function scanPathsForKey(paths: readonly string[], key: string, options: ScanOptions = {}): Promise<KeyScan> {
  if (!key) throw new Error('scanPathsForKey: expected the secret key to look for, got an empty string');
  const inMemoryBytes = options.inMemoryBytes ?? IN_MEMORY_BYTES;
  const needles = [Buffer.from(key, 'utf8'), Buffer.from(key, 'utf16le')];
  const occurrences: KeyOccurrence[] = [];
  const problems: string[] = [];
  const visited = new Set<string>();
  let files = 0,
    bytes = 0,
    archives = 0,
    archiveEntries = 0;
  const found = (location: string, count: number) => {
    if (count > 0) occurrences.push({ location, count });
  };

  const scanBuffer = async (location: string, data: Uint8Array, depth: number): Promise<void> => {
    if (looksLikeArchive(location, data.subarray(0, 4))) {
      if (depth >= MAX_ARCHIVE_DEPTH) {
        problems.push(`${location}: archive nested deeper than ${MAX_ARCHIVE_DEPTH} levels, not opened`);
        return;
      }
      archives += 1;
      const nested: { name: string; data: Uint8Array }[] = [];
      const read = readArchive(
        data,
        (entry) => {
          nested.push(entry);
        },
        inMemoryBytes,
      );
      if (!read.ok) {
        problems.push(`${location}: archive could not be opened: ${read.reason}`);
        return;
      }
      archiveEntries += read.entries;
      for (const reason of read.unreadable) problems.push(`${location}!${reason}`);
      for (const entry of nested) await scanBuffer(`${location}!${entry.name}`, entry.data, depth + 1);
      return;
    }
    found(location, (await countInChunks([data], needles)).count);
  };

  const visit = async (path: string): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      problems.push(`${path}: ${describeFsError(error, 'does not exist')}`);
      return;
    }
    // Each folder and file once, however many scan paths or symlinks lead to it.
    const real = await realpath(path);
    if (visited.has(real)) return;
    visited.add(real);
    if (info.isDirectory()) {
      let names: string[];
      try {
        names = await readdir(path);
      } catch (error) {
        problems.push(`${path}: folder ${describeFsError(error, 'could not be listed')}`);
        return;
      }
      for (const name of names.sort()) if (!SKIPPED_DIRECTORIES.has(name)) await visit(join(path, name));
      return;
    }
    if (!info.isFile()) return; // sockets, FIFOs and devices hold no deployed file content
    try {
      if (info.size <= inMemoryBytes) {
        const data = await readFile(path);
        files += 1;
        bytes += data.length;
        await scanBuffer(path, data, 0);
        return;
      }
      const head = Buffer.alloc(4);
      const handle = await open(path, 'r');
      try {
        await handle.read(head, 0, 4, 0);
      } finally {
        await handle.close();
      }
      if (looksLikeArchive(basename(path), head)) {
        problems.push(`${path}: archive of ${info.size} bytes is over the ${inMemoryBytes} bytes golive opens in memory; it was not scanned`);
        return;
      }
      const streamed = await countInChunks(createReadStream(path), needles);
      files += 1;
      bytes += streamed.bytes;
      found(path, streamed.count);
    } catch (error) {
      problems.push(`${path}: file ${describeFsError(error, 'could not be read')}`);
    }
  };

  for (const path of paths) await visit(resolve(path));
  return { occurrences, files, bytes, archives, archiveEntries, problems };
}

function describeFsError(error: unknown, fallback: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'is not readable (permission denied)';
  return `${fallback} (${error instanceof Error ? error.message : String(error)})`;
}

export type KeyLocationVerdict =
  | { readonly verdict: 'pass'; readonly summary: string }
  | { readonly verdict: 'fail'; readonly message: string }
  | { readonly verdict: 'not run'; readonly reason: string };

/**
 * The key must be found at the declared place and nowhere else. A copy elsewhere fails whatever else
 * happened; a declared place that was read in full without the key fails too (the merchant's
 * statement of where the key lives is wrong). Anything the scan could not look into, or a key found
 * nowhere because the declared place itself could not be read, is `not run`: absence of evidence.
 */
export function judgeKeyLocation(scan: KeyScan, declaredLocation: string, attestation?: { who: string; when: string; evidence: string }): KeyLocationVerdict {
  if (isExternalKeyLocation(declaredLocation)) return judgeExternalKeyLocation(scan, declaredLocation, attestation);
  const declared = resolve(declaredLocation);
  const elsewhere = scan.occurrences.filter((o) => o.location !== declared);
  const atDeclared = scan.occurrences.some((o) => o.location === declared);
  if (elsewhere.length) {
    return { verdict: 'fail', message: `the secret key is stored outside its declared place (${declared}): ${elsewhere.map((o) => o.location).join(', ')}` };
  }
  if (scan.problems.length) {
    return { verdict: 'not run', reason: `the scan could not look everywhere, so "nowhere else" is unproven: ${scan.problems.join('; ')}` };
  }
  if (!atDeclared) {
    if (!scan.occurrences.length && scan.files === 0) return { verdict: 'not run', reason: 'no file was scanned: the key was found nowhere' };
    return {
      verdict: 'fail',
      message: `the secret key is not at its declared place ${declared} (read in full) nor anywhere else scanned: it lives somewhere golive was not told about`,
    };
  }
  return { verdict: 'pass', summary: `the secret key is only at ${declared}` };
}

/** A place golive cannot read: a secret manager or the platform's database, named as a URI (vault://…, database://…). */
export function isExternalKeyLocation(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !location.startsWith('file://');
}

/**
 * The key kept where no file scan reaches (a secret manager, the platform's database): a person
 * attests that it lives there, and the scan still proves it absent from everything it read. No
 * attestation naming that place, or a scan that read nothing, is `not run`.
 */
function judgeExternalKeyLocation(scan: KeyScan, declared: string, attestation?: { who: string; when: string; evidence: string }): KeyLocationVerdict {
  if (scan.occurrences.length) {
    return {
      verdict: 'fail',
      message: `the secret key is declared to live only in ${declared}, but it is also stored in: ${scan.occurrences.map((o) => o.location).join(', ')}`,
    };
  }
  if (scan.problems.length)
    return { verdict: 'not run', reason: `the scan could not look everywhere, so "nowhere else" is unproven: ${scan.problems.join('; ')}` };
  if (scan.files === 0) return { verdict: 'not run', reason: 'no file was scanned: absence of the key elsewhere is unproven' };
  if (!attestation?.evidence.includes(declared)) {
    return {
      verdict: 'not run',
      reason: `the key is declared to live in ${declared}, which golive cannot read: attest it (golive.attestations.json, item api-keys.single-location, evidence naming ${declared})`,
    };
  }
  return {
    verdict: 'pass',
    summary: `the secret key is in none of the ${scan.files} file(s) scanned; its one place, ${declared}, attested by ${attestation.who} on ${attestation.when}`,
  };
}

export function describeKeyScan(scan: KeyScan, paths: readonly string[]): string {
  const archives = scan.archives ? `, ${scan.archives} archive(s) with ${scan.archiveEntries} entries opened` : '';
  return `scanned ${scan.files} file(s), ${scan.bytes} bytes${archives}, under ${paths.map((p) => resolve(p)).join(', ')}`;
}

export function parseScanPaths(value: string | undefined): string[] {
  return (value ?? '')
    .split(new RegExp(`[,\n${delimiter}]`))
    .map((part) => part.trim())
    .filter(Boolean);
}
