import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ATTESTATIONS_PATH, loadAttestations } from '../helpers/checklist/attestations.ts';
import { runCommandLine } from '../helpers/configuration/command-line.ts';
import { loadConfigFromDisk } from '../helpers/configuration/load.ts';
import { missingForFullCertification, type TargetConfig } from '../helpers/configuration/target.ts';
import { localRunDirectory, reportsDirectory, runSecretsDirectory } from '../helpers/configuration/run-files.ts';
import { certificationExitCode, ExitCode } from '../reporting/exit-code.ts';
import { finalizeReports, reportLeaks } from '../reporting/finalize.ts';
import { moveRawAttachmentsOut } from '../reporting/raw-attachments.ts';
import { runSecrets } from '../reporting/run-secrets.ts';
import { sealRun } from '../reporting/certificate/seal-run.ts';
import { loadOrCreateSigningKey, signingKeySecrets, type SigningKey } from '../reporting/certificate/signing-key.ts';
import { ensureRunSeed } from '../fixtures/internal/run-seed.ts';
import { scanForSecrets } from '../reporting/scan-for-secrets.ts';
import { cli } from './node-bin.ts';

// `npm run certify [-- playwright args]`: run the certification projects against the target,
// then write the Allure report, Playwright's HTML report, JUnit XML, the go-live checklist, the
// evidence file and the sealed certificate, and refuse to pass if any secret reached them.

const reportsDir = reportsDirectory();
const CERTIFICATION_PROJECTS = ['api', 'checkout', 'webhooks', 'go-live'];

/** Where the certificate is, and what OwnGateway's reviewer runs on it. */
function certificateLines(path: string, key: SigningKey, target: string): string[] {
  return [
    `  certificate      ${path} (signed by key ${key.keyId.slice(0, 16)}…, ${key.source}; public key beside it)`,
    target === 'sandbox'
      ? // Each worker's embedded gateway stopped with the run: nothing is left to look its objects up in.
        `  check it         npm run verify -- ${path} --offline (signature, digests, consistency; the embedded sandbox stopped with the run, so its objects cannot be looked up: OwnGateway confirms staging certificates)`
      : `  OwnGateway runs  npm run verify -- ${path} (with its admin key: every object looked up at ${process.env.OWNGATEWAY_BASE_URL ?? 'OwnGateway'})`,
  ];
}

function fail(message: string): never {
  console.error(`golive certify: ${message}`);
  process.exit(ExitCode.unusable);
}

// The explicit production opt-in is golive's flag, not Playwright's; every other argument is Playwright's.
const commandLine = runCommandLine({
  command: 'npm run certify',
  synopsis: '[-- [--i-know-this-is-production] [playwright test arguments]]',
  describe: [
    ['--i-know-this-is-production', 'allow production keys (prd_…); only read-only checks run'],
    ['other arguments', 'go to `playwright test` (e.g. --shard=1/2, --repeat-each=5, --grep); see npx playwright test --help'],
  ],
  options: { 'i-know-this-is-production': { type: 'boolean' } },
  passThrough: true,
});
if (commandLine.values['i-know-this-is-production']) process.env.GOLIVE_I_KNOW_THIS_IS_PRODUCTION = '1';

