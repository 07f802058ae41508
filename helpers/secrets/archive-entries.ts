import { unzipSync, type UnzipFileInfo } from 'fflate';

// Zip-family archives (zip, jar, apk, aar, ipa, Playwright traces), read with fflate, which follows
// the central directory and ZIP64 records. Whatever cannot be read is said, never skipped quietly.

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const ARCHIVE_EXTENSIONS = /\.(zip|jar|war|ear|aar|apk|aab|ipa|xapk|apks)$/i;

export function looksLikeArchive(name: string, head: Uint8Array): boolean {
  const starts = (magic: number[]) => magic.every((byte, i) => head[i] === byte);
  return ARCHIVE_EXTENSIONS.test(name) || starts(ZIP_LOCAL_HEADER) || starts(ZIP_EMPTY_ARCHIVE);
}

export interface ArchiveEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

export type ArchiveRead =
  | { readonly ok: true; readonly entries: number; readonly inflatedBytes: number; readonly unreadable: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Hands every file entry of the archive to `visit`, inflating at most `memoryBytes` at a time so a
 * large app bundle does not have to fit in memory twice. Entries that cannot be inflated (an unknown
 * compression method, too large) are listed in `unreadable`; an archive fflate cannot parse at all,
 * or whose data is corrupt or encrypted, is `ok: false` with the reason.
 */
export function readArchive(buffer: Uint8Array, visit: (entry: ArchiveEntry) => void, memoryBytes: number): ArchiveRead {
  const files: UnzipFileInfo[] = [];
  try {
    unzipSync(buffer, {
      filter: (file) => {
        files.push(file);
        return false;
      },
    });
  } catch (error) {
    return { ok: false, reason: `not a readable zip archive (${errorText(error)})` };
  }
  const unreadable: string[] = [];
  const wanted = files.map((file) => {
    if (file.name.endsWith('/')) return false;
    if (file.compression !== 0 && file.compression !== 8) {
      unreadable.push(`${file.name}: compression method ${file.compression} is not supported`);
      return false;
    }
    if (file.originalSize > memoryBytes) {
      unreadable.push(`${file.name}: ${file.originalSize} bytes uncompressed, over the ${memoryBytes} bytes golive inflates at once`);
      return false;
    }
    return true;
  });
  let inflatedBytes = 0;
  let entries = 0;
  for (let start = 0; start < files.length;) {
    // One batch: consecutive wanted entries whose uncompressed sizes fit the memory budget together,
    // and whose names differ (fflate returns entries by name; a repeated name would hide the first).
    let end = start;
    let batchBytes = 0;
    const names = new Set<string>();
    while (
      end < files.length &&
      (end === start || (batchBytes + (wanted[end] ? files[end]!.originalSize : 0) <= memoryBytes && !names.has(files[end]!.name)))
    ) {
      if (wanted[end]) {
        batchBytes += files[end]!.originalSize;
        names.add(files[end]!.name);
      }
      end += 1;
    }
    let index = 0;
    let batch;
    try {
      batch = unzipSync(buffer, {
        filter: () => {
          const i = index++;
          return i >= start && i < end && wanted[i] === true;
        },
      });
    } catch (error) {
      return { ok: false, reason: `an entry could not be inflated (${errorText(error)}); corrupt or encrypted` };
    }
    for (const [name, data] of Object.entries(batch)) {
      entries += 1;
      inflatedBytes += data.length;
      visit({ name, data });
    }
    start = end;
  }
  return { ok: true, entries, inflatedBytes, unreadable };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
