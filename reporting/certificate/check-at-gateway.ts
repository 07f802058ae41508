import { z } from 'zod';
import { GatewayApiError, GatewayClient } from '../../helpers/gateway-client/index.ts';
import type { EventList } from '../../helpers/schemas/index.ts';
import { describeObject, type GatewayObject } from '../evidence/gateway-object.ts';
import { CLOCK_TOLERANCE_MS, insideWindow } from './check-consistency.ts';
import type { SealedContents } from './sealed-files.ts';

// Online: every object the evidence names, looked up in OwnGateway's own records where the reviewer
// looks. It must exist for the certificate's merchant, carry the run's id (golive's own payments),
// have been created inside the run's window, and show the status, amount, currency and webhook
// acknowledgements the evidence claims. A certificate is confirmed only at the gateway it was made
// against: a sandbox run cannot pass as a staging one.

export type ObjectAnswer =
  | { answer: 'confirmed'; note: string | null }
  | { answer: 'not-found'; why: string }
  | { answer: 'differs'; what: string[] }
  | { answer: 'not-checked'; why: string };

export type ItemAnswer = 'confirmed' | 'not-found' | 'differs' | 'not-checked' | 'nothing-to-look-up' | 'not-passed';
export interface ItemVerification {
  id: string;
  verdict: string;
  answer: ItemAnswer;
  blocking: boolean;
  details: string[];
  objects: number;
}

export interface GatewayAccess {
  baseUrl: string;
  /** The merchant the reviewer looks at, if named; it must be the certificate's. */
  merchantId?: string | undefined;
  merchantApiKey?: string | undefined;
  adminApiKey?: string | undefined;
}

export type GatewayVerification = { refused: string } | { refused: null; items: ItemVerification[]; lookedAt: { base_url: string; merchant_id: string }[] };

const normalized = (url: string) => url.replace(/\/+$/, '');
// Statuses OwnGateway may still move on from after a check ended (an asynchronous settlement).
const STILL_MOVING = new Set(['processing', 'pending']);
const MandateRecord = z.looseObject({ mandate_id: z.string(), status: z.string() });
// A run names hundreds of objects; OwnGateway is asked a few at a time, not all at once.
const LOOKUPS_AT_ONCE = 8;

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(work));
}

async function lookUp<T>(read: () => Promise<T>): Promise<{ found: T } | { answer: ObjectAnswer }> {
  try {
    return { found: await read() };
  } catch (error) {
    if (error instanceof GatewayApiError && error.httpStatus === 404) return { answer: { answer: 'not-found', why: `OwnGateway answered 404 ${error.code}` } };
    return { answer: { answer: 'not-checked', why: error instanceof Error ? error.message.split('\n')[0]! : String(error) } };
  }
}

function compare(differences: string[], what: string, claimed: unknown, actual: unknown): void {
  if (claimed !== actual) differences.push(`${what} ${String(claimed)} in the evidence, ${String(actual)} at OwnGateway`);
}

function statusAnswer(differences: string[], claimed: string, actual: string): string | null {
  if (claimed === actual) return null;
  if (STILL_MOVING.has(claimed)) return `moved on since: ${claimed} → ${actual}`;
  differences.push(`status ${claimed} in the evidence, ${actual} at OwnGateway`);
  return null;
}

