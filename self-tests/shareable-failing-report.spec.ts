import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { localRunDirectory, runSecretsDirectory } from '../helpers/configuration/run-files.ts';
import { ExitCode } from '../reporting/exit-code.ts';
import { scanForSecrets } from '../reporting/scan-for-secrets.ts';

// A merchant whose site fails a browser check must still be able to send the report: the failing
// test's trace, video and raw screenshot (typed card numbers, client secrets) stay in the local
// folder, the shared reports come out clean, and certify exits "checklist not passed", not "leak".

test('a certification with a failing browser test leaves no secret in the shared reports and says the checklist failed', () => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), 'golive-failing-'));
  const reportsDir = join(work, 'reports');
  try {
    const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(PLAYWRIGHT_|TEST_)/.test(key)));
    // A check that fails as soon as it looks (the pay button's contrast, after the card is typed), not one
    // that waits out its timeout for something the defect never shows: the run is the test's whole cost.
    const run = spawnSync(
      process.execPath,
      ['scripts/certify.ts', '--project=go-live', '--workers=1', '--trace=retain-on-failure', '--grep', 'high-contrast at 375x667'],
      {
        env: { ...cleanEnv, GOLIVE_REPORTS_DIR: reportsDir, GOLIVE_DEFECT: 'pay-button-low-contrast' },
        encoding: 'utf8',
      },
    );
    expect(run.status, `certify output:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`).toBe(ExitCode.checklistNotPassed);
    const checklist = JSON.parse(readFileSync(join(reportsDir, 'go-live-checklist.json'), 'utf8')) as { items: { id: string; verdict: string }[] };
    expect(checklist.items.find((item) => item.id === 'experience.pay-button')?.verdict, 'the seeded defect failed the browser check').toBe('fail');
    // The local folder holds what the browser saw, so the shared folder's silence means something.
    const local = localRunDirectory(reportsDir);
    expect(
      readdirSync(join(local, 'allure-attachments')).some((file) => file.endsWith('.zip')),
      'the trace is kept locally',
    ).toBe(true);
    const sandboxLiteral = ['not-a-real-secret-but-required'];
    expect(
      scanForSecrets(local, sandboxLiteral).some((hit) => hit.what.startsWith('card number')),
      'the local trace holds the typed card',
    ).toBe(true);
    expect(scanForSecrets(reportsDir, sandboxLiteral)).toEqual([]);
    const results = readdirSync(join(reportsDir, 'allure-results'))
      .filter((file) => file.endsWith('-result.json'))
      .map((file) => readFileSync(join(reportsDir, 'allure-results', file), 'utf8'));
    expect(
      results.some((text) => text.includes('failure screenshot (card fields masked)')),
      'the shared report still pictures the failure',
    ).toBe(true);
    expect(
      results.some((text) => text.includes('playwright-trace')),
      'no trace is referenced from the shared results',
    ).toBe(false);
    expect(existsSync(join(reportsDir, 'allure-report')), 'the Allure report was generated').toBe(true);
  } finally {
    rmSync(runSecretsDirectory(reportsDir), { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
});
