import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadAttestations } from '../helpers/checklist/attestations.ts';
import { runCommandLine } from '../helpers/configuration/command-line.ts';
import { loadConfigFromDisk } from '../helpers/configuration/load.ts';
import { LOCAL_RUN_DIRECTORY_SUFFIX, localRunDirectory, reportsDirectory, runEnvironmentDirectory } from '../helpers/configuration/run-files.ts';
import { certificationExitCode, ExitCode } from '../reporting/exit-code.ts';
import { finalizeReports } from '../reporting/finalize.ts';
import { moveRawAttachmentsOut } from '../reporting/raw-attachments.ts';
import { runSecrets } from '../reporting/run-secrets.ts';
import { signingKeySecrets } from '../reporting/certificate/signing-key.ts';
import { cli } from './node-bin.ts';

// `npm run report:merge`: shards of `npm run certify -- --shard=i/n`, each a copy of its reports/
// folder under reports/shards/<name>/, become one Allure report, one Playwright HTML report and one
// checklist report, as if the run had not been split.

runCommandLine({
  command: 'npm run report:merge',
  describe: [['GOLIVE_SHARDS_DIR', "folder of shard folders, each a copy of a shard's reports/ (default reports/shards)"]],
  options: {},
});
const reportsDir = reportsDirectory();
const shardsDir = process.env.GOLIVE_SHARDS_DIR ?? join(reportsDir, 'shards');
// Each shard is its shared reports folder, with its local-only twin (<name>-local: blobs, traces) beside it.
const shards = existsSync(shardsDir)
  ? readdirSync(shardsDir).filter((name) => !name.endsWith(LOCAL_RUN_DIRECTORY_SUFFIX) && statSync(join(shardsDir, name)).isDirectory())
  : [];
if (!shards.length) {
  console.error(
    `golive report:merge: expected shard folders under ${shardsDir} (GOLIVE_SHARDS_DIR), each holding a shard's allure-results/, with its blob-report/ in <shard>${LOCAL_RUN_DIRECTORY_SUFFIX}/`,
  );
  process.exit(ExitCode.unusable);
}

const localDir = localRunDirectory(reportsDir);
for (const output of ['allure-results', 'allure-report', 'run-environment', 'junit.xml', 'results.json', 'go-live-checklist.md', 'go-live-checklist.json']) {
  rmSync(join(reportsDir, output), { recursive: true, force: true });
}
for (const output of ['playwright-report', 'blob-report', 'allure-attachments']) rmSync(join(localDir, output), { recursive: true, force: true });
const blobs = join(localDir, 'blob-report');
mkdirSync(blobs, { recursive: true });
for (const shard of shards) {
  const from = join(shardsDir, shard);
  // Allure results are one file per test (uuid-named), so shards simply add up.
  if (existsSync(join(from, 'allure-results'))) cpSync(join(from, 'allure-results'), join(reportsDir, 'allure-results'), { recursive: true });
  if (existsSync(runEnvironmentDirectory(from))) cpSync(runEnvironmentDirectory(from), runEnvironmentDirectory(reportsDir), { recursive: true });
  const shardBlobs = join(localRunDirectory(from), 'blob-report');
  for (const blob of existsSync(shardBlobs) ? readdirSync(shardBlobs) : []) cpSync(join(shardBlobs, blob), join(blobs, `${shard}-${blob}`));
}
moveRawAttachmentsOut(join(reportsDir, 'allure-results'), localDir);

const merge = spawnSync(...cli('playwright', ['merge-reports', '--reporter=html,json,junit', blobs]), {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PLAYWRIGHT_HTML_OUTPUT_DIR: join(localDir, 'playwright-report'),
    PLAYWRIGHT_HTML_OPEN: 'never',
    PLAYWRIGHT_JSON_OUTPUT_NAME: join(reportsDir, 'results.json'),
    PLAYWRIGHT_JUNIT_OUTPUT_NAME: join(reportsDir, 'junit.xml'),
  },
});
if (merge.status !== 0) {
  console.error('golive report:merge: playwright merge-reports failed');
  process.exit(ExitCode.unusable);
}
const config = await loadConfigFromDisk();
// The target's keys from the environment, and what each shard's workers recorded where they ran.
let secrets: string[];
try {
  secrets = [...runSecrets({ config, reportsDirs: shards.map((shard) => join(shardsDir, shard)) }), ...signingKeySecrets()];
} catch (error) {
  console.error(`golive report:merge: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(ExitCode.unusable);
}
const { checklist, leaks } = await finalizeReports({ reportsDir, target: config.target, attestations: loadAttestations(), secrets });
process.exit(certificationExitCode({ checklistPassed: checklist.passed, secretsInReports: leaks.length > 0 }));
