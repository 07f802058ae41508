import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCommandLine } from '../helpers/command-line.ts';

// `npm run bench`: every bench script in turn, each printing its own figures.
runCommandLine({ command: 'npm run bench', describe: [['(no arguments)', 'runs every bench/*.ts in turn; each prints its figures and targets']], options: {} });
const scripts = readdirSync(import.meta.dirname).filter((file) => file.endsWith('.ts') && file !== 'run-all.ts').sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n== bench/${script}`);
  const run = spawnSync(process.execPath, [join('bench', script)], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
