import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { cli } from '../scripts/node-bin.ts';

// golive's own lines (the run's seed, container notes) go to standard error, so a reporter that
// writes to standard output stays what it claims to be: a CI step piping `--reporter=json` into a
// tool gets JSON, not "golive: seed …" in front of it.

const JsonReport = z.object({ stats: z.object({ expected: z.number(), unexpected: z.number() }) });

test('npx playwright test --reporter=json writes only JSON to standard output', () => {
  test.setTimeout(60_000);
  const [command, args] = cli('playwright', ['test', '--project=unit', 'self-tests/helpers/money.spec.ts', '--reporter=json']);
  const run = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, GOLIVE_CONTAINERS: 'off', PLAYWRIGHT_JSON_OUTPUT_NAME: '', GOLIVE_CERTIFY: '' },
  });
  expect(run.status, run.stderr).toBe(0);
  const report = JsonReport.parse(JSON.parse(run.stdout));
  expect(report.stats.expected, 'the money self-tests ran').toBeGreaterThan(0);
  expect(report.stats.unexpected).toBe(0);
  expect(run.stderr, 'golive still says which seed made the run').toMatch(/golive: seed \d+/);
});
