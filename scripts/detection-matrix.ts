import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { runCommandLine, usage } from '../helpers/configuration/command-line.ts';
import { CHECKLIST_TAG_PREFIX, checklistItems, type ChecklistItemId } from '../helpers/checklist/checklist.ts';
import { PlaywrightJsonReport, collectEvidence, type EvidenceTest } from '../reporting/checklist-report.ts';
import { expectedFailures as referenceFailures, MerchantSetupDefect, SeededDefect } from '../sandbox/defects.ts';
import { StorefrontDefect } from '../sandbox/storefront/defects.ts';
import { DETECTION_MATRIX_PLAN_VARIABLE, type DetectionMatrixPlan } from './detection-matrix-plan.ts';
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
// (its own process, known to golive only through its adapter), so each of its runs is one, and its
// correct-shop run is the shop's whole staging-shaped certification (npm test runs no other).
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
    [
      '--concurrency',
      "Playwright workers for an embedded storefront, or staging-shaped defect runs side by side for Vendure (default 4; the Vendure shop's certification runs on two workers, as certify does)",
    ],
  ],
  options: { concurrency: { type: 'string' }, storefront: { type: 'string' } },
  allowPositionals: true,
} as const;
const args = runCommandLine(commandLine);
const storefront = (args.values.storefront ?? 'reference') as StorefrontName;
if (!(storefront in CATALOGUES)) {
  console.error(`detection-matrix: --storefront: expected reference, spa or vendure, got ${JSON.stringify(args.values.storefront)}\n${usage(commandLine)}`);
  process.exit(2);
}
// A defect's checks mostly wait for what its merchant never does (an order that stays unpaid, a
// webhook never applied): four workers, or four staging-shaped runs side by side, keep two cores busy
// where two left them half idle.
const concurrency = Number(args.values.concurrency ?? '4');
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error(`detection-matrix: --concurrency: expected a whole number >= 1, got ${JSON.stringify(args.values.concurrency)}`);
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
  merchant: Map<ChecklistItemId, EvidenceTest[]>;
}

/** A defect run needs only the checks of the items it violates; the correct integration's run checks everything. */
function grepFor(defect: string | null): string | null {
  return defect ? expectedFailures[defect]!.map((item) => `${CHECKLIST_TAG_PREFIX}${item}`.replaceAll('.', '\\.')).join('|') : null;
}

function readRun(output: string, label: string, code: number | null): PlaywrightJsonReport {
  try {
    return PlaywrightJsonReport.parse(JSON.parse(readFileSync(output, 'utf8')));
  } catch (error) {
    throw new Error(`the go-live run for ${label} wrote no readable JSON report (exit ${code}): ${error instanceof Error ? error.message : String(error)}`);
  }
}

function spawnRun(command: string, commandArgs: string[], env: NodeJS.ProcessEnv, stdout: 'ignore' | 'inherit' = 'ignore'): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { env: { ...process.env, GOLIVE_CERTIFY: '', ...env }, stdio: ['ignore', stdout, 'inherit'] });
    child.on('error', reject);
    child.on('close', resolve);
  });
}

/** Each merchant item's tests, as one project of a run saw them. */
function merchantEvidenceOf(report: PlaywrightJsonReport, project: string | null): Map<ChecklistItemId, EvidenceTest[]> {
  const merchant = new Map<ChecklistItemId, EvidenceTest[]>();
  for (const [item, tests] of collectEvidence(report).merchant) {
    const ours = project === null ? tests : tests.filter((t) => t.project === project);
    if (ours.length) merchant.set(item, ours);
  }
  return merchant;
}

const CORRECT_INTEGRATION = 'correct-integration';

/**
 * An embedded storefront's whole matrix as one Playwright run (scripts/detection-matrix.config.ts): a
 * project for the correct integration and one per defect, on `concurrency` workers.
 */
