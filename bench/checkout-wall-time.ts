import { spawnSync } from 'node:child_process';
import { runCommandLine } from '../helpers/configuration/command-line.ts';
import { cli } from '../scripts/node-bin.ts';

// Wall time of the whole checkout project in Chromium with 2 workers (target <= 60 s on this machine).
runCommandLine({
  command: 'node bench/checkout-wall-time.ts',
  describe: [['(no arguments)', 'wall time of the checkout project with 2 workers (target <= 60 s)']],
  options: {},
});
const started = performance.now();
const run = spawnSync(...cli('playwright', ['test', '--project=checkout', '--workers=2', '--retries=0', '--reporter=dot']), {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const seconds = (performance.now() - started) / 1000;
console.log(`checkout-wall-time: ${seconds.toFixed(1)} s with 2 workers (exit ${run.status}; target <= 60 s)`);
