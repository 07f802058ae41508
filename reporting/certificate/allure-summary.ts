import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// What the Allure results say, small enough to seal: counts by status and each result's name and
// status. The Allure report itself is generated from these results and is not sealed byte for byte.

const AllureResult = z.looseObject({ name: z.string(), fullName: z.string().optional(), status: z.string().optional() });

export const AllureSummary = z.object({
  results: z.number().int().nonnegative(),
  by_status: z.record(z.string(), z.number().int().nonnegative()),
  tests: z.array(z.object({ name: z.string(), status: z.string() })),
});
export type AllureSummary = z.infer<typeof AllureSummary>;

export function summarizeAllureResults(resultsDir: string): AllureSummary {
  const files = existsSync(resultsDir) ? readdirSync(resultsDir).filter((f) => f.endsWith('-result.json')) : [];
  const tests = files
    .map((file) => {
      const parsed = AllureResult.safeParse(JSON.parse(readFileSync(join(resultsDir, file), 'utf8')));
      if (!parsed.success) throw new Error(`${join(resultsDir, file)} is not an Allure result:\n${z.prettifyError(parsed.error)}`);
      return { name: parsed.data.fullName ?? parsed.data.name, status: parsed.data.status ?? 'unknown' };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.status.localeCompare(b.status));
  const byStatus: Record<string, number> = {};
  for (const test of tests) byStatus[test.status] = (byStatus[test.status] ?? 0) + 1;
  return { results: tests.length, by_status: byStatus, tests };
}
