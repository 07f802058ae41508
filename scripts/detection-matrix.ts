import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { runCommandLine, usage } from '../helpers/configuration/command-line.ts';
import { CHECKLIST_TAG_PREFIX, checklistItems, type ChecklistItemId } from '../helpers/checklist/checklist.ts';
import { PlaywrightJsonReport, collectEvidence, type EvidenceTest } from '../reporting/checklist-report.ts';
import { expectedFailures as referenceFailures, SeededDefect } from '../sandbox/defects.ts';
import { expectedFailures as spaFailures, SpaDefect } from '../sandbox/storefront-spa/index.ts';
import { VendureDefect } from '../sandbox/shop-vendure/defects.ts';
import { expectedFailures as vendureFailures } from '../sandbox/shop-vendure/expected-failures.ts';
import { cli } from './node-bin.ts';

// Self-certification: the go-live checks run against the correct reference storefront (no merchant
// check may fail) and against each seeded defect. A defect counts as caught only when a merchant
// test of the item it violates fails on an assertion (not a timeout, a crash or a set-up error) and
// that same test passed against the correct storefront in this run. Exits non-zero otherwise.

// Each sandbox storefront seeds its own catalogue of mistakes; the reference one also carries the
// merchant's dashboard mistakes, which do not depend on the shop.
// The Vendure shop is not one of the sandbox's embedded storefronts: it is certified in staging shape
// (its own process, known to golive only through its adapter), so each of its runs is one.
const CATALOGUES = {
  reference: { defects: SeededDefect.options, expectedFailures: referenceFailures as Record<string, ChecklistItemId[]>, stagingShaped: false },
  spa: { defects: SpaDefect.options, expectedFailures: spaFailures as Record<string, ChecklistItemId[]>, stagingShaped: false },
  vendure: { defects: VendureDefect.options, expectedFailures: vendureFailures as Record<string, ChecklistItemId[]>, stagingShaped: true },
} as const;
type StorefrontName = keyof typeof CATALOGUES;

const commandLine = {
  command: 'npm run detection-matrix',
  synopsis: '[-- [--storefront reference|spa] [--concurrency N] [defect ...]]',
  describe: [
    [
      'defect',
      `one or more of the storefront's seeded defects (default: all); reference: ${SeededDefect.options.join(', ')}; spa: ${SpaDefect.options.join(', ')}`,
    ],
    [
      '--storefront',
      'which shop to seed: reference (default), spa (the single-page shop, GOLIVE_SANDBOX_STOREFRONT=spa) or vendure (the Vendure shop, in staging shape)',
    ],
    ['--concurrency', 'defect runs side by side (default 2: one Playwright worker each)'],
  ],
  options: { concurrency: { type: 'string' }, storefront: { type: 'string' } },
  allowPositionals: true,
} as const;
const args = runCommandLine(commandLine);
const concurrency = Number(args.values.concurrency ?? '2');
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error(`detection-matrix: --concurrency: expected a whole number >= 1, got ${JSON.stringify(args.values.concurrency)}`);
  process.exit(2);
}
const storefront = (args.values.storefront ?? 'reference') as StorefrontName;
if (!(storefront in CATALOGUES)) {
  console.error(`detection-matrix: --storefront: expected reference, spa or vendure, got ${JSON.stringify(args.values.storefront)}\n${usage(commandLine)}`);
  process.exit(2);
}
const { expectedFailures } = CATALOGUES[storefront];
const catalogue: readonly string[] = CATALOGUES[storefront].defects;
const defects = args.positionals.length
  ? args.positionals.map((d) => {
      if (!catalogue.includes(d)) {
        console.error(`detection-matrix: ${JSON.stringify(d)} is not a seeded defect of the ${storefront} storefront\n${usage(commandLine)}`);
        process.exit(2);
      }
      return d;
    })
  : catalogue;
const workdir = mkdtempSync(join(tmpdir(), 'golive-matrix-'));

interface RunResult {
  label: string;
  merchant: Map<ChecklistItemId, EvidenceTest[]>;
}

function runGoLive(defect: string | null, workers: number): Promise<RunResult> {
  const label = defect ?? 'correct integration';
  const output = join(workdir, `${defect ?? 'clean'}.json`);
  // A defect run needs only the checks of the items it violates; the clean run checks everything.
  const grep = defect ? ['--grep', expectedFailures[defect]!.map((item) => `${CHECKLIST_TAG_PREFIX}${item}`.replaceAll('.', '\\.')).join('|')] : [];
  const [command, commandArgs] = CATALOGUES[storefront].stagingShaped
    ? [
        process.execPath,
        [
          'scripts/staging-shaped-certification.ts',
          '--storefront',
          storefront,
          ...(defect ? ['--defect', defect] : []),
          '--results-json',
          output,
          '--',
          '--project=go-live',
          '--retries=0',
          `--workers=${workers}`,
          ...grep,
        ],
      ]
    : cli('playwright', ['test', '--project=go-live', '--retries=0', `--workers=${workers}`, '--reporter=json', ...grep]);
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      // Runs side by side each keep their own output folder: Playwright empties it when a run starts.
      env: {
        ...process.env,
        GOLIVE_REPORTS_DIR: join(workdir, `${defect ?? 'clean'}-reports`),
        GOLIVE_SANDBOX_STOREFRONT: storefront,
        GOLIVE_DEFECT: defect ?? '',
        PLAYWRIGHT_JSON_OUTPUT_NAME: output,
        GOLIVE_CERTIFY: '',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => {
      let report;
      try {
        report = PlaywrightJsonReport.parse(JSON.parse(readFileSync(output, 'utf8')));
      } catch (error) {
        reject(
          new Error(`the go-live run for ${label} wrote no readable JSON report (exit ${code}): ${error instanceof Error ? error.message : String(error)}`),
        );
        return;
      }
      resolve({ label, merchant: collectEvidence(report).merchant });
    });
  });
}

