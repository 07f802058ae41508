import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

// npm test's static checks run side by side: one that fails fails the whole step, named, and the
// others still run to the end and say how they did.

test('a failing check fails the static checks by name; the others still run and report', () => {
  test.setTimeout(60_000);
  const run = spawnSync(process.execPath, ['scripts/static-checks.ts', 'depcheck', 'no-such-script'], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/static-checks: depcheck passed in \d+\.\d s/);
  expect(run.stderr).toMatch(/static-checks: no-such-script FAILED \(exit 1\)/);
  expect(run.stderr).toContain('static-checks: failed: no-such-script');
  expect(run.stdout, "the check's own output is kept").toContain('no dependency violations found');
});

test('no script named is a usage error, not a pass', () => {
  const run = spawnSync(process.execPath, ['scripts/static-checks.ts'], { encoding: 'utf8' });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('static-checks: expected the package.json scripts to run');
});
