import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommandLine } from '../helpers/configuration/command-line.ts';
import { readyLine } from '../scripts/ready-line.ts';
import { templatePath } from '../sandbox/shop-vendure/database.ts';

// Vendure shop start times, process start to ready line: cold (no cached database template: schema
// synchronisation and seeding first), then warm (the template copied). Target: a warm start in a few seconds.

runCommandLine({
  command: 'node bench/vendure-start.ts',
  describe: [['(no arguments)', 'Vendure shop start: cold (template built) and warm (template cached), process start to ready line']],
  options: {},
});

const work = mkdtempSync(join(tmpdir(), 'golive-vendure-bench-'));

async function start(label: string, run: number): Promise<void> {
  const started = performance.now();
  const child = spawn(process.execPath, ['sandbox/shop-vendure/main.ts'], {
    env: {
      ...process.env,
      SHOP_DATA_DIR: join(work, `shop-${run}`),
      // A start never calls OwnGateway: placeholders are enough.
      OWNGATEWAY_BASE_URL: 'http://127.0.0.1:9',
      OWNGATEWAY_API_KEY: 'snd_bench',
      OWNGATEWAY_PUBLISHABLE_KEY: 'pk_snd_bench',
      OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: 'bench',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await readyLine(child, 'the Vendure shop');
    console.log(`vendure-start: ${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

try {
  rmSync(templatePath(), { force: true });
  await start('cold start (empty template cache: schema, seed, then start)', 0);
  for (let i = 1; i <= 3; i++) await start(`warm start #${i} (cached template)`, i);
} finally {
  rmSync(work, { recursive: true, force: true });
}
