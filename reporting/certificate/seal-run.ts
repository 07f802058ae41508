import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChecklistReport } from '../checklist-report.ts';
import type { EvidenceFile } from '../evidence/evidence-file.ts';
import { summarizeAllureResults } from './allure-summary.ts';
import { SEALED_FILES, sealCertificate, writeCertificate } from './bundle.ts';
import { certificateEnvironment, type EnvironmentInputs } from './environment.ts';
import type { SigningKey } from './signing-key.ts';

// The last report certify writes: the checklist and evidence as written (their exact bytes), a summary
// of the Allure results and the environment, sealed into reports/golive-certificate.json.

export function sealRun(input: {
  reportsDir: string;
  checklist: ChecklistReport;
  evidence: EvidenceFile;
  key: SigningKey;
  environment: Omit<EnvironmentInputs, 'evidence'>;
  now?: Date;
}): string {
  const { reportsDir, checklist, evidence } = input;
  const environment = certificateEnvironment({ ...input.environment, evidence });
  const files = new Map<string, string>([
    [SEALED_FILES.checklist, readFileSync(join(reportsDir, SEALED_FILES.checklist), 'utf8')],
    [SEALED_FILES.evidence, readFileSync(join(reportsDir, SEALED_FILES.evidence), 'utf8')],
    [SEALED_FILES.allureSummary, JSON.stringify(summarizeAllureResults(join(reportsDir, 'allure-results')), null, 2)],
    [SEALED_FILES.environment, JSON.stringify(environment, null, 2)],
  ]);
  const bundle = sealCertificate(
    files,
    {
      target: checklist.target,
      owngateway: environment.owngateway.map((g) => ({ base_url: g.base_url, merchant_id: g.merchant_id })),
      run_id: evidence.run_id,
      window: evidence.window,
      passed: checklist.passed,
      sealed_at: (input.now ?? new Date()).toISOString(),
    },
    input.key,
  );
  return writeCertificate(reportsDir, bundle, input.key);
}