let config: TargetConfig;
try {
  config = await loadConfigFromDisk();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
let attestations;
try {
  attestations = loadAttestations();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
// Before the run: the secret scan must know the key, and a bad GOLIVE_SIGNING_KEY stops certify at once.
let signingKey: SigningKey;
try {
  signingKey = loadOrCreateSigningKey(reportsDir);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
// One run id and one seed for every worker: the certificate names the run by the id its payments carry.
const runId = process.env.GOLIVE_RUN_ID ?? config.GOLIVE_RUN_ID;
ensureRunSeed();

// Fresh outputs each run; reports/history survives for Allure's trends.
for (const output of [
  'allure-results',
  'allure-report',
  'playwright-report',
  'test-results',
  'run-environment',
  'junit.xml',
  'results.json',
  'go-live-checklist.md',
  'go-live-checklist.json',
  'golive-evidence.json',
  'golive-certificate.json',
  'certificate.pub.pem',
]) {
  rmSync(join(reportsDir, output), { recursive: true, force: true });
}
rmSync(runSecretsDirectory(reportsDir), { recursive: true, force: true });
const localDir = localRunDirectory(reportsDir);
rmSync(localDir, { recursive: true, force: true });
mkdirSync(join(reportsDir, 'history'), { recursive: true });

const userArgs = commandLine.passThrough;
const partial = userArgs.some((arg) => arg.startsWith('--project'));
const projectArgs = partial ? [] : CERTIFICATION_PROJECTS.map((p) => `--project=${p}`);
const target = config.target;
// A partial run (--project=…) may leave the site out on purpose; a full certification may not.
const missing = missingForFullCertification(config);
if (!partial && missing.length) fail(`a full certification of ${target} needs the merchant's site; missing:\n  ${missing.join('\n  ')}`);
const shard = userArgs.find((arg) => arg.startsWith('--shard='))?.slice('--shard='.length);
console.log(`golive certify: target ${target}, projects ${projectArgs.map((a) => a.slice(10)).join(', ') || 'as given'}`);
const run = spawnSync(...cli('playwright', ['test', ...projectArgs, ...userArgs]), {
  stdio: 'inherit',
  env: { ...process.env, GOLIVE_CERTIFY: '1', GOLIVE_RUN_ID: runId, ...(shard ? { GOLIVE_SHARD: shard } : {}) },
});

// Traces, videos and raw screenshots leave the shared results before anything is generated or scanned.
moveRawAttachmentsOut(join(reportsDir, 'allure-results'), localDir);
console.log(
  `golive certify: share ${reportsDir}/ only; ${localDir}/ holds traces, videos and raw screenshots (card numbers, client secrets as typed and sent): keep it local`,
);
let secrets: string[];
try {
  // The certificate's signing key must never reach the reports either.
  secrets = [...runSecrets({ config, reportsDirs: [reportsDir] }), ...signingKeySecrets()];
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}${run.status !== 0 ? ` (Playwright exited with ${run.status}; see its output above)` : ''}`);
}
if (shard) {
  // One shard of several: its raw results wait for `npm run report:merge` (which reads this shard's
  // recorded secrets again, so they stay); only the secret gate runs here.
  const leaks = scanForSecrets(reportsDir, secrets);
  reportLeaks(reportsDir, leaks);
  process.exit(certificationExitCode({ checklistPassed: run.status === 0, secretsInReports: leaks.length > 0 }));
}
let finalized;
try {
  finalized = await finalizeReports({
    reportsDir,
    target,
    attestations,
    secrets,
    runId,
    seal: ({ checklist, evidence }) =>
      sealRun({
        reportsDir,
        checklist,
        evidence,
        key: signingKey,
        environment: {
          configured: config.target === 'sandbox' ? null : { base_url: config.OWNGATEWAY_BASE_URL, merchant_id: config.OWNGATEWAY_MERCHANT_ID },
          seed: process.env.GOLIVE_SEED ?? null,
          connectorProfile: config.GOLIVE_CONNECTOR_PROFILE,
          adapterPath: config.GOLIVE_MERCHANT_ADAPTER,
          attestationsPath: process.env.GOLIVE_ATTESTATIONS ?? DEFAULT_ATTESTATIONS_PATH,
        },
      }),
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
rmSync(runSecretsDirectory(reportsDir), { recursive: true, force: true });
const { checklist, leaks, certificate } = finalized;
if (certificate) console.log(certificateLines(certificate, signingKey, target).join('\n'));
process.exit(certificationExitCode({ checklistPassed: checklist.passed && run.status === 0, secretsInReports: leaks.length > 0 }));
