import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attestation } from '../helpers/checklist/attestations.ts';
import { writeAllureEnvironment } from './allure-environment.ts';
import { generateAllureReport } from './allure-report.ts';
import { renderChecklistSummary } from './checklist-summary.ts';
import { PlaywrightJsonReport, buildChecklistReport, renderChecklistMarkdown, type ChecklistReport } from './checklist-report.ts';
import { scanForSecrets, type SecretHit } from './scan-for-secrets.ts';
import { buildEvidenceFile, EVIDENCE_FILE, objectsByItem, type EvidenceFile } from './evidence/evidence-file.ts';

// Everything after the tests ran, shared by `certify` and `report:merge`: the checklist report, then
// the Allure report (environment section, checklist table and verdict included), and the secret gate.

export function reportLeaks(reportsDir: string, leaks: readonly SecretHit[]): void {
  if (!leaks.length) return;
  console.error(`golive: ${leaks.length} secret(s) found in ${reportsDir}/, the report must not be shared:`);
  for (const leak of leaks.slice(0, 20)) console.error(`  ${leak.file}: ${leak.what}`);
}

export interface FinalizeInput {
  reportsDir: string;
  target: string;
  attestations: readonly Attestation[];
  secrets: readonly string[];
  /** The run's id (GOLIVE_RUN_ID); otherwise read from the payments golive made. */
  runId?: string | null;
  /** Writes the certificate (returns its path), after every other report and before the secret scan, which covers it too. */
  seal?: (sealed: { checklist: ChecklistReport; evidence: EvidenceFile }) => string;
}

export async function finalizeReports(
  input: FinalizeInput,
): Promise<{ checklist: ChecklistReport; evidence: EvidenceFile; certificate: string | null; leaks: SecretHit[] }> {
  const { reportsDir } = input;
  const resultsPath = join(reportsDir, 'results.json');
  if (!existsSync(resultsPath)) throw new Error(`Playwright wrote no ${resultsPath}; see the output above`);
  const parsed = PlaywrightJsonReport.safeParse(JSON.parse(readFileSync(resultsPath, 'utf8')));
  if (!parsed.success) throw new Error(`${resultsPath} is not in the shape golive reads: ${parsed.error.message}`);
  const checklist = buildChecklistReport(parsed.data, input.attestations, input.target);
  const evidence = buildEvidenceFile(parsed.data, { target: input.target, runId: input.runId ?? null });
  writeFileSync(join(reportsDir, 'go-live-checklist.json'), JSON.stringify(checklist, null, 2));
  writeFileSync(join(reportsDir, EVIDENCE_FILE), JSON.stringify(evidence, null, 2));
  writeFileSync(join(reportsDir, 'go-live-checklist.md'), renderChecklistMarkdown(checklist, objectsByItem(evidence)));
  // After the checklist: the report carries its table and its verdict as a quality gate.
  if (existsSync(join(reportsDir, 'allure-results'))) {
    writeAllureEnvironment(reportsDir);
    await generateAllureReport({ resultsDir: join(reportsDir, 'allure-results'), output: join(reportsDir, 'allure-report') }).catch((error: unknown) =>
      console.error(`golive: the Allure report could not be generated: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  const certificate = input.seal?.({ checklist, evidence }) ?? null;
  const leaks = scanForSecrets(reportsDir, input.secrets);
  console.log(`\n${renderChecklistSummary(checklist, reportsDir)}`);
  reportLeaks(reportsDir, leaks);
  return { checklist, evidence, certificate, leaks };
}
