import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { z } from 'zod';
import { runCommandLine } from '../helpers/configuration/command-line.ts';

// `npm test`, one phase at a time (the phases are the `&&` parts of package.json's "test" script, read
// from there so new phases are timed too): each phase's wall time and exit code, then the total
// (goal on the 2-core machine: <= 15 minutes). Slow: `npm run bench -- --slow` runs it.

const { values } = runCommandLine({
  command: 'node bench/npm-test-phases.ts',
  synopsis: '[--list] [--only N[,N...]]',
  describe: [
    ['--list', 'print the phases and exit'],
    ['--only', 'run only these phases (1-based), e.g. --only 1,3'],
  ],
  options: { list: { type: 'boolean' }, only: { type: 'string' } },
});

const { scripts } = z.object({ scripts: z.object({ test: z.string() }) }).parse(JSON.parse(readFileSync('package.json', 'utf8')));
const phases = scripts.test
  .split('&&')
  .map((phase) => phase.trim())
  .filter(Boolean);
const only = values.only?.split(',').map(Number);
if (only?.some((n) => !Number.isInteger(n) || n < 1 || n > phases.length)) {
  console.error(`npm-test-phases: --only: expected phase numbers 1-${phases.length}, got ${JSON.stringify(values.only)}`);
  process.exit(2);
}
if (values.list) {
  phases.forEach((phase, index) => console.log(`${index + 1}. ${phase}`));
  process.exit(0);
}

// As npm runs scripts: the project's binaries (and its Node 24) first on PATH.
const env = { ...process.env, PATH: `${resolve('node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
let total = 0;
let failed = 0;
for (const [index, phase] of phases.entries()) {
  if (only && !only.includes(index + 1)) continue;
  const started = performance.now();
  const run = spawnSync('sh', ['-c', phase], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (performance.now() - started) / 1000;
  total += seconds;
  if (run.status !== 0) failed += 1;
  console.log(`  ${String(index + 1).padStart(2)}. ${seconds.toFixed(1).padStart(7)} s  exit ${run.status}  ${phase}`);
}
console.log(
  `npm-test-phases: ${total.toFixed(1)} s total${only ? ' (selected phases only)' : ''} (goal <= 900 s)${failed ? `, ${failed} phase(s) failed` : ''}`,
);
process.exit(failed ? 1 : 0);
