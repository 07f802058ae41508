import { z } from 'zod';
import type { Attestation } from '../helpers/attestations.ts';
import { checklistIdsFromTags, checklistItems, type ChecklistItem, type ChecklistItemId } from '../helpers/checklist.ts';

// Turns Playwright's JSON results into the go-live checklist report: every item, its verdict and
// the tests behind it. Reads only the fields it needs, validated, so a reporter change fails loudly.

const JsonTest = z.object({
  projectName: z.string(),
  status: z.enum(['expected', 'unexpected', 'flaky', 'skipped']),
  annotations: z.array(z.object({ type: z.string(), description: z.string().optional() })).default([]),
  results: z.array(z.object({ retry: z.number(), status: z.string(), errors: z.array(z.object({ message: z.string().optional() })).default([]) })),
});
const JsonSpec = z.object({ title: z.string(), file: z.string(), tags: z.array(z.string()).default([]), tests: z.array(JsonTest) });
interface JsonSuite { title: string; specs?: z.infer<typeof JsonSpec>[]; suites?: JsonSuite[] }
const JsonSuite: z.ZodType<JsonSuite> = z.lazy(() => z.object({ title: z.string(), specs: z.array(JsonSpec).optional(), suites: z.array(JsonSuite).optional() }));
export const PlaywrightJsonReport = z.object({ suites: z.array(JsonSuite) });
export type PlaywrightJsonReport = z.infer<typeof PlaywrightJsonReport>;

export type TestOutcome = 'passed' | 'failed' | 'flaky' | 'skipped';
export type ItemVerdict = 'pass' | 'fail' | 'attested' | 'missing' | 'not-run';

export interface EvidenceTest { title: string; file: string; project: string; outcome: TestOutcome; retries: number; skipReason: string | null; error: string | null }

export interface ChecklistEntry extends ChecklistItem {
  verdict: ItemVerdict;
  reason: string;
  tests: EvidenceTest[];
  attestation: Attestation | null;
}

export interface ChecklistReport {
  generatedAt: string;
  target: string;
  passed: boolean;
  items: ChecklistEntry[];
  flaky: EvidenceTest[];
}

function* walk(suite: JsonSuite, path: string[]): Generator<{ spec: z.infer<typeof JsonSpec>; path: string[] }> {
  for (const spec of suite.specs ?? []) yield { spec, path };
  for (const child of suite.suites ?? []) yield* walk(child, [...path, child.title]);
}

const OUTCOME: Record<z.infer<typeof JsonTest>['status'], TestOutcome> = { expected: 'passed', unexpected: 'failed', flaky: 'flaky', skipped: 'skipped' };

export function collectEvidence(report: PlaywrightJsonReport): Map<ChecklistItemId, EvidenceTest[]> {
  const byItem = new Map<ChecklistItemId, EvidenceTest[]>();
  for (const root of report.suites) {
    for (const { spec, path } of walk(root, [])) {
      const ids = checklistIdsFromTags(spec.tags);
      for (const test of spec.tests) {
        const last = test.results.at(-1);
        const evidence: EvidenceTest = {
          title: [...path.filter(Boolean), spec.title].join(' › '), file: spec.file, project: test.projectName, outcome: OUTCOME[test.status],
          retries: Math.max(0, test.results.length - 1),
          skipReason: test.status === 'skipped' ? (test.annotations.find((a) => a.type === 'skip')?.description ?? 'skipped') : null,
          error: test.status === 'unexpected' ? (last?.errors[0]?.message ?? 'failed').split('\n')[0]!.slice(0, 300) : null,
        };
        for (const id of ids) byItem.set(id, [...(byItem.get(id) ?? []), evidence]);
      }
    }
  }
  return byItem;
}

export function buildChecklistReport(report: PlaywrightJsonReport, attestations: readonly Attestation[], target: string, now = new Date()): ChecklistReport {
  const evidence = collectEvidence(report);
  // Only the sandbox may pass without attestations: no person can attest for an embedded merchant.
  const attestationsRequired = target !== 'sandbox';
  const items = checklistItems.map((item): ChecklistEntry => {
    const tests = evidence.get(item.id) ?? [];
    const attestation = attestations.find((a) => a.item === item.id) ?? null;
    const failed = tests.filter((t) => t.outcome === 'failed');
    const ran = tests.filter((t) => t.outcome !== 'skipped');
    const needsAttestation = item.evidence !== 'automated';
    const needsTests = item.evidence !== 'attestation';
    let verdict: ItemVerdict;
    let reason: string;
    if (failed.length) {
      verdict = 'fail';
      reason = `${failed.length} of ${tests.length} test(s) failed: ${failed.map((t) => t.title).join('; ')}`;
    } else if (needsTests && ran.length === 0) {
      verdict = 'not-run';
      reason = tests.length ? `every test was skipped (${tests[0]!.skipReason})` : 'no test in this run proves this item';
    } else if (needsAttestation && !attestation) {
      verdict = 'missing';
      reason = needsTests ? `tests passed, but the attestation is missing from golive.attestations.json` : 'no attestation in golive.attestations.json';
    } else if (needsAttestation && !needsTests) {
      verdict = 'attested';
      reason = `attested by ${attestation!.who} on ${attestation!.when}`;
    } else {
      verdict = 'pass';
      reason = `${ran.length} test(s) passed${attestation ? `; attested by ${attestation.who}` : ''}`;
    }
    return { ...item, verdict, reason, tests, attestation };
  });
  const blocking = items.filter((item) => item.required && (item.verdict === 'fail' || item.verdict === 'not-run' || (item.verdict === 'missing' && attestationsRequired)));
  const flaky = [...new Map(items.flatMap((item) => item.tests).filter((t) => t.outcome === 'flaky').map((t) => [`${t.project}:${t.title}`, t])).values()];
  return { generatedAt: now.toISOString(), target, passed: blocking.length === 0, items, flaky };
}

const ICON: Record<ItemVerdict, string> = { pass: '✅ pass', fail: '❌ fail', attested: '🖊 attested', missing: '⚠️ missing', 'not-run': '⏭ not run' };

export function renderChecklistMarkdown(report: ChecklistReport): string {
  const lines = [
    '# OwnGateway go-live checklist',
    '',
    `Target: **${report.target}** · generated ${report.generatedAt} · overall: **${report.passed ? 'PASSED' : 'NOT PASSED'}**`,
    '',
    '| section | item | verdict | why |',
    '|---|---|---|---|',
    ...report.items.map((item) => `| ${item.section} | ${item.item} | ${ICON[item.verdict]} | ${item.reason.replaceAll('|', '\\|')} |`),
    '',
  ];
  for (const item of report.items) {
    lines.push(`## ${item.section}: ${item.item}`, '', `Verdict: ${ICON[item.verdict]}. ${item.reason}`, '');
    if (item.attestation) lines.push(`Attestation: ${item.attestation.who}, ${item.attestation.when}, evidence ${item.attestation.evidence}`, '');
    for (const test of item.tests) lines.push(`- ${test.outcome}${test.retries ? ` after ${test.retries} retr${test.retries === 1 ? 'y' : 'ies'}` : ''}: [${test.project}] ${test.title}${test.error ? ` — ${test.error}` : ''}`);
    if (item.tests.length) lines.push('');
  }
  if (report.flaky.length) {
    lines.push('## Flaky tests (passed only on retry)', '', ...report.flaky.map((t) => `- [${t.project}] ${t.title} (${t.retries} retries)`), '');
  }
  return lines.join('\n');
}
