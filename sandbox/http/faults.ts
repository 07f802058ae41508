import { z } from 'zod';

// Fault injection for the failure scenarios, shared by the connector simulator and golive's fault proxy in front of OwnGateway:
// latency, a 500, a hang (timeout) or a dropped connection, either per request (headers) or for the
// next N requests matching a rule.

export const FaultKind = z.union([z.literal(500), z.literal('timeout'), z.literal('reset')]);
export type FaultKind = z.infer<typeof FaultKind>;

export const FaultRule = z.object({
  match: z
    .object({
      path_prefix: z.string().optional(),
      method: z.string().optional(),
      /** Fault proxy only: which key made the call, so the merchant server's calls fail while the browser's go through. */
      caller: z.enum(['secret', 'publishable']).optional(),
    })
    .default({}),
  latency_ms: z.number().int().min(0).max(60_000).optional(),
  fail: FaultKind.optional(),
  /** before: the request is never processed; after: it is processed, then the answer is lost. */
  phase: z.enum(['before', 'after']).default('before'),
  times: z.number().int().positive().optional(),
});
export type FaultRule = z.infer<typeof FaultRule>;

export interface FaultDecision {
  latencyMs: number;
  fail: FaultKind | undefined;
  phase: 'before' | 'after';
  matched: readonly FaultRule[];
}

export class FaultInjector {
  #rules: FaultRule[] = [];

  add(rule: FaultRule): void {
    this.#rules.push(rule);
  }
  /** Rules still waiting for a matching request: a rule with `times` leaves once it has been applied. */
  pending(): readonly FaultRule[] {
    return this.#rules;
  }
  clear(): void {
    this.#rules = [];
  }

  decide(method: string, path: string, headers: Record<string, string | string[] | undefined>, caller?: string): FaultDecision {
    let latencyMs = Number(headers['x-simulator-latency-ms'] ?? 0) || 0;
    const headerFail = headers['x-simulator-fail'];
    let fail: FaultKind | undefined = headerFail === '500' ? 500 : headerFail === 'timeout' || headerFail === 'reset' ? headerFail : undefined;
    let phase: 'before' | 'after' = 'before';
    const matched: FaultRule[] = [];
    for (const rule of this.#rules) {
      if (rule.match.path_prefix && !path.startsWith(rule.match.path_prefix)) continue;
      if (rule.match.method && rule.match.method.toUpperCase() !== method) continue;
      if (rule.match.caller && rule.match.caller !== caller) continue;
      matched.push(rule);
      latencyMs = Math.max(latencyMs, rule.latency_ms ?? 0);
      if (!fail && rule.fail) {
        fail = rule.fail;
        phase = rule.phase;
      }
      if (rule.times !== undefined) rule.times -= 1;
    }
    this.#rules = this.#rules.filter((rule) => rule.times === undefined || rule.times > 0);
    return { latencyMs, fail, phase, matched };
  }
}
