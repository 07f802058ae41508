import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCommandLine } from '../helpers/configuration/command-line.ts';

// `npm run bench`: every bench script in turn, each printing its own figures. The whole-suite timings
// (a full certify run, `npm test` phase by phase) take minutes and run only with --slow.
const SLOW = new Set(['certify-wall-time.ts', 'npm-test-phases.ts', 'vendure-certification.ts']);
const { values } = runCommandLine({
  command: 'npm run bench',
  synopsis: '[-- --slow]',
  describe: [
    ['(no arguments)', 'runs every quick bench/*.ts in turn; each prints its figures and targets'],
    ['--slow', `also ${[...SLOW].join(' and ')}: a full certify run, npm test phase by phase, the Vendure shop's certification (minutes)`],
  ],
  options: { slow: { type: 'boolean' } },
});
const scripts = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && file !== 'run-all.ts' && (values.slow || !SLOW.has(file)))
  .sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n== bench/${script}`);
  const run = spawnSync(process.execPath, [join('bench', script)], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
if (!values.slow) console.log(`\n(not run: ${[...SLOW].join(', ')}; npm run bench -- --slow)`);
process.exit(failed ? 1 : 0);
