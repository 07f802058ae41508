import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startSandboxStack, type StartedSandboxStack } from '../sandbox/stack.ts';

// npm run adapter:try as someone writing an adapter meets it: one purchase on the reference
// storefront, each step printed; a wrong selector stops at that step with what to look at.

let stack: StartedSandboxStack;
let work: string;
test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'golive-adapter-try-'));
  stack = await startSandboxStack({ storefront: { dataDir: join(work, 'shop') } });
});
test.afterAll(async () => {
  await stack.stop();
  rmSync(work, { recursive: true, force: true });
});

function adapterTry(adapter: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['scripts/adapter-try.ts', '--adapter', adapter, '--url', stack.storefrontUrl!], {
    env: { ...process.env, GOLIVE_REPORTS_DIR: join(work, 'reports') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

test('a working adapter: one purchase, every step printed as it is reached', async () => {
  test.setTimeout(60_000);
  const { code, output } = await adapterTry('sandbox/storefront/golive.adapter.json');
  expect(output).toMatch(
    /→ shop: add mug-001 to the basket[\s\S]*→ checkout\.button[\s\S]*→ payButton: press pay[\s\S]*→ returnPage[\s\S]*the return page says: paid/,
  );
  expect(output).toContain('one purchase went through every step of the adapter');
  expect(output, 'no card number in what it prints').not.toContain('4242424242424242');
  expect(code).toBe(0);
});

test('a wrong selector stops at its step with the selector, the page, a masked screenshot and a trace', async () => {
  test.setTimeout(60_000);
  const broken = join(work, 'broken.adapter.json');
  writeFileSync(
    broken,
    JSON.stringify({ ...(JSON.parse(readFileSync('sandbox/storefront/golive.adapter.json', 'utf8')) as object), payButton: '#pay-now-button' }),
  );
  const { code, output } = await adapterTry(broken);
  expect(code).toBe(1);
  expect(output).toContain('stopped at: payButton: press pay');
  expect(output).toMatch(/why: .*#pay-now-button/);
  expect(output).toMatch(/page: {7}http:\/\/127\.0\.0\.1:\d+\/checkout\//);
  for (const file of ['failure.png', 'trace.zip']) expect(existsSync(join(`${work}/reports-local`, 'adapter-try', file)), file).toBe(true);
});
