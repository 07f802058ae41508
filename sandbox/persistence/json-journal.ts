import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A shop's state as an append-only JSON-lines file: each change is one line, replayed in order when
 * the shop starts. Appending costs the same for the thousandth order as for the first (rewriting a
 * whole store file on every change does not), and a crash mid-write leaves at most a torn last line,
 * which replay skips; a bad line anywhere else is a corrupt journal and stops the shop.
 */
export class JsonJournal<Entry> {
  readonly #path: string;

  constructor(path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.#path = path;
  }

  replay(): Entry[] {
    if (!existsSync(this.#path)) return [];
    const lines = readFileSync(this.#path, 'utf8').split('\n');
    const entries: Entry[] = [];
    lines.forEach((line, index) => {
      if (!line) return;
      try {
        entries.push(JSON.parse(line) as Entry);
      } catch (error) {
        const last = lines.slice(index + 1).every((rest) => !rest);
        if (!last) throw new Error(`${this.#path}: line ${index + 1} is not JSON (${error instanceof Error ? error.message : String(error)})`);
      }
    });
    return entries;
  }

  append(entry: Entry): void {
    appendFileSync(this.#path, `${JSON.stringify(entry)}\n`);
  }
}