/** One merchant at the gateway: its objects looked up with a key that sees only its own records. */
async function checkMerchantObjects(
  objects: GatewayObject[],
  merchantId: string,
  contents: SealedContents,
  access: GatewayAccess,
  toleranceMs: number,
): Promise<Map<string, ObjectAnswer>> {
  const answers = new Map<string, ObjectAnswer>();
  // Nothing to look up (a production-readiness run creates nothing): no key is made on the merchant for it.
  if (!objects.length) return answers;
  const { run_id: runId, window } = contents.evidence;
  const admin = access.adminApiKey
    ? new GatewayClient({ baseUrl: access.baseUrl, merchantId, apiKey: access.adminApiKey, adminApiKey: access.adminApiKey })
    : null;
  let apiKey = access.merchantApiKey;
  let temporaryKeyId: string | null = null;
  if (!apiKey && admin) {
    // An admin key reads no payments: a short-lived key of the merchant's own does, and is revoked after.
    const created = await lookUp(() =>
      admin.admin.createApiKey(merchantId, {
        name: 'golive verify',
        description: 'read-only look-up of a go-live certificate',
        expiration: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    if ('answer' in created) {
      const why =
        created.answer.answer === 'not-found'
          ? `merchant ${merchantId} does not exist at OwnGateway`
          : `no key could be made for merchant ${merchantId}: ${created.answer.answer === 'not-checked' ? created.answer.why : ''}`;
      for (const object of objects)
        answers.set(`${object.kind}:${object.id}`, created.answer.answer === 'not-found' ? { answer: 'not-found', why } : { answer: 'not-checked', why });
      return answers;
    }
    apiKey = created.found.api_key;
    temporaryKeyId = created.found.key_id;
  }
  if (!apiKey) {
    for (const object of objects)
      answers.set(`${object.kind}:${object.id}`, {
        answer: 'not-checked',
        why: "no key to read OwnGateway with (OWNGATEWAY_ADMIN_API_KEY or the merchant's OWNGATEWAY_API_KEY)",
      });
    return answers;
  }
  const client = new GatewayClient({ baseUrl: access.baseUrl, merchantId, apiKey });
  const eventsAbout = new Map<string, Promise<{ found: z.infer<typeof EventList> } | { answer: ObjectAnswer }>>();
  const window_ = (created: string | null, differences: string[]) => {
    if (!insideWindow(created, window, toleranceMs))
      differences.push(`created ${created ?? 'at an unknown time'} at OwnGateway, outside the run (${window.start} to ${window.end})`);
  };
  try {
    await inBatches(objects, LOOKUPS_AT_ONCE, async (object) => {
      const differences: string[] = [];
      let note: string | null = null;
      const key = `${object.kind}:${object.id}`;
      if (object.kind === 'payment') {
        const result = await lookUp(() => client.payments.retrieve(object.id));
        if ('answer' in result) return answers.set(key, result.answer);
        const payment = result.found;
        compare(differences, 'merchant', merchantId, payment.merchant_id);
        const carried = typeof payment.metadata?.golive_run_id === 'string' ? payment.metadata.golive_run_id : null;
        if (object.origin === 'golive' || carried !== null) compare(differences, 'run id', runId, carried);
        window_(payment.created ?? null, differences);
        note = statusAnswer(differences, object.status, payment.status);
        compare(differences, 'amount', object.amount, payment.amount);
        compare(differences, 'currency', object.currency, payment.currency);
      } else if (object.kind === 'refund') {
        const result = await lookUp(() => client.refunds.retrieve(object.id));
        if ('answer' in result) return answers.set(key, result.answer);
        const refund = result.found;
        compare(differences, 'payment', object.payment_id, refund.payment_id);
        window_(refund.created_at ?? null, differences);
        note = statusAnswer(differences, object.status, refund.status);
        compare(differences, 'amount', object.amount, refund.amount);
        compare(differences, 'currency', object.currency, refund.currency);
      } else if (object.kind === 'mandate') {
        const result = await lookUp(() => client.raw(MandateRecord, apiKey, 'GET', `/mandates/${encodeURIComponent(object.id)}`));
        if ('answer' in result) return answers.set(key, result.answer);
        if (object.status !== null) compare(differences, 'status', object.status, result.found.status);
      } else {
        if (!admin)
          return answers.set(key, { answer: 'not-checked', why: 'webhook deliveries are read through the events API, which needs OWNGATEWAY_ADMIN_API_KEY' });
        if (!eventsAbout.has(object.object_id))
          eventsAbout.set(
            object.object_id,
            lookUp(() => admin.admin.listEvents(merchantId, { object_id: object.object_id })),
          );
        const result = await eventsAbout.get(object.object_id)!;
        if ('answer' in result) return answers.set(key, result.answer);
        const event = result.found.find((e) => e.event_id === object.id);
        if (!event) return answers.set(key, { answer: 'not-found', why: `no event ${object.id} about ${object.object_id} for merchant ${merchantId}` });
        compare(differences, 'merchant', merchantId, event.merchant_id);
        compare(differences, 'event type', object.event_type, event.event_type);
        window_(event.created, differences);
        for (const attempt of object.attempts) {
          const actual = event.delivery_attempts.find((a) => a.attempt === attempt.attempt);
          if (!actual) differences.push(`delivery attempt ${attempt.attempt}: in the evidence, not at OwnGateway`);
          else if (actual.is_success !== attempt.is_success || actual.response_status !== attempt.response_status) {
            differences.push(
              `delivery attempt ${attempt.attempt}: ${attempt.response_status ?? 'no answer'}${attempt.is_success ? ' (acknowledged)' : ''} in the evidence, ${actual.response_status ?? 'no answer'}${actual.is_success ? ' (acknowledged)' : ''} at OwnGateway`,
            );
          }
        }
      }
      return answers.set(key, differences.length ? { answer: 'differs', what: differences } : { answer: 'confirmed', note });
    });
  } finally {
    if (temporaryKeyId && admin) await admin.admin.revokeApiKey(merchantId, temporaryKeyId).catch(() => undefined);
  }
  return answers;
}

const SEVERITY: ItemAnswer[] = ['differs', 'not-found', 'not-checked', 'confirmed'];

export async function checkAtGateway(
  contents: SealedContents,
  access: GatewayAccess,
  options: { toleranceMs?: number; blockingIds: ReadonlySet<string> } = { blockingIds: new Set() },
): Promise<GatewayVerification> {
  const { environment, evidence, checklist } = contents;
  const baseUrl = normalized(access.baseUrl);
  const here = environment.owngateway.filter((g) => normalized(g.base_url) === baseUrl);
  if (!here.length) {
    return {
      refused: `this certificate was made against ${environment.owngateway.map((g) => g.base_url).join(', ') || 'no OwnGateway'} (target ${environment.target}), not ${baseUrl}: it can be confirmed only where it was made`,
    };
  }
  if (access.merchantId && !here.some((g) => g.merchant_id === access.merchantId)) {
    return { refused: `this certificate is for merchant ${here.map((g) => g.merchant_id).join(', ')} at ${baseUrl}, not ${access.merchantId}` };
  }
  const lookedAt = access.merchantId ? here.filter((g) => g.merchant_id === access.merchantId) : here;
  const objects = new Map<string, GatewayObject>();
  for (const object of evidence.checks.flatMap((c) => c.objects)) objects.set(`${object.kind}:${object.id}`, object);
  const answers = new Map<string, ObjectAnswer>();
  for (const gateway of lookedAt) {
    // A refund names no merchant: it is looked up as the merchant of its payment.
    const merchantOf = (o: GatewayObject): string | null => {
      if (o.kind === 'payment' || o.kind === 'event') return o.merchant_id;
      const payment = objects.get(`payment:${o.payment_id}`);
      return payment?.kind === 'payment' ? payment.merchant_id : lookedAt.length === 1 ? gateway.merchant_id : null;
    };
    const mine = [...objects.values()].filter((o) => normalized(o.gateway) === baseUrl && merchantOf(o) === gateway.merchant_id);
    for (const [key, answer] of await checkMerchantObjects(
      mine,
      gateway.merchant_id,
      contents,
      { ...access, baseUrl },
      options.toleranceMs ?? CLOCK_TOLERANCE_MS,
    ))
      answers.set(key, answer);
  }
  const items = checklist.items.map((item): ItemVerification => {
    const blocking = options.blockingIds.has(item.id);
    // A person's word: there is nothing of it in OwnGateway's records to look up.
    if (item.verdict === 'attested') return { id: item.id, verdict: item.verdict, answer: 'nothing-to-look-up', blocking, details: [item.reason], objects: 0 };
    if (item.verdict !== 'pass') return { id: item.id, verdict: item.verdict, answer: 'not-passed', blocking, details: [item.reason], objects: 0 };
    const itemObjects = new Map<string, GatewayObject>();
    for (const check of evidence.checks.filter((c) => c.scope === 'merchant' && c.verdict !== 'skipped' && c.items.includes(item.id))) {
      for (const object of check.objects) itemObjects.set(`${object.kind}:${object.id}`, object);
    }
    if (!itemObjects.size) {
      return item.checkableWithoutPayments
        ? {
            id: item.id,
            verdict: item.verdict,
            answer: 'nothing-to-look-up',
            blocking: false,
            details: ['a read-only check: it rests on no payment, refund or webhook'],
            objects: 0,
          }
        : {
            id: item.id,
            verdict: item.verdict,
            answer: 'not-found',
            blocking: item.required,
            details: ['its evidence names no OwnGateway record'],
            objects: 0,
          };
    }
    const details: string[] = [];
    const found = new Set<ItemAnswer>();
    for (const [key, object] of itemObjects) {
      const answer = answers.get(key) ?? {
        answer: 'not-checked' as const,
        why: `made at ${object.gateway}${object.kind === 'payment' ? ` for ${object.merchant_id}` : ''}, not where verify looked`,
      };
      found.add(answer.answer);
      if (answer.answer === 'differs') details.push(`${describeObject(object)}: ${answer.what.join('; ')}`);
      else if (answer.answer === 'not-found') details.push(`${describeObject(object)}: not found (${answer.why})`);
      else if (answer.answer === 'not-checked') details.push(`${describeObject(object)}: not checked (${answer.why})`);
      else if (answer.note) details.push(`${describeObject(object)}: ${answer.note}`);
    }
    const worst = SEVERITY.find((a) => found.has(a))!;
    return { id: item.id, verdict: item.verdict, answer: worst, blocking: worst !== 'confirmed' && item.required, details, objects: itemObjects.size };
  });
  return { refused: null, items, lookedAt: lookedAt.map((g) => ({ base_url: g.base_url, merchant_id: g.merchant_id })) };
}
