import { z } from 'zod';
import type { Attestation } from '../helpers/checklist/attestations.ts';
import { classifyFailure, type FailureKind } from './failure-kind.ts';
import { countObjects, describeObject, type GatewayObject } from './evidence/gateway-object.ts';
import {
  checklistIdsFromTags,
  checklistItems,
  gatewayCheckIdsFromTags,
  itemScope,
  GATEWAY_SECTION,
  SUPPORTING_TAG,
  type ChecklistItem,
  type ChecklistItemId,
} from '../helpers/checklist/checklist.ts';

// Turns Playwright's JSON results into the go-live checklist report: every item, its verdict and
// the tests behind it. Reads only the fields it needs, validated, so a reporter change fails loudly.

const JsonTest = z.object({
  projectName: z.string(),
  status: z.enum(['expected', 'unexpected', 'flaky', 'skipped']),
  annotations: z.array(z.object({ type: z.string(), description: z.string().optional() })).default([]),
  results: z.array(
    z.object({
      retry: z.number(),
      status: z.string(),
      errors: z.array(z.object({ message: z.string().optional() })).default([]),
      annotations: z.array(z.object({ type: z.string(), description: z.string().optional() })).default([]),
      // Inline attachments carry their body base64; the evidence file reads golive's own (reporting/evidence/).
      attachments: z.array(z.object({ name: z.string(), contentType: z.string(), body: z.string().optional() })).optional(),
    }),
  ),
});
const JsonSpec = z.object({ title: z.string(), file: z.string(), tags: z.array(z.string()).default([]), tests: z.array(JsonTest) });
interface JsonSuite {
  title: string;
  specs?: z.infer<typeof JsonSpec>[];
  suites?: JsonSuite[];
}
const JsonSuite: z.ZodType<JsonSuite> = z.lazy(() =>
  z.object({ title: z.string(), specs: z.array(JsonSpec).optional(), suites: z.array(JsonSuite).optional() }),
);
export const PlaywrightJsonReport = z.object({
  suites: z.array(JsonSuite),
  stats: z.object({ startTime: z.string(), duration: z.number() }).optional(),
});
export type PlaywrightJsonReport = z.infer<typeof PlaywrightJsonReport>;

export type TestOutcome = 'passed' | 'failed' | 'flaky' | 'skipped';
export type ItemVerdict = 'pass' | 'fail' | 'attested' | 'missing' | 'not-run';

export interface EvidenceTest {
  title: string;
  file: string;
  project: string;
  outcome: TestOutcome;
  retries: number;
  skipReason: string | null;
  error: string | null;
  /** Supporting evidence (a setting read back) can fail an item but never carry it alone. */
  supporting: boolean;
  /** What the test looked at, and where (site URL, file paths, endpoint), from its "observed" annotations. */
  observed: string[];
  /** Checks golive could not make in this test (an adapter field missing, say). */
  notChecked: string[];
  /** For a failed test: whether an assertion failed or the harness did (timeout, crash). */
  failureKind: FailureKind | null;
}

export interface ChecklistEntry extends ChecklistItem {
  verdict: ItemVerdict;
  reason: string;
  /** Merchant evidence only: tests that observed the merchant. */
  tests: EvidenceTest[];
  /** Where the evidence was gathered. */
  observed: string[];
  attestation: Attestation | null;
}

/** OwnGateway's own behaviour that an item relies on: reported, never counted as the merchant's evidence. */
export interface GatewayCheckEntry {
  id: ChecklistItemId;
  section: string;
  item: string;
  tests: EvidenceTest[];
  passed: number;
  failed: number;
  skipped: number;
}

export interface ChecklistReport {
  generatedAt: string;
  target: string;
  passed: boolean;
  items: ChecklistEntry[];
  gateway: GatewayCheckEntry[];
  flaky: EvidenceTest[];
}

type JsonSpec = z.infer<typeof JsonSpec>;
type JsonTest = z.infer<typeof JsonTest>;