async function runEmbeddedMatrix(): Promise<{ clean: RunResult; runs: { defect: string; run: RunResult }[] }> {
  const plan: DetectionMatrixPlan = {
    storefront: storefront === 'spa' ? 'spa' : 'reference',
    projects: [null, ...defects].map((defect) => {
      const setup = defect !== null && storefront === 'reference' && MerchantSetupDefect.safeParse(defect).success;
      return {
        name: defect ?? CORRECT_INTEGRATION,
        storefrontDefects: defect && !setup ? [StorefrontDefect.parse(defect)] : [],
        merchantSetupDefects: defect && setup ? [MerchantSetupDefect.parse(defect)] : [],
        grep: grepFor(defect),
      };
    }),
  };
  const output = join(workdir, 'matrix.json');
  const [command, commandArgs] = cli('playwright', ['test', '--config=scripts/detection-matrix.config.ts', `--workers=${concurrency}`]);
  const code = await spawnRun(command, commandArgs, {
    GOLIVE_REPORTS_DIR: join(workdir, 'reports'),
    [DETECTION_MATRIX_PLAN_VARIABLE]: JSON.stringify(plan),
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
    // The defects are the merchant's; the processor's packaging is not under test here (npm test runs both paths).
    GOLIVE_CONTAINERS: process.env.GOLIVE_CONTAINERS ?? 'off',
  });
  const report = readRun(output, `the ${storefront} storefront`, code);
  return {
    clean: { merchant: merchantEvidenceOf(report, CORRECT_INTEGRATION) },
    runs: defects.map((defect) => ({ defect, run: { merchant: merchantEvidenceOf(report, defect) } })),
  };
}

/**
 * One staging-shaped run (its own OwnGateway and shop processes). For a defect: the go-live checks of
 * its items. For the correct shop: the whole certification, which must pass and be confirmed by the
 * stand-in OwnGateway, so the matrix's reference run is also the shop's staging-shaped certification.
 */
async function runStagingShaped(defect: string | null, workers: number): Promise<{ run: RunResult; exitCode: number | null }> {
  const label = defect ?? 'correct integration';
  const output = join(workdir, `${defect ?? 'clean'}.json`);
  const grep = grepFor(defect);
  const code = await spawnRun(
    process.execPath,
    [
      'scripts/staging-shaped-certification.ts',
      '--storefront',
      storefront,
      // A defect run needs its tests' results only; the correct shop's run is the whole certification.
      ...(defect ? ['--defect', defect, '--tests-only'] : []),
      '--results-json',
      output,
      '--',
      // The correct shop's certification retries as certify does (a test that passes only on its retry
      // is flaky, never a "passed" a defect could be caught by); a defect's run does not retry.
      ...(defect ? ['--project=go-live', '--retries=0'] : []),
      `--workers=${workers}`,
      ...(grep ? ['--grep', grep] : []),
    ],
    {
      // Runs side by side each keep their own output folder: Playwright empties it when a run starts.
      GOLIVE_REPORTS_DIR: join(workdir, `${defect ?? 'clean'}-reports`),
      // As in the embedded matrices, a defect is the merchant's: its run takes the simulator as a process
      // (the correct shop's certification keeps the container path).
      ...(defect ? { GOLIVE_CONTAINERS: process.env.GOLIVE_CONTAINERS ?? 'off' } : {}),
    },
    // The correct shop's certification verdict, item by item, belongs in the log.
    defect ? 'ignore' : 'inherit',
  );
  return { run: { merchant: merchantEvidenceOf(readRun(output, label, code), null) }, exitCode: code };
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
let clean: RunResult;
let runs: { defect: string; run: RunResult }[];
let certificationProblem: string | null = null;
if (CATALOGUES[storefront].stagingShaped) {
  // The certification is browser work that fills both cores: more workers only make it slower.
  const certification = await runStagingShaped(null, 2);
  clean = certification.run;
  if (certification.exitCode !== 0)
    certificationProblem = `the correct ${storefront} shop's staging-shaped certification did not pass and get confirmed (exit ${certification.exitCode}; its verdict is above)`;
  runs = await inPool(defects, concurrency, async (defect) => {
    const { run } = await runStagingShaped(defect, 1);
    console.error(`detection-matrix: ${defect} done`);
    return { defect, run };
  });
} else {
  ({ clean, runs } = await runEmbeddedMatrix());
}
const passedClean = new Set(
  [...clean.merchant.values()]
    .flat()
    .filter((t) => t.outcome === 'passed')
    .map((t) => t.title),
);
console.log(`detection-matrix: correct ${storefront} storefront: ${passedClean.size} merchant checks passed`);
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

const problems: string[] = certificationProblem ? [certificationProblem] : [];
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
