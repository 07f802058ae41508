import { z } from 'zod';
import { outcomeOf, testsOf, type PlaywrightJsonReport } from '../checklist-report.ts';
import { EVIDENCE_ATTACHMENT, GatewayObject, objectKey, TestEvidenceAttachment } from './gateway-object.ts';

// golive-evidence.json: one entry per check (test) with the checklist items it is evidence for, its
// verdict, and the OwnGateway objects it created or observed, as golive saw them. Written beside the
// results and sealed into the certificate; `verify` looks every object up at OwnGateway.

export const EVIDENCE_SCHEMA = 'golive.evidence/v1';
export const EVIDENCE_FILE = 'golive-evidence.json';

export const EvidenceCheck = z.object({
  title: z.string(),
  file: z.string(),
  project: z.string(),
  /** 'merchant': evidence for the items; 'gateway': a check of OwnGateway's own behaviour, never the merchant's evidence. */
  scope: z.enum(['merchant', 'gateway']),
  items: z.array(z.string()),
  supporting: z.boolean(),
  verdict: z.enum(['passed', 'failed', 'flaky', 'skipped']),
  objects: z.array(GatewayObject),
  /** What golive could not read back when the test ended (the check itself is unaffected). */
  incomplete: z.array(z.string()),
});
export type EvidenceCheck = z.infer<typeof EvidenceCheck>;

export const EvidenceFile = z.object({
  schema: z.literal(EVIDENCE_SCHEMA),
  target: z.string(),
  run_id: z.string().nullable(),
  /** From the first test's start to the last one's end; every object golive made was created inside it. */
  window: z.object({ start: z.iso.datetime(), end: z.iso.datetime() }),
  checks: z.array(EvidenceCheck),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

function attachedEvidence(attachments: readonly { name: string; body?: string | undefined }[], where: string): TestEvidenceAttachment {
  const merged: TestEvidenceAttachment = { objects: [], incomplete: [] };
  for (const attachment of attachments.filter((a) => a.name === EVIDENCE_ATTACHMENT && a.body)) {
    const parsed = TestEvidenceAttachment.safeParse(JSON.parse(Buffer.from(attachment.body!, 'base64').toString('utf8')));
    if (!parsed.success) throw new Error(`${where}: its ${EVIDENCE_ATTACHMENT} attachment is not golive's evidence:\n${z.prettifyError(parsed.error)}`);
    merged.objects.push(...parsed.data.objects);
    merged.incomplete.push(...parsed.data.incomplete);
  }
  // A test's page and its API client each attach what they saw; an object both saw is listed once, as last read.
  return { ...merged, objects: [...new Map(merged.objects.map((o) => [objectKey(o), o])).values()] };
}

export function buildEvidenceFile(report: PlaywrightJsonReport, input: { target: string; runId: string | null; now?: Date }): EvidenceFile {
  const checks: EvidenceCheck[] = [];
  for (const { spec, test, title, merchantIds, gatewayIds, supporting } of testsOf(report)) {
    // The last attempt's objects: a retried test's first try is not what its verdict rests on.
    const evidence = attachedEvidence(test.results.at(-1)?.attachments ?? [], `${test.projectName} › ${title}`);
    checks.push({
      title,
      file: spec.file,
      project: test.projectName,
      scope: merchantIds.length ? 'merchant' : 'gateway',
      items: merchantIds.length ? merchantIds : gatewayIds,
      supporting,
      verdict: outcomeOf(test),
      objects: evidence.objects,
      incomplete: evidence.incomplete,
    });
  }
  const now = input.now ?? new Date();
  const start = report.stats ? new Date(report.stats.startTime) : now;
  const end = report.stats ? new Date(start.getTime() + Math.ceil(report.stats.duration)) : now;
  const runIds = [...new Set(checks.flatMap((c) => c.objects).flatMap((o) => (o.kind === 'payment' && o.run_id ? [o.run_id] : [])))];
  return {
    schema: EVIDENCE_SCHEMA,
    target: input.target,
    run_id: input.runId ?? (runIds.length === 1 ? runIds[0]! : null),
    window: { start: start.toISOString(), end: end.toISOString() },
    checks,
  };
}

/** The objects every item's merchant evidence rests on, for the checklist. */
export function objectsByItem(evidence: EvidenceFile): Map<string, GatewayObject[]> {
  const byItem = new Map<string, Map<string, GatewayObject>>();
  for (const check of evidence.checks.filter((c) => c.scope === 'merchant' && c.verdict !== 'skipped')) {
    for (const item of check.items) {
      const objects = byItem.get(item) ?? new Map<string, GatewayObject>();
      for (const object of check.objects) objects.set(`${object.kind}:${object.id}`, object);
      byItem.set(item, objects);
    }
  }
  return new Map([...byItem].map(([item, objects]) => [item, [...objects.values()]]));
}
