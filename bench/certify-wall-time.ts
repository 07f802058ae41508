import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { runCommandLine } from '../helpers/configuration/command-line.ts';

// `npm run certify` on the sandbox, timed from outside (goal on the 2-core machine: <= 60 s): the
// wall time, the Playwright part of it, what came after (reports, secret scan), and per project the
// tests, the span from its first test start to its last test end, and the summed test time.
// Extra arguments go to certify (e.g. --workers=3). Slow: `npm run bench -- --slow` runs it.

const { passThrough, values } = runCommandLine({
  command: 'node bench/certify-wall-time.ts',
  synopsis: '[--runs N] [certify arguments]',
  describe: [
    ['--runs N', 'run certify N times (default 1) and print each run, then the fastest, median and slowest wall time'],
    ['certify arguments', 'go to npm run certify (e.g. --workers=3, --project=go-live)'],
  ],
  options: { runs: { type: 'string' } },
  passThrough: true,
});
const runs = Number(values.runs ?? '1');
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`certify-wall-time: --runs: expected a whole number of runs, 1 or more, got ${JSON.stringify(values.runs)}`);
  process.exit(2);
}

const Result = z.object({ startTime: z.string(), duration: z.number() });
const Test = z.object({ projectName: z.string(), results: z.array(Result) });
interface Suite {
  specs?: { tests: z.infer<typeof Test>[] }[];
  suites?: Suite[];
}
const Suite: z.ZodType<Suite> = z.lazy(() => z.object({ specs: z.array(z.object({ tests: z.array(Test) })).optional(), suites: z.array(Suite).optional() }));
const Report = z.object({
  suites: z.array(Suite),
  stats: z.object({ duration: z.number(), expected: z.number(), unexpected: z.number(), flaky: z.number(), skipped: z.number() }),
});

function* tests(suite: Suite): Generator<z.infer<typeof Test>> {
  for (const spec of suite.specs ?? []) yield* spec.tests;
  for (const child of suite.suites ?? []) yield* tests(child);
}

/** One certify run into a folder of its own; prints its figures and gives back its wall time. */
function timeOneCertify(label: string): number {
  const reportsDir = mkdtempSync(join(tmpdir(), 'golive-bench-certify-'));
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['scripts/certify.ts', ...passThrough], {
      env: { ...process.env, GOLIVE_REPORTS_DIR: reportsDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const wall = (performance.now() - started) / 1000;
    const parsed = Report.safeParse(JSON.parse(readFileSync(join(reportsDir, 'results.json'), 'utf8')));
    if (!parsed.success) throw new Error(`results.json is not in the shape this bench reads:\n${z.prettifyError(parsed.error)}`);
    const { stats, suites } = parsed.data;
    const playwright = stats.duration / 1000;
    console.log(
      `certify-wall-time${label}: ${wall.toFixed(1)} s wall (exit ${run.status}; goal <= 60 s), Playwright ${playwright.toFixed(1)} s, reports and secret scan ${(wall - playwright).toFixed(1)} s`,
    );
    console.log(`  tests: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped`);
    const byProject = new Map<string, { tests: number; first: number; last: number; summed: number }>();
    for (const test of suites.flatMap((suite) => [...tests(suite)])) {
      const entry = byProject.get(test.projectName) ?? { tests: 0, first: Infinity, last: -Infinity, summed: 0 };
      entry.tests += 1;
      for (const result of test.results) {
        const start = Date.parse(result.startTime);
        entry.first = Math.min(entry.first, start);
        entry.last = Math.max(entry.last, start + result.duration);
        entry.summed += result.duration;
      }
      byProject.set(test.projectName, entry);
    }
    for (const [project, entry] of [...byProject].sort(([a], [b]) => a.localeCompare(b))) {
      const span = Number.isFinite(entry.first) ? ((entry.last - entry.first) / 1000).toFixed(1) : '0.0';
      console.log(
        `  ${project.padEnd(10)} ${String(entry.tests).padStart(4)} tests, span ${span.padStart(6)} s, summed test time ${(entry.summed / 1000).toFixed(1).padStart(6)} s`,
      );
    }
    return wall;
  } finally {
    rmSync(reportsDir, { recursive: true, force: true });
  }
}

// One run says little on a shared 2-core machine (its runs differ by a tenth): several give a spread.
const walls = Array.from({ length: runs }, (_, i) => timeOneCertify(runs > 1 ? ` run ${i + 1}/${runs}` : ''));
if (runs > 1) {
  const sorted = [...walls].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
  console.log(
    `certify-wall-time: ${runs} runs: fastest ${sorted[0]!.toFixed(1)} s, median ${at(0.5).toFixed(1)} s, slowest ${sorted.at(-1)!.toFixed(1)} s; ${walls.filter((w) => w <= 60).length} of ${runs} within the 60 s goal`,
  );
}
