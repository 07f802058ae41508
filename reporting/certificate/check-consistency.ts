import { blockingItems } from '../checklist-report.ts';
import { describeObject, type GatewayObject } from '../evidence/gateway-object.ts';
import type { SealedContents } from './sealed-files.ts';
import type { CertificatePredicate } from './statement.ts';

// Offline, after the signature: the sealed files must tell one story. A verdict that does not follow
// from its checks, a check the checklist counts but the evidence lacks, an object from another
// gateway, merchant or run: each is named. This is what catches a bundle re-signed after an edit.

/** Clocks differ between golive's machine and OwnGateway's; a minute is allowed either way. */
export const CLOCK_TOLERANCE_MS = 60_000;

export function insideWindow(created: string | null, window: { start: string; end: string }, toleranceMs = CLOCK_TOLERANCE_MS): boolean {
  if (!created) return false;
  const at = Date.parse(created.endsWith('Z') || /[+-]\d\d:\d\d$/.test(created) ? created : `${created}Z`);
  return at >= Date.parse(window.start) - toleranceMs && at <= Date.parse(window.end) + toleranceMs;
}

const checkKey = (project: string, title: string) => `${project} › ${title}`;

export function checkConsistency(contents: SealedContents, predicate: CertificatePredicate): string[] {
  const { checklist, evidence, environment, allureSummary } = contents;
  const problems: string[] = [];
  const targets = new Set([predicate.target, checklist.target, evidence.target, environment.target]);
  if (targets.size > 1) problems.push(`target: the files disagree (${[...targets].join(', ')})`);
  const runIds = new Set([predicate.run_id, evidence.run_id, environment.run_id]);
  if (runIds.size > 1) problems.push(`run id: the files disagree (${[...runIds].join(', ')})`);
  if (predicate.window.start !== evidence.window.start || predicate.window.end !== evidence.window.end)
    problems.push('run window: the statement and the evidence disagree');
  const sealedGateways = new Set(environment.owngateway.map((g) => `${g.base_url} ${g.merchant_id}`));
  const statedGateways = new Set(predicate.owngateway.map((g) => `${g.base_url} ${g.merchant_id}`));
  if (sealedGateways.size !== statedGateways.size || [...statedGateways].some((g) => !sealedGateways.has(g)))
    problems.push('OwnGateway base URL or merchant: the statement and environment.json disagree');

  const recomputedPass = blockingItems(checklist.items, checklist.target).length === 0;
  if (checklist.passed !== recomputedPass)
    problems.push(`checklist: says ${checklist.passed ? 'PASSED' : 'NOT PASSED'}, its item verdicts say ${recomputedPass ? 'PASSED' : 'NOT PASSED'}`);
  if (predicate.passed !== checklist.passed)
    problems.push(`verdict: the statement says ${predicate.passed ? 'PASSED' : 'NOT PASSED'}, the checklist ${checklist.passed ? 'PASSED' : 'NOT PASSED'}`);

  const checks = new Map(evidence.checks.filter((c) => c.scope === 'merchant').map((c) => [checkKey(c.project, c.title), c]));
  for (const item of checklist.items) {
    for (const test of item.tests) {
      const check = checks.get(checkKey(test.project, test.title));
      if (!check || !check.items.includes(item.id)) problems.push(`${item.id}: the evidence of check "${test.title}" [${test.project}] is missing`);
      else if (check.verdict !== test.outcome)
        problems.push(`${item.id}: check "${test.title}" is ${test.outcome} in the checklist, ${check.verdict} in the evidence`);
    }
  }
  const verdicts = new Map(checklist.items.map((i) => [i.id, i]));
  for (const check of checks.values()) {
    if (check.verdict !== 'failed') continue;
    for (const id of check.items) {
      const item = verdicts.get(id);
      if (item && item.verdict !== 'fail' && !item.reason.startsWith('not part of'))
        problems.push(`${id}: verdict ${item.verdict}, but its check "${check.title}" failed`);
    }
  }
  const failedChecks = evidence.checks.filter((c) => c.verdict === 'failed').length;
  const failedResults = (allureSummary.by_status.failed ?? 0) + (allureSummary.by_status.broken ?? 0);
  if (failedChecks > 0 && failedResults === 0 && allureSummary.results > 0)
    problems.push(`allure-summary.json: no failed result, but ${failedChecks} check(s) failed in the evidence`);
  if (failedChecks === 0 && failedResults > 0 && evidence.checks.length > 0)
    problems.push(`golive-evidence.json: no failed check, but the Allure results have ${failedResults} failed`);

  const objectProblem = (object: GatewayObject): string | null => {
    const merchant = object.kind === 'payment' || object.kind === 'event' ? object.merchant_id : null;
    if (![...sealedGateways].some((g) => g.startsWith(`${object.gateway} `) && (merchant === null || g === `${object.gateway} ${merchant}`))) {
      return `${describeObject(object)}: made at ${object.gateway}${merchant ? ` for ${merchant}` : ''}, not an OwnGateway merchant the certificate names`;
    }
    if (object.kind === 'payment' && object.origin === 'golive' && object.run_id !== evidence.run_id)
      return `payment ${object.id}: carries run ${object.run_id ?? 'none'}, the certificate is for run ${evidence.run_id ?? 'none'}`;
    if ((object.kind === 'payment' || object.kind === 'refund') && object.origin === 'golive' && !insideWindow(object.created, evidence.window)) {
      return `${object.kind} ${object.id}: created ${object.created ?? 'at an unknown time'}, outside the run (${evidence.window.start} to ${evidence.window.end})`;
    }
    return null;
  };
  const seen = new Set<string>();
  for (const object of evidence.checks.flatMap((c) => c.objects)) {
    if (seen.has(`${object.kind}:${object.id}`)) continue;
    seen.add(`${object.kind}:${object.id}`);
    const problem = objectProblem(object);
    if (problem) problems.push(problem);
  }
  return problems;
}