function* walk(suite: JsonSuite, path: string[]): Generator<{ spec: JsonSpec; path: string[] }> {
  for (const spec of suite.specs ?? []) yield { spec, path };
  for (const child of suite.suites ?? []) yield* walk(child, [...path, child.title]);
}

/** A test of the run, with the checklist items its tags name (merchant evidence, or OwnGateway's own behaviour). */
export interface RunTest {
  spec: JsonSpec;
  test: JsonTest;
  title: string;
  merchantIds: ChecklistItemId[];
  gatewayIds: ChecklistItemId[];
  supporting: boolean;
}

export function* testsOf(report: PlaywrightJsonReport): Generator<RunTest> {
  for (const root of report.suites) {
    for (const { spec, path } of walk(root, [])) {
      const merchantIds = checklistIdsFromTags(spec.tags);
      const gatewayIds = gatewayCheckIdsFromTags(spec.tags);
      const supporting = spec.tags.some((tag) => tag.replace(/^@/, '') === SUPPORTING_TAG.slice(1));
      for (const test of spec.tests) yield { spec, test, title: testTitle(path, spec), merchantIds, gatewayIds, supporting };
    }
  }
}

/** A test's title as the reports show it and the evidence file keys it: suites › spec. */
export const testTitle = (path: readonly string[], spec: JsonSpec): string => [...path.filter(Boolean), spec.title].join(' › ');

/**
 * What a test's attempts did, not whether Playwright expected it: a check marked as expected to fail
 * (test.fail(), or a finding in a detection-matrix defect project) that failed is a failure here,
 * where Playwright's own status would call it "expected".
 */
export function outcomeOf(test: JsonTest): TestOutcome {
  const last = test.results.at(-1);
  if (!last || last.status === 'skipped') return 'skipped';
  if (last.status !== 'passed') return 'failed';
  return test.results.some((result) => result.status !== 'passed' && result.status !== 'skipped') ? 'flaky' : 'passed';
}

export interface CollectedEvidence {
  merchant: Map<ChecklistItemId, EvidenceTest[]>;
  gateway: Map<ChecklistItemId, EvidenceTest[]>;
}

export function collectEvidence(report: PlaywrightJsonReport): CollectedEvidence {
  const merchant = new Map<ChecklistItemId, EvidenceTest[]>();
  const gateway = new Map<ChecklistItemId, EvidenceTest[]>();
  const add = (map: Map<ChecklistItemId, EvidenceTest[]>, id: ChecklistItemId, evidence: EvidenceTest) => map.set(id, [...(map.get(id) ?? []), evidence]);
  for (const { spec, test, title, merchantIds, gatewayIds, supporting } of testsOf(report)) {
    const last = test.results.at(-1);
    const annotations = [...test.annotations, ...(last?.annotations ?? [])];
    const described = (type: string) => [...new Set(annotations.filter((a) => a.type === type && a.description).map((a) => a.description!))];
    const outcome = outcomeOf(test);
    const evidence: EvidenceTest = {
      title,
      file: spec.file,
      project: test.projectName,
      outcome,
      retries: Math.max(0, test.results.length - 1),
      skipReason: outcome === 'skipped' ? (annotations.find((a) => a.type === 'skip')?.description ?? 'skipped') : null,
      error: outcome === 'failed' ? (last?.errors[0]?.message ?? 'failed').split('\n')[0]!.slice(0, 300) : null,
      supporting,
      observed: described('observed'),
      notChecked: described('not checked'),
      failureKind: outcome === 'failed' ? classifyFailure(last?.errors.map((e) => e.message ?? '').join('\n') ?? '') : null,
    };
    for (const id of merchantIds) add(merchant, id, evidence);
    for (const id of gatewayIds) add(gateway, id, evidence);
  }
  return { merchant, gateway };
}

/**
 * The required items of the target's profile that stop a go-live: failed, not run, or (off the sandbox)
 * missing their attestation. Only the sandbox may pass without attestations: no person can attest for
 * an embedded merchant. An id golive does not know counts as in the profile (fail closed).
 */
