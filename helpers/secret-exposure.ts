import { readdir, readFile, stat } from 'node:fs/promises';
import { delimiter, join, relative } from 'node:path';

// "Make sure your secret key is not exposed" and "avoid storing your API keys in multiple
// locations": find every place a key occurs, in text the browser saw or in files on disk.

export interface KeyOccurrence {
  readonly location: string;   // a URL, "cookie:name", "localStorage:key" or a file path
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

const SKIPPED_DIRECTORIES = new Set(['.git', '.golive', 'node_modules', 'reports', 'test-results', 'playwright-report', 'blob-report']);
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Walks each path (file or folder) and lists the files holding the key. Binary bundles (mobile
 * apps) are searched as latin1 so a key embedded in them is still found; huge files are skipped.
 */
export async function findKeyInPaths(paths: readonly string[], key: string, root = process.cwd()): Promise<KeyOccurrence[]> {
  const found: KeyOccurrence[] = [];
  const visit = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) throw new Error(`GOLIVE_SCAN_PATHS: expected an existing file or folder, got ${JSON.stringify(path)}`);
    if (info.isDirectory()) {
      for (const entry of await readdir(path)) if (!SKIPPED_DIRECTORIES.has(entry)) await visit(join(path, entry));
      return;
    }
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return;
    const count = countOccurrences((await readFile(path)).toString('latin1'), key);
    if (count > 0) found.push({ location: relative(root, path) || path, count });
  };
  for (const path of paths) await visit(path);
  return found;
}

export function parseScanPaths(value: string | undefined): string[] {
  return (value ?? '').split(new RegExp(`[,\n${delimiter}]`)).map((part) => part.trim()).filter(Boolean);
}
