import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ChecklistReport } from '../reporting/checklist-report.ts';

// Two shards merged with `report:merge` must say what one unsharded run says: the same checklist
// verdicts, the same tests behind each item, the same test results in the merged Playwright report.

function run(script: string, args: string[], env: Record<string, string>): number | null {
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(PLAYWRIGHT_|TEST_)/.test(key)));
  const result = spawnSync(process.execPath, [script, ...args], { env: { ...cleanEnv, ...env }, stdio: 'ignore' });
  return result.status;
}

function content(reportsDir: string) {
  const checklist = JSON.parse(readFileSync(join(reportsDir, 'go-live-checklist.json'), 'utf8')) as ChecklistReport;
  return [
    ...checklist.items.map((item) => ({ id: item.id, verdict: item.verdict, tests: item.tests.map((t) => `${t.project} ${t.title} ${t.outcome}`).sort() })),
    ...checklist.gateway.map((entry) => ({
      id: `gateway:${entry.id}`,
      verdict: entry.failed ? 'fail' : 'pass',
      tests: entry.tests.map((t) => `${t.project} ${t.title} ${t.outcome}`).sort(),
    })),
  ];
}

test('a run split in two shards merges into the same reports as an unsharded run', () => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), 'golive-shards-'));
  try {
    // A failing checklist exits 1 (only the api project runs here); what matters is that every run finished.
    expect(run('scripts/certify.ts', ['--project=api'], { GOLIVE_REPORTS_DIR: join(work, 'whole') })).toBe(1);
    for (const shard of [1, 2])
      expect(run('scripts/certify.ts', ['--project=api', `--shard=${shard}/2`], { GOLIVE_REPORTS_DIR: join(work, 'split', 'shards', String(shard)) })).toBe(0);
    expect(run('scripts/report-merge.ts', [], { GOLIVE_REPORTS_DIR: join(work, 'split'), GOLIVE_SHARDS_DIR: join(work, 'split', 'shards') })).toBe(1);
    const whole = content(join(work, 'whole'));
    // The api project checks OwnGateway only: its tests sit in the gateway section and no merchant item passes on them.
    expect(whole.find((item) => item.id === 'gateway:errors.lifecycle')?.tests.length).toBeGreaterThan(10);
    expect(whole.filter((item) => !item.id.startsWith('gateway:') && item.verdict === 'pass')).toEqual([]);
    expect(content(join(work, 'split'))).toEqual(whole);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
