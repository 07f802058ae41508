import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAttestations } from '../helpers/attestations.ts';
import { loadConfigFromDisk } from '../helpers/config/load.ts';
import { PlaywrightJsonReport, buildChecklistReport, renderChecklistMarkdown } from '../reports/checklist-report.ts';
import { scanForSecrets } from '../reports/scan-for-secrets.ts';
import { cli } from './node-bin.ts';

// `npm run certify [-- playwright args]`: run the certification projects against the target,
// then write the Allure report, Playwright's HTML report, JUnit XML and the go-live checklist,
// and refuse to pass if any secret reached them.

const reportsDir = process.env.GOLIVE_REPORTS_DIR ?? 'reports';
const CERTIFICATION_PROJECTS = ['api', 'checkout', 'webhooks', 'go-live'];

function fail(message: string): never {
  console.error(`golive certify: ${message}`);
  process.exit(2);
}

// The explicit production opt-in is golive's flag, not Playwright's.
if (process.argv.includes('--i-know-this-is-production')) process.env.GOLIVE_I_KNOW_THIS_IS_PRODUCTION = '1';

let target: string;
try {
  target = (await loadConfigFromDisk()).target;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
let attestations;
try { attestations = loadAttestations(); } catch (error) { fail(error instanceof Error ? error.message : String(error)); }

// Fresh outputs each run; reports/history survives for Allure's trends.
for (const output of ['allure-results', 'allure-report', 'playwright-report', 'test-results', 'run-environment', 'junit.xml', 'results.json', 'go-live-checklist.md', 'go-live-checklist.json']) {
  rmSync(join(reportsDir, output), { recursive: true, force: true });
}
rmSync(join('.golive', 'run-secrets'), { recursive: true, force: true });
mkdirSync(join(reportsDir, 'history'), { recursive: true });

const userArgs = process.argv.slice(2).filter((arg) => arg !== '--i-know-this-is-production');
const projectArgs = userArgs.some((arg) => arg.startsWith('--project')) ? [] : CERTIFICATION_PROJECTS.map((p) => `--project=${p}`);
const shard = userArgs.find((arg) => arg.startsWith('--shard='))?.slice('--shard='.length);
console.log(`golive certify: target ${target}, projects ${projectArgs.map((a) => a.slice(10)).join(', ') || 'as given'}`);
const run = spawnSync(...cli('playwright', ['test', ...projectArgs, ...userArgs]), {
  stdio: 'inherit',
  env: { ...process.env, GOLIVE_CERTIFY: '1', ...(shard ? { GOLIVE_SHARD: shard } : {}) },
});

// Environment section: what each worker actually ran against (connector in a container or a process).
const environmentDir = join(reportsDir, 'run-environment');
const environments = existsSync(environmentDir)
  ? readdirSync(environmentDir).map((file) => JSON.parse(readFileSync(join(environmentDir, file), 'utf8')) as Record<string, string>)
  : [];
const properties = new Map<string, Set<string>>();
for (const environment of environments) for (const [key, value] of Object.entries(environment)) properties.set(key, (properties.get(key) ?? new Set()).add(value));
if (existsSync(join(reportsDir, 'allure-results'))) {
  const propertiesPath = join(reportsDir, 'allure-results', 'environment.properties');
  const merged = new Map((existsSync(propertiesPath) ? readFileSync(propertiesPath, 'utf8') : '').split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as [string, string]));
  for (const [key, values] of properties) merged.set(key, [...values].join(', '));
  writeFileSync(propertiesPath, [...merged].map(([key, value]) => `${key}=${value}`).join('\n') + '\n');
  const allure = spawnSync(...cli('allure', ['generate', join(reportsDir, 'allure-results'), '--config', 'allurerc.mjs', '--output', join(reportsDir, 'allure-report')]), { stdio: 'inherit' });
  if (allure.status !== 0) console.error('golive certify: the Allure report could not be generated');
}

const resultsPath = join(reportsDir, 'results.json');
if (!existsSync(resultsPath)) fail(`Playwright wrote no ${resultsPath}; see the output above`);
const parsed = PlaywrightJsonReport.safeParse(JSON.parse(readFileSync(resultsPath, 'utf8')));
if (!parsed.success) fail(`${resultsPath} is not in the shape golive reads: ${parsed.error.message}`);
const checklist = buildChecklistReport(parsed.data, attestations, target);
writeFileSync(join(reportsDir, 'go-live-checklist.json'), JSON.stringify(checklist, null, 2));
writeFileSync(join(reportsDir, 'go-live-checklist.md'), renderChecklistMarkdown(checklist));

const secretsDir = join('.golive', 'run-secrets');
const literals = existsSync(secretsDir) ? readdirSync(secretsDir).flatMap((file) => JSON.parse(readFileSync(join(secretsDir, file), 'utf8')) as string[]) : [];
const leaks = await scanForSecrets(reportsDir, literals);
rmSync(secretsDir, { recursive: true, force: true });

console.log('');
for (const item of checklist.items) console.log(`  ${item.verdict.padEnd(8)} ${item.section} › ${item.item}`);
console.log(`\ngolive certify: checklist ${checklist.passed ? 'PASSED' : 'NOT PASSED'} (${join(reportsDir, 'go-live-checklist.md')}, ${join(reportsDir, 'allure-report', 'index.html')})`);
if (leaks.length) {
  console.error(`golive certify: ${leaks.length} secret(s) found in ${reportsDir}/, the report must not be shared:`);
  for (const leak of leaks.slice(0, 20)) console.error(`  ${leak.file}: ${leak.what}`);
}
process.exit(leaks.length ? 3 : !checklist.passed || run.status !== 0 ? 1 : 0);
