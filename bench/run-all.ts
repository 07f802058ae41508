import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

// `npm run bench`: every bench script in turn, each printing its own figures. The whole-suite timings
// (a full certify run, `npm test` phase by phase) take minutes and run only with --slow.
const SLOW = new Set(['certify-wall-time.ts', 'npm-test-phases.ts']);
const USAGE = `usage: npm run bench [-- --slow]
  --slow   also time a full certify run and npm test phase by phase (minutes)
  --help   this text`;

let args;
try {
  args = parseArgs({ options: { slow: { type: 'boolean' }, help: { type: 'boolean' } } });
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}

const scripts = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.ts') && file !== 'run-all.ts' && (args.values.slow || !SLOW.has(file))).sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n== bench/${script}`);
  const run = spawnSync(process.execPath, [join('bench', script)], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
if (!args.values.slow) console.log(`\n(skipped ${[...SLOW].join(', ')}: npm run bench -- --slow)`);
process.exit(failed ? 1 : 0);
