import { z } from 'zod';
import { AllureSummary } from './allure-summary.ts';
import { CertificateEnvironment } from './environment.ts';
import { EvidenceFile } from '../evidence/evidence-file.ts';

// The sealed files as `verify` reads them back: only the fields it checks, validated, so a file that
// passes its digest but is not what golive writes is still refused by name.

export const SealedChecklist = z.looseObject({
  target: z.string(),
  passed: z.boolean(),
  items: z.array(
    z.looseObject({
      id: z.string(),
      section: z.string(),
      item: z.string(),
      required: z.boolean(),
      verdict: z.enum(['pass', 'fail', 'attested', 'missing', 'not-run']),
      reason: z.string(),
      checkableWithoutPayments: z.boolean().optional(),
      tests: z.array(z.looseObject({ title: z.string(), project: z.string(), outcome: z.enum(['passed', 'failed', 'flaky', 'skipped']) })),
    }),
  ),
});
export type SealedChecklist = z.infer<typeof SealedChecklist>;

export const SEALED_SCHEMAS = {
  checklist: SealedChecklist,
  evidence: EvidenceFile,
  allureSummary: AllureSummary,
  environment: CertificateEnvironment,
} as const;
export interface SealedContents {
  checklist: SealedChecklist;
  evidence: EvidenceFile;
  allureSummary: AllureSummary;
  environment: CertificateEnvironment;
}
