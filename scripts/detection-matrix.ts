import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checklistItems, type ChecklistItemId } from '../helpers/checklist.ts';
import { PlaywrightJsonReport, collectEvidence } from '../reports/checklist-report.ts';
import { expectedFailures, SeededDefect } from '../sandbox/defects.ts';
import { cli } from './node-bin.ts';

// Self-certification: the go-live checks run against the correct reference storefront (nothing may
// fail) and against each seeded defect (exactly the expected checklist items must fail). Prints the
// detection matrix (defect x item) and exits non-zero on a missed defect or a false alarm.

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const defects = only.length ? only.map((d) => SeededDefect.parse(d)) : SeededDefect.options;
const workdir = mkdtempSync(join(tmpdir(), 'golive-matrix-'));

function failingItems(defect: SeededDefect | null): Set<ChecklistItemId> {
  const output = join(workdir, `${defect ?? 'clean'}.json`);
  const run = spawnSync(...cli('playwright', ['test', '--project=go-live', '--retries=0', '--reporter=json']), {
    env: { ...process.env, GOLIVE_DEFECT: defect ?? '', PLAYWRIGHT_JSON_OUTPUT_NAME: output, GOLIVE_CERTIFY: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let report;
  try {
    report = PlaywrightJsonReport.parse(JSON.parse(readFileSync(output, 'utf8')));
  } catch (error) {
    throw new Error(`the go-live run for ${defect ?? 'the clean storefront'} wrote no readable JSON report (exit ${run.status}): ${error instanceof Error ? error.message : String(error)}`);
  }
  const failing = new Set<ChecklistItemId>();
  for (const [item, tests] of collectEvidence(report)) if (tests.some((t) => t.outcome === 'failed')) failing.add(item);
  return failing;
}

const rows: { defect: string; failing: Set<ChecklistItemId>; expected: Set<ChecklistItemId> }[] = [];
const started = performance.now();
for (const defect of [null, ...defects]) {
  const failing = failingItems(defect);
  rows.push({ defect: defect ?? '(correct integration)', failing, expected: new Set(defect ? expectedFailures[defect] : []) });
  console.log(`detection-matrix: ${defect ?? 'correct integration'}: ${[...failing].join(', ') || 'nothing failed'}`);
}
rmSync(workdir, { recursive: true, force: true });

const items = checklistItems.filter((item) => item.evidence !== 'attestation').map((item) => item.id);
const cell = (row: (typeof rows)[number], item: ChecklistItemId) =>
  row.failing.has(item) ? (row.expected.has(item) ? 'CAUGHT' : 'FALSE ALARM') : row.expected.has(item) ? 'MISSED' : '.';
console.log('\nDetection matrix (rows: seeded defect; columns: checklist item; CAUGHT = failed as it must)\n');
console.log(['defect', ...items].join(' | '));
for (const row of rows) console.log([row.defect, ...items.map((item) => cell(row, item))].join(' | '));
const problems = rows.flatMap((row) => items.filter((item) => row.failing.has(item) !== row.expected.has(item)).map((item) => `${row.defect}: ${cell(row, item)} on ${item}`));
console.log(`\ndetection-matrix: ${rows.length - 1} defects, ${problems.length ? `${problems.length} problem(s)` : 'every defect caught, no false alarm'} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
for (const problem of problems) console.error(`  ${problem}`);
const caught = rows.slice(1).filter((row) => [...row.expected].every((item) => row.failing.has(item))).length;
console.log(`${caught} passed, ${rows.length - 1 - caught} failed`);
process.exit(problems.length ? 1 : 0);