export function blockingItems<T extends { id: string; required: boolean; verdict: ItemVerdict }>(items: readonly T[], target: string): T[] {
  const attestationsRequired = target !== 'sandbox';
  const inProfile = (id: string) => {
    const known = checklistItems.find((entry) => entry.id === id);
    return known ? itemScope(known, target).inProfile : true;
  };
  return items.filter(
    (item) =>
      item.required && inProfile(item.id) && (item.verdict === 'fail' || item.verdict === 'not-run' || (item.verdict === 'missing' && attestationsRequired)),
  );
}

export function buildChecklistReport(report: PlaywrightJsonReport, attestations: readonly Attestation[], target: string, now = new Date()): ChecklistReport {
  const { merchant: evidence, gateway: gatewayEvidence } = collectEvidence(report);
  const items = checklistItems.map((item): ChecklistEntry => {
    const tests = evidence.get(item.id) ?? [];
    const attestation = attestations.find((a) => a.item === item.id) ?? null;
    const failed = tests.filter((t) => t.outcome === 'failed');
    // Only a test that saw the merchant act carries an item; supporting reads can only fail it.
    const ran = tests.filter((t) => t.outcome !== 'skipped' && !t.supporting);
    const observed = [...new Set(tests.filter((t) => t.outcome !== 'skipped').flatMap((t) => t.observed))];
    const scope = itemScope(item, target);
    const needsAttestation = scope.attestation;
    const needsTests = scope.tests;
    let verdict: ItemVerdict;
    let reason: string;
    if (!scope.inProfile) {
      verdict = 'not-run';
      reason = `not part of ${target}: proving it needs payments, which this profile never creates; the staging certification proves it`;
    } else if (failed.length) {
      verdict = 'fail';
      reason = `${failed.length} of ${tests.length} test(s) failed: ${failed.map((t) => t.title).join('; ')}`;
    } else if (needsTests && ran.length === 0) {
      verdict = 'not-run';
      const reasons = [...new Set(tests.filter((t) => t.outcome === 'skipped').map((t) => t.skipReason))];
      const gatewayCount = gatewayEvidence.get(item.id)?.length ?? 0;
      reason = reasons.length
        ? `no merchant check ran: ${reasons.join('; ')}`
        : tests.length
          ? 'only supporting checks ran (a setting read back); no test saw the merchant act on it'
          : `no test in this run observed the merchant for this item${gatewayCount ? ` (${gatewayCount} OwnGateway check(s) ran; they never count for the merchant)` : ''}`;
    } else if (needsAttestation && !attestation) {
      verdict = 'missing';
      reason = needsTests ? `tests passed, but the attestation is missing from golive.attestations.json` : 'no attestation in golive.attestations.json';
    } else if (needsAttestation && !needsTests) {
      verdict = 'attested';
      reason = `attested by ${attestation!.who} on ${attestation!.when}`;
    } else {
      verdict = 'pass';
      reason = `${ran.length} merchant test(s) passed${attestation ? `; attested by ${attestation.who}` : ''}`;
    }
    return { ...item, verdict, reason, tests, observed, attestation };
  });
  const gateway = checklistItems.flatMap((item): GatewayCheckEntry[] => {
    const tests = gatewayEvidence.get(item.id) ?? [];
    if (!tests.length) return [];
    const count = (outcome: TestOutcome) => tests.filter((t) => t.outcome === outcome).length;
    return [
      {
        id: item.id,
        section: item.section,
        item: item.item,
        tests,
        passed: count('passed') + count('flaky'),
        failed: count('failed'),
        skipped: count('skipped'),
      },
    ];
  });
  const blocking = blockingItems(items, target);
  const everyTest = [...items.flatMap((item) => item.tests), ...gateway.flatMap((g) => g.tests)];
  const flaky = [...new Map(everyTest.filter((t) => t.outcome === 'flaky').map((t) => [`${t.project}:${t.title}`, t])).values()];
  return { generatedAt: now.toISOString(), target, passed: blocking.length === 0, items, gateway, flaky };
}

