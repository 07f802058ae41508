import { spawnSync } from 'node:child_process';
import { runCommandLine } from '../helpers/configuration/command-line.ts';

// The Vendure shop's certification in staging shape, timed from outside: an OwnGateway process, the
// Vendure shop as another (its start-up included), and golive told about them only through the
// environment and the shop's adapter; then OwnGateway confirms the certificate. Slow: `npm run bench -- --slow`.

const { values } = runCommandLine({
  command: 'node bench/vendure-certification.ts',
  synopsis: '[--runs N]',
  describe: [['--runs N', 'certify the Vendure shop N times (default 1) and print each wall time, then the fastest, median and slowest']],
  options: { runs: { type: 'string' } },
});
const runs = Number(values.runs ?? '1');
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`vendure-certification: --runs: expected a whole number of runs, 1 or more, got ${JSON.stringify(values.runs)}`);
  process.exit(2);
}
const walls: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/staging-shaped-certification.ts', '--storefront', 'vendure'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const wall = (performance.now() - started) / 1000;
  walls.push(wall);
  console.log(
    `vendure-certification${runs > 1 ? ` run ${i + 1}/${runs}` : ''}: ${wall.toFixed(1)} s wall, exit ${run.status} (${run.status === 0 ? 'certified' : 'NOT certified'})`,
  );
}
if (runs > 1) {
  const sorted = [...walls].sort((a, b) => a - b);
  console.log(
    `vendure-certification: ${runs} runs: fastest ${sorted[0]!.toFixed(1)} s, median ${sorted[Math.floor(runs / 2)]!.toFixed(1)} s, slowest ${sorted.at(-1)!.toFixed(1)} s`,
  );
}
