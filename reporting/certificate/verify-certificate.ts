import type { KeyObject } from 'node:crypto';
import { blockingItems } from '../checklist-report.ts';
import { countObjects } from '../evidence/gateway-object.ts';
import { checkAtGateway, type GatewayAccess, type ItemAnswer, type ItemVerification } from './check-at-gateway.ts';
import { checkConsistency } from './check-consistency.ts';
import { checkIntegrity } from './check-integrity.ts';

// `npm run verify`: integrity first (signature, digests, one story across the files), then, unless
// offline, each item's objects at OwnGateway. The answer per item is what OwnGateway's reviewer reads.

export const VerifyExit = {
  /** Intact, and every required item confirmed by OwnGateway (or, offline, intact and consistent). */
  confirmed: 0,
  /** Intact, but OwnGateway does not confirm every required item, or the certificate itself says NOT PASSED. */
  notConfirmed: 1,
  /** verify could not run: bad arguments, unreadable files, OwnGateway unreachable. */
  unusable: 2,
  /** Tampered or inconsistent: the signature, a digest or the files' own story does not hold. */
  refused: 3,
} as const;
export type VerifyExit = (typeof VerifyExit)[keyof typeof VerifyExit];

export interface VerifyOutcome {
  exit: VerifyExit;
  lines: string[];
  items: ItemVerification[];
  problems: string[];
}

const ANSWER: Record<ItemAnswer, string> = {
  confirmed: 'confirmed by OwnGateway',
  'not-found': 'not found',
  differs: 'differs',
  'not-checked': 'not checked',
  'nothing-to-look-up': 'nothing to look up',
  'not-passed': 'not passed',
};

/** Where to look: the reviewer's own OwnGateway URL, or (when not given) the one the certificate names. */
export type VerifyAccess = Omit<GatewayAccess, 'baseUrl'> & { baseUrl?: string | undefined };

export async function verifyCertificate(raw: unknown, trustedKey: KeyObject, given: VerifyAccess | null): Promise<VerifyOutcome> {
  const integrity = checkIntegrity(raw, trustedKey);
  if (!integrity.ok) {
    return {
      exit: VerifyExit.refused,
      problems: integrity.problems,
      items: [],
      lines: ['REFUSED: the certificate is not as golive sealed it', ...integrity.problems.map((p) => `  - ${p}`)],
    };
  }
  const { contents, statement } = integrity;
  const { predicate } = statement;
  const lines = [
    `certificate: target ${predicate.target}, run ${predicate.run_id ?? 'unknown'} (${predicate.window.start} to ${predicate.window.end}), checklist ${predicate.passed ? 'PASSED' : 'NOT PASSED'}`,
    `  OwnGateway: ${predicate.owngateway.map((g) => `${g.base_url} merchant ${g.merchant_id}`).join('; ') || 'none named'}`,
    `  golive ${contents.environment.golive.version}${contents.environment.golive.commit ? ` (${contents.environment.golive.commit.slice(0, 12)})` : ''}, signed by key ${integrity.keyid.slice(0, 16)}…`,
    'integrity: signature and every digest hold',
  ];
  const problems = checkConsistency(contents, predicate);
  if (problems.length) {
    return {
      exit: VerifyExit.refused,
      problems,
      items: [],
      lines: [...lines, 'REFUSED: the sealed files contradict each other', ...problems.map((p) => `  - ${p}`)],
    };
  }
  lines.push('consistency: verdicts, evidence, environment and Allure results agree');
  const blocking = new Set(blockingItems(contents.checklist.items, contents.checklist.target).map((i) => i.id));
  const sealed = [...new Set(contents.environment.owngateway.map((g) => g.base_url))];
  if (!given) {
    lines.push('OwnGateway: not asked (--offline); the objects below are what the certificate claims, not yet confirmed');
    for (const item of contents.checklist.items) lines.push(`  ${item.id.padEnd(42)} ${item.verdict}`);
    return {
      exit: blocking.size ? VerifyExit.notConfirmed : VerifyExit.confirmed,
      problems: [],
      items: [],
      lines: [...lines, blocking.size ? `NOT PASSED: ${[...blocking].join(', ')}` : 'intact (offline)'],
    };
  }
  if (!given.baseUrl && sealed.length !== 1) {
    return {
      exit: VerifyExit.unusable,
      problems: [],
      items: [],
      lines: [...lines, `the certificate names ${sealed.length} OwnGateway URLs (${sealed.join(', ') || 'none'}): say which to look at with --gateway-url`],
    };
  }
  if (!given.baseUrl) lines.push(`looking where the certificate says (${sealed[0]}); --gateway-url or OWNGATEWAY_BASE_URL looks where you know OwnGateway is`);
  const access: GatewayAccess = { ...given, baseUrl: given.baseUrl ?? sealed[0]! };
  let result;
  try {
    result = await checkAtGateway(contents, access, { blockingIds: blocking });
  } catch (error) {
    return {
      exit: VerifyExit.unusable,
      problems: [],
      items: [],
      lines: [...lines, `OwnGateway could not be asked: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  if (result.refused !== null) return { exit: VerifyExit.refused, problems: [result.refused], items: [], lines: [...lines, `REFUSED: ${result.refused}`] };
  lines.push(`OwnGateway at ${result.lookedAt.map((g) => `${g.base_url} (merchant ${g.merchant_id})`).join(', ')}:`);
  const width = Math.max(...result.items.map((i) => i.id.length));
  for (const item of result.items) {
    const answer =
      item.answer !== 'not-passed'
        ? ANSWER[item.answer]
        : item.details[0]?.startsWith('not part of')
          ? 'not part of this profile'
          : `${ANSWER[item.answer]} (${item.verdict.replace('-', ' ')})`;
    const count = item.objects
      ? ` (${countObjects(
          contents.evidence.checks
            .filter((c) => c.scope === 'merchant' && c.verdict !== 'skipped' && c.items.includes(item.id))
            .flatMap((c) => c.objects)
            .filter((o, i, all) => all.findIndex((x) => x.kind === o.kind && x.id === o.id) === i),
        )})`
      : '';
    lines.push(`  ${item.blocking ? '✗' : item.answer === 'confirmed' ? '✓' : '·'} ${item.id.padEnd(width)}  ${answer}${count}`);
    for (const detail of item.details.slice(0, 10)) lines.push(`      ${detail}`);
    if (item.details.length > 10) lines.push(`      … and ${item.details.length - 10} more`);
  }
  const notConfirmed = result.items.filter((i) => i.blocking);
  lines.push(notConfirmed.length ? `NOT CONFIRMED: ${notConfirmed.map((i) => i.id).join(', ')}` : 'CONFIRMED: every required item is confirmed by OwnGateway');
  return { exit: notConfirmed.length ? VerifyExit.notConfirmed : VerifyExit.confirmed, problems: [], items: result.items, lines };
}
