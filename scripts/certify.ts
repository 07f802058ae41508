import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadAttestations } from '../helpers/attestations.ts';
import { loadConfigFromDisk } from '../helpers/config/load.ts';
import { missingForFullCertification } from '../helpers/config/target.ts';
import { RUN_SECRETS_DIR, reportsDirectory } from '../helpers/run-files.ts';
import { finalizeReports, readRunSecrets, reportLeaks } from '../reports/finalize.ts';
import { scanForSecrets } from '../reports/scan-for-secrets.ts';
import { cli } from './node-bin.ts';

// `npm run certify [-- playwright args]`: run the certification projects against the target,
// then write the Allure report, Playwright's HTML report, JUnit XML and the go-live checklist,
// and refuse to pass if any secret reached them.

const reportsDir = reportsDirectory();
const CERTIFICATION_PROJECTS = ['api', 'checkout', 'webhooks', 'go-live'];

function fail(message: string): never {
  console.error(`golive certify: ${message}`);
  process.exit(2);
}

// The explicit production opt-in is golive's flag, not Playwright's.
if (process.argv.includes('--i-know-this-is-production')) process.env.GOLIVE_I_KNOW_THIS_IS_PRODUCTION = '1';

let target: string;
let missing: string[];
try {
  const config = await loadConfigFromDisk();
  target = config.target;
  missing = missingForFullCertification(config);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
let attestations;
try { attestations = loadAttestations(); } catch (error) { fail(error instanceof Error ? error.message : String(error)); }

// Fresh outputs each run; reports/history survives for Allure's trends.
for (const output of ['allure-results', 'allure-report', 'playwright-report', 'test-results', 'run-environment', 'junit.xml', 'results.json', 'go-live-checklist.md', 'go-live-checklist.json']) {
  rmSync(join(reportsDir, output), { recursive: true, force: true });
}
rmSync(RUN_SECRETS_DIR, { recursive: true, force: true });
mkdirSync(join(reportsDir, 'history'), { recursive: true });

const userArgs = process.argv.slice(2).filter((arg) => arg !== '--i-know-this-is-production');
const partial = userArgs.some((arg) => arg.startsWith('--project'));
const projectArgs = partial ? [] : CERTIFICATION_PROJECTS.map((p) => `--project=${p}`);
// A partial run (--project=…) may leave the site out on purpose; a full certification may not.
if (!partial && missing.length) fail(`a full certification of ${target} needs the merchant's site; missing:\n  ${missing.join('\n  ')}`);
const shard = userArgs.find((arg) => arg.startsWith('--shard='))?.slice('--shard='.length);
console.log(`golive certify: target ${target}, projects ${projectArgs.map((a) => a.slice(10)).join(', ') || 'as given'}`);
const run = spawnSync(...cli('playwright', ['test', ...projectArgs, ...userArgs]), {
  stdio: 'inherit',
  env: { ...process.env, GOLIVE_CERTIFY: '1', ...(shard ? { GOLIVE_SHARD: shard } : {}) },
});

if (shard) {
  // One shard of several: its raw results wait for `npm run report:merge`; only the secret gate runs here.
  const leaks = await scanForSecrets(reportsDir, readRunSecrets());
  reportLeaks(reportsDir, leaks);
  process.exit(leaks.length ? 3 : run.status ?? 1);
}
let finalized;
try {
  finalized = await finalizeReports({ reportsDir, target, attestations, secrets: readRunSecrets() });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
rmSync(RUN_SECRETS_DIR, { recursive: true, force: true });
const { checklist, leaks } = finalized;
process.exit(leaks.length ? 3 : !checklist.passed || run.status !== 0 ? 1 : 0);