async function inPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

const started = performance.now();
const clean = await runGoLive(null, concurrency);
const passedClean = new Set(
  [...clean.merchant.values()]
    .flat()
    .filter((t) => t.outcome === 'passed')
    .map((t) => t.title),
);
console.log(`detection-matrix: correct ${storefront} storefront: ${passedClean.size} merchant checks passed`);
const runs = await inPool(defects, concurrency, async (defect) => {
  const run = await runGoLive(defect, 1);
  console.log(`detection-matrix: ${defect} done`);
  return { defect, run };
});
rmSync(workdir, { recursive: true, force: true });

type Cell = { verdict: 'CAUGHT' | 'MISSED' | 'CRASHED' | 'TIMED OUT' | 'FALSE ALARM' | '.'; detail: string };
const items = checklistItems.filter((item) => item.evidence !== 'attestation').map((item) => item.id);

/** How a defect run judged one item: caught only by an assertion in a test that passed on the correct storefront. */
function judge(run: RunResult, item: ChecklistItemId, expected: boolean): Cell {
  const failing = (run.merchant.get(item) ?? []).filter((t) => t.outcome === 'failed');
  const caughtBy = failing.find((t) => t.failureKind === 'assertion' && passedClean.has(t.title));
  if (!expected) return failing.length ? { verdict: 'FALSE ALARM', detail: `${failing[0]!.title}: ${failing[0]!.error ?? ''}` } : { verdict: '.', detail: '' };
  if (caughtBy) return { verdict: 'CAUGHT', detail: `${caughtBy.title}: ${(caughtBy.error ?? '').replace(/^Error:\s*/, '').slice(0, 160)}` };
  const harness = failing[0];
  if (harness) {
    const kind = harness.failureKind ?? 'crash';
    // The error's first line says what broke, so a harness failure can be told from a flaw in the check.
    const said =
      stripVTControlCharacters(harness.error ?? '')
        .split('\n')[0]
        ?.slice(0, 200) ?? '';
    const why =
      kind === 'assertion'
        ? 'failed on an assertion, but that test did not pass on the correct storefront'
        : `failed by a ${kind}, not an assertion${said ? ` (${said})` : ''}`;
    return { verdict: kind === 'timeout' ? 'TIMED OUT' : 'CRASHED', detail: `${harness.title}: ${why}` };
  }
  return { verdict: 'MISSED', detail: 'no check of this item failed' };
}

const problems: string[] = [];
for (const item of items) {
  const cell = judge(clean, item, false);
  if (cell.verdict !== '.') problems.push(`correct integration: FALSE ALARM on ${item}: ${cell.detail}`);
}
console.log('\nDetection matrix (rows: seeded defect; columns: checklist item; CAUGHT = an assertion of that item failed)\n');
console.log(['defect', ...items].join(' | '));
console.log(['(correct integration)', ...items.map((item) => judge(clean, item, false).verdict)].join(' | '));
let caught = 0;
for (const { defect, run } of runs) {
  const expected = new Set(expectedFailures[defect]);
  // Defect runs execute only the expected items' checks, so only those columns are judged.
  const cells = items.map((item) => (expected.has(item) ? judge(run, item, true) : { verdict: '.' as const, detail: '' }));
  console.log([defect, ...cells.map((c) => c.verdict)].join(' | '));
  let all = true;
  for (const [i, cell] of cells.entries()) {
    if (!expected.has(items[i]!)) continue;
    if (cell.verdict === 'CAUGHT') console.log(`    ${items[i]}: ${cell.detail}`);
    else {
      all = false;
      problems.push(`${defect}: ${cell.verdict} on ${items[i]}: ${cell.detail}`);
    }
  }
  if (all) caught += 1;
}
console.log(
  `\ndetection-matrix: ${runs.length} defects, ${problems.length ? `${problems.length} problem(s)` : 'every defect caught by an assertion, no false alarm'} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
for (const problem of problems) console.error(`  ${problem}`);
console.log(`${caught} passed, ${runs.length - caught} failed`);
process.exit(problems.length ? 1 : 0);