function renderTestLine(test: EvidenceTest): string {
  const retried = test.retries ? ` after ${test.retries} retr${test.retries === 1 ? 'y' : 'ies'}` : '';
  const detail = test.error ? ` — ${test.error}` : test.skipReason ? ` — ${test.skipReason}` : '';
  const notes = [...(test.supporting ? ['supporting only'] : []), ...test.notChecked.map((n) => `not checked: ${n}`)];
  return `- ${test.outcome}${retried}: [${test.project}] ${test.title}${detail}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

const ICON: Record<ItemVerdict, string> = { pass: '✅ pass', fail: '❌ fail', attested: '🖊 attested', missing: '⚠️ missing', 'not-run': '⏭ not run' };

// Enough for a reviewer to pick a few to look up; golive-evidence.json lists every one.
const OBJECTS_LISTED_PER_ITEM = 12;

/** `objects`: per item, the OwnGateway objects its merchant evidence rests on (reporting/evidence/). */
export function renderChecklistMarkdown(report: ChecklistReport, objects: ReadonlyMap<string, readonly GatewayObject[]> = new Map()): string {
  const objectsOf = (id: string) => objects.get(id) ?? [];
  const lines = [
    '# OwnGateway go-live checklist',
    '',
    `Target: **${report.target}** · generated ${report.generatedAt} · overall: **${report.passed ? 'PASSED' : 'NOT PASSED'}**`,
    '',
    '| section | item | verdict | why | OwnGateway objects |',
    '|---|---|---|---|---|',
    ...report.items.map(
      (item) =>
        `| ${item.section} | ${item.item} | ${ICON[item.verdict]} | ${item.reason.replaceAll('|', '\\|')} | ${countObjects(objectsOf(item.id)) || '—'} |`,
    ),
    '',
  ];
  for (const item of report.items) {
    lines.push(`## ${item.section}: ${item.item}`, '', `Verdict: ${ICON[item.verdict]}. ${item.reason}`, '');
    if (item.attestation) lines.push(`Attestation: ${item.attestation.who}, ${item.attestation.when}, evidence ${item.attestation.evidence}`, '');
    if (item.observed.length) lines.push(`Observed: ${item.observed.join('; ')}`, '');
    const itemObjects = objectsOf(item.id);
    if (itemObjects.length) {
      lines.push(
        `In OwnGateway's records (${countObjects(itemObjects)}):`,
        '',
        ...itemObjects.slice(0, OBJECTS_LISTED_PER_ITEM).map((o) => `- ${describeObject(o)}`),
      );
      if (itemObjects.length > OBJECTS_LISTED_PER_ITEM) lines.push(`- and ${itemObjects.length - OBJECTS_LISTED_PER_ITEM} more (golive-evidence.json)`);
      lines.push('');
    }
    for (const test of item.tests) lines.push(renderTestLine(test));
    if (item.tests.length) lines.push('');
  }
  if (report.gateway.length) {
    lines.push(
      `# ${GATEWAY_SECTION}`,
      '',
      "OwnGateway's own behaviour that the items rely on. These checks never count as the merchant's evidence.",
      '',
      '| item | passed | failed | skipped |',
      '|---|---|---|---|',
      ...report.gateway.map((g) => `| ${g.section}: ${g.item} | ${g.passed} | ${g.failed} | ${g.skipped} |`),
      '',
    );
    for (const entry of report.gateway) {
      lines.push(`## OwnGateway, for ${entry.section}: ${entry.item}`, '', ...entry.tests.map(renderTestLine), '');
    }
  }
  if (report.flaky.length) {
    lines.push('## Flaky tests (passed only on retry)', '', ...report.flaky.map((t) => `- [${t.project}] ${t.title} (${t.retries} retries)`), '');
  }
  return lines.join('\n');
}
