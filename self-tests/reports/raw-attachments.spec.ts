import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { moveRawAttachmentsOut } from '../../reporting/raw-attachments.ts';

// Traces, videos and unmasked screenshots leave the shared Allure results for the local folder; the
// masked failure screenshot and golive's own (masked) attachments stay where the report finds them.

test('raw browser attachments move to the local folder, at any depth, and nothing else does', () => {
  const work = mkdtempSync(join(tmpdir(), 'golive-raw-'));
  const results = join(work, 'reports', 'allure-results');
  const local = join(work, 'reports-local');
  mkdirSync(results, { recursive: true });
  const files = ['t.zip', 'v.webm', 's.png', 'masked.png', 'exchange.json'];
  for (const file of files) writeFileSync(join(results, file), file);
  writeFileSync(
    join(results, 'a-result.json'),
    JSON.stringify({
      name: 'pays with a card',
      status: 'failed',
      attachments: [
        { name: 'trace', source: 't.zip', type: 'application/vnd.allure.playwright-trace' },
        { name: 'video', source: 'v.webm', type: 'video/webm' },
        { name: 'failure screenshot (card fields masked)', source: 'masked.png', type: 'image/png' },
      ],
      steps: [
        {
          name: 'after hooks',
          attachments: [{ name: 'screenshot', source: 's.png', type: 'image/png' }],
          steps: [{ name: 'POST /payments', attachments: [{ name: 'exchange', source: 'exchange.json', type: 'application/json' }] }],
        },
      ],
    }),
  );
  expect(moveRawAttachmentsOut(results, local)).toBe(3);
  const cleaned = JSON.parse(readFileSync(join(results, 'a-result.json'), 'utf8')) as {
    name: string;
    attachments: { source: string }[];
    steps: { attachments: unknown[]; steps: { attachments: { source: string }[] }[] }[];
  };
  expect(cleaned.name).toBe('pays with a card');
  expect(cleaned.attachments.map((a) => a.source)).toEqual(['masked.png']);
  expect(cleaned.steps[0]!.attachments).toEqual([]);
  expect(cleaned.steps[0]!.steps[0]!.attachments.map((a) => a.source)).toEqual(['exchange.json']);
  for (const file of ['t.zip', 'v.webm', 's.png']) {
    expect(existsSync(join(results, file)), `${file} left the shared results`).toBe(false);
    expect(existsSync(join(local, 'allure-attachments', file)), `${file} is kept locally`).toBe(true);
  }
  for (const file of ['masked.png', 'exchange.json']) expect(existsSync(join(results, file))).toBe(true);
  expect(moveRawAttachmentsOut(results, local), 'a second pass finds nothing left to move').toBe(0);
});
