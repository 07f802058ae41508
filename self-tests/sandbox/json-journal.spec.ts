import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { JsonJournal } from '../../sandbox/persistence/json-journal.ts';

// The sandbox shops keep their orders in a journal: a restarted shop must find every order it took,
// survive a write cut short by a crash, and refuse a journal damaged anywhere else.

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'golive-journal-'));
});
test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('a new journal replays what was appended, in order, after a restart', () => {
  const path = join(dir, 'state', 'orders.jsonl');
  const before = new JsonJournal<{ n: number }>(path);
  expect(before.replay()).toEqual([]);
  before.append({ n: 1 });
  before.append({ n: 2 });
  expect(new JsonJournal<{ n: number }>(path).replay()).toEqual([{ n: 1 }, { n: 2 }]);
});

test('a torn last line (a crash mid-write) is skipped; the lines before it survive', () => {
  const path = join(dir, 'orders.jsonl');
  new JsonJournal<{ n: number }>(path).append({ n: 1 });
  appendFileSync(path, '{"n":');
  expect(new JsonJournal<{ n: number }>(path).replay()).toEqual([{ n: 1 }]);
});

test('a damaged line before the end stops the replay and names the line', () => {
  const path = join(dir, 'orders.jsonl');
  writeFileSync(path, '{"n":1}\nnot json\n{"n":3}\n');
  expect(() => new JsonJournal<{ n: number }>(path).replay()).toThrow(/orders\.jsonl: line 2 is not JSON/);
});
