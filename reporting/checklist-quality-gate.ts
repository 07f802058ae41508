import { existsSync, readFileSync } from 'node:fs';
import type { AllureConfig } from 'allure';
import { z } from 'zod';
import { CHECKLIST_TAG_PREFIX } from '../helpers/checklist/checklist.ts';
import { blockingItems } from './checklist-report.ts';

// The checklist's verdict as an Allure 3 quality gate: the report (and `allure quality-gate`) fails
// when a required item is fail, not run, or missing its attestation, as go-live-checklist.json says.
// The verdicts are computed once, by reporting/checklist-report.ts; this rule only reads them.

type QualityGateRule = NonNullable<NonNullable<AllureConfig['qualityGate']>['use']>[number];

const ChecklistVerdicts = z.object({
  target: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      section: z.string(),
      item: z.string(),
      required: z.boolean(),
      verdict: z.enum(['pass', 'fail', 'attested', 'missing', 'not-run']),
      reason: z.string(),
    }),
  ),
});

export const CHECKLIST_GATE_RULE = 'goliveChecklist';

/** Blocking items as "verdict: section › item (reason)", or why the checklist could not be read (fail closed). */
export function checklistGateFindings(checklistPath: string): { blocking: string[]; blockingIds: string[] } {
  if (!existsSync(checklistPath)) return { blocking: [`no checklist report at ${checklistPath}: run npm run certify`], blockingIds: [] };
  const parsed = ChecklistVerdicts.safeParse(JSON.parse(readFileSync(checklistPath, 'utf8')));
  if (!parsed.success) return { blocking: [`${checklistPath} is not a golive checklist report:\n${z.prettifyError(parsed.error)}`], blockingIds: [] };
  const blocked = blockingItems(parsed.data.items, parsed.data.target);
  return { blocking: blocked.map((item) => `${item.verdict}: ${item.section} › ${item.item} (${item.reason})`), blockingIds: blocked.map((item) => item.id) };
}

export const checklistQualityGateRule: QualityGateRule = {
  rule: CHECKLIST_GATE_RULE,
  message: ({ actual }) => `the go-live checklist is NOT PASSED; required items blocking:\n${(actual as string[]).map((line) => `  - ${line}`).join('\n')}`,
  successMessage: () => 'the go-live checklist PASSED: every required item passed or is attested',
  validate: ({ expected, trs }) => {
    const { blocking, blockingIds } = checklistGateFindings(String(expected));
    const tags = new Set(blockingIds.map((id) => `${CHECKLIST_TAG_PREFIX.slice(1)}${id}`));
    // The tests behind the blocking items, so the gate links to the evidence.
    const testResults = trs.filter((tr) => tr.labels.some((label) => label.name === 'tag' && tags.has(label.value ?? ''))).map((tr) => tr.id);
    return Promise.resolve({ success: blocking.length === 0, actual: blocking, testResults });
  },
};
