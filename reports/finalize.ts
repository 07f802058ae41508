import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attestation } from '../helpers/attestations.ts';
import { runEnvironmentDirectory } from '../helpers/run-files.ts';
import { cli } from '../scripts/node-bin.ts';
import { PlaywrightJsonReport, buildChecklistReport, renderChecklistMarkdown, type ChecklistReport } from './checklist-report.ts';
import { scanForSecrets, type SecretHit } from './scan-for-secrets.ts';

// Everything after the tests ran, shared by `certify` and `report:merge`: the environment section,
// the Allure report, the checklist report, and the secret gate.

export function reportLeaks(reportsDir: string, leaks: readonly SecretHit[]): void {
  if (!leaks.length) return;
  console.error(`golive: ${leaks.length} secret(s) found in ${reportsDir}/, the report must not be shared:`);
  for (const leak of leaks.slice(0, 20)) console.error(`  ${leak.file}: ${leak.what}`);
}

/** Environment section: what each worker ran against (connector in a container or a process), merged into Allure's. */
function writeEnvironment(reportsDir: string): void {
  const environmentDir = runEnvironmentDirectory(reportsDir);
  const propertiesPath = join(reportsDir, 'allure-results', 'environment.properties');
  const merged = new Map((existsSync(propertiesPath) ? readFileSync(propertiesPath, 'utf8') : '').split('\n').filter((l) => l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as [string, string]));
  const values = new Map<string, Set<string>>();
  for (const file of existsSync(environmentDir) ? readdirSync(environmentDir) : []) {
    for (const [key, value] of Object.entries(JSON.parse(readFileSync(join(environmentDir, file), 'utf8')) as Record<string, string>)) {
      values.set(key, (values.get(key) ?? new Set()).add(value));
    }
  }
  for (const [key, set] of values) merged.set(key, [...set].sort().join(', '));
  writeFileSync(propertiesPath, [...merged].map(([key, value]) => `${key}=${value}`).join('\n') + '\n');
}

export async function finalizeReports(input: { reportsDir: string; target: string; attestations: readonly Attestation[]; secrets: readonly string[] }): Promise<{ checklist: ChecklistReport; leaks: SecretHit[] }> {
  const { reportsDir } = input;
  if (existsSync(join(reportsDir, 'allure-results'))) {
    writeEnvironment(reportsDir);
    const allure = spawnSync(...cli('allure', ['generate', join(reportsDir, 'allure-results'), '--config', 'allurerc.mjs', '--output', join(reportsDir, 'allure-report')]), { stdio: 'inherit' });
    if (allure.status !== 0) console.error('golive: the Allure report could not be generated');
  }
  const resultsPath = join(reportsDir, 'results.json');
  if (!existsSync(resultsPath)) throw new Error(`Playwright wrote no ${resultsPath}; see the output above`);
  const parsed = PlaywrightJsonReport.safeParse(JSON.parse(readFileSync(resultsPath, 'utf8')));
  if (!parsed.success) throw new Error(`${resultsPath} is not in the shape golive reads: ${parsed.error.message}`);
  const checklist = buildChecklistReport(parsed.data, input.attestations, input.target);
  writeFileSync(join(reportsDir, 'go-live-checklist.json'), JSON.stringify(checklist, null, 2));
  writeFileSync(join(reportsDir, 'go-live-checklist.md'), renderChecklistMarkdown(checklist));
  const leaks = await scanForSecrets(reportsDir, input.secrets);
  console.log('');
  for (const item of checklist.items) console.log(`  ${item.verdict.padEnd(8)} ${item.section} › ${item.item}`);
  console.log(`\ngolive: checklist ${checklist.passed ? 'PASSED' : 'NOT PASSED'} (${join(reportsDir, 'go-live-checklist.md')}, ${join(reportsDir, 'allure-report', 'index.html')})`);
  reportLeaks(reportsDir, leaks);
  return { checklist, leaks };
}
