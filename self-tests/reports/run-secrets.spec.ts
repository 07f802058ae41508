import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadTargetConfig } from '../../helpers/configuration/target.ts';
import { runSecretsDirectory } from '../../helpers/configuration/run-files.ts';
import { certificationExitCode, ExitCode } from '../../reporting/exit-code.ts';
import { runSecrets } from '../../reporting/run-secrets.ts';
import { scanForSecrets } from '../../reporting/scan-for-secrets.ts';

// The final report scan is only as good as the secrets it is given: every path hands it the run's
// real ones, and none hands it an empty list.

const staging = {
  GOLIVE_TARGET: 'staging',
  OWNGATEWAY_BASE_URL: 'https://gw.staging.example',
  OWNGATEWAY_API_KEY: `snd_${'a1'.repeat(16)}`,
  OWNGATEWAY_PUBLISHABLE_KEY: 'pk_snd_b2b2b2b2b2b2b2b2',
  OWNGATEWAY_MERCHANT_ID: 'merchant_1',
  OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: 'hash-key-without-any-shape-0123',
  OWNGATEWAY_ADMIN_API_KEY: 'admin-key-0123456789',
  OWNGATEWAY_CONNECTOR_WEBHOOK_SECRET: 'whsec_0123456789',
};

function recordFor(reportsDir: string, secrets: string[]): void {
  mkdirSync(runSecretsDirectory(reportsDir), { recursive: true });
  writeFileSync(join(runSecretsDirectory(reportsDir), 'worker-0-1.json'), JSON.stringify(secrets));
}

test("a real target's keys come from its configuration, the shapeless ones included", () => {
  const secrets = runSecrets({ config: loadTargetConfig(staging), reportsDirs: [join(tmpdir(), 'golive-never-ran')] });
  expect(secrets).toEqual(
    expect.arrayContaining([
      staging.OWNGATEWAY_API_KEY,
      staging.OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY,
      staging.OWNGATEWAY_ADMIN_API_KEY,
      staging.OWNGATEWAY_CONNECTOR_WEBHOOK_SECRET,
    ]),
  );
});

test("the sandbox's per-run keys come from what each worker, of each shard, recorded", () => {
  const work = mkdtempSync(join(tmpdir(), 'golive-secrets-'));
  const shards = [join(work, 'shards', '1'), join(work, 'shards', '2')];
  try {
    recordFor(shards[0]!, ['hash-of-shard-one-0001', `snd_${'c3'.repeat(16)}`]);
    recordFor(shards[1]!, ['hash-of-shard-two-0002']);
    expect(runSecrets({ config: loadTargetConfig({}), reportsDirs: shards }).sort()).toEqual(
      ['hash-of-shard-one-0001', 'hash-of-shard-two-0002', `snd_${'c3'.repeat(16)}`].sort(),
    );
    expect(runSecrets({ config: loadTargetConfig({}), reportsDirs: [shards[1]!] })).toEqual(['hash-of-shard-two-0002']);
  } finally {
    for (const shard of shards) rmSync(runSecretsDirectory(shard), { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
});

test('no secrets at all is an error that says where they were looked for, not an empty scan', () => {
  const reportsDir = join(tmpdir(), 'golive-no-run-here');
  expect(() => runSecrets({ config: loadTargetConfig({}), reportsDirs: [reportsDir] })).toThrow(
    new RegExp(`no secrets to scan the reports for: .*${runSecretsDirectory(reportsDir)}`),
  );
  expect(() => scanForSecrets(tmpdir(), [])).toThrow(/expected the run's secrets/);
});

test('exit codes keep a failing checklist and a leak apart, and say when both happened', () => {
  expect(certificationExitCode({ checklistPassed: true, secretsInReports: false })).toBe(ExitCode.passed);
  expect(certificationExitCode({ checklistPassed: false, secretsInReports: false })).toBe(1);
  expect(certificationExitCode({ checklistPassed: true, secretsInReports: true })).toBe(3);
  expect(certificationExitCode({ checklistPassed: false, secretsInReports: true })).toBe(4);
});
