import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { claimPort, freeLoopbackPort } from '../../helpers/network/free-loopback-port.ts';

// Ports golive names before their server binds them: a port must stay out of the OS's hands and out
// of every other golive process's until then (four staging-shaped runs once raced for one).

let claims: string;
test.beforeEach(() => {
  claims = mkdtempSync(join(tmpdir(), 'golive-port-claims-test-'));
});
test.afterEach(() => rmSync(claims, { recursive: true, force: true }));

test("ports picked at once are all different, below the OS's ephemeral range, and claimed", async () => {
  const ports = await Promise.all(Array.from({ length: 40 }, () => freeLoopbackPort(claims)));
  expect(new Set(ports).size).toBe(40);
  for (const port of ports) {
    expect(port).toBeGreaterThanOrEqual(20_000);
    expect(port).toBeLessThan(32_768);
  }
  expect(readdirSync(claims).map(Number).sort()).toEqual([...ports].sort());
});

test("a port a living process claimed is not handed out again; a dead process's claim is void", () => {
  // This test's own process is alive; pid 2^22 + 1 is above Linux's pid_max, so never alive.
  writeFileSync(join(claims, '21000'), String(process.ppid));
  writeFileSync(join(claims, '21001'), String(4_194_305));
  expect(claimPort(21_000, claims)).toBe(false);
  expect(claimPort(21_001, claims)).toBe(true);
  expect(claimPort(21_001, claims), 'a port this process holds is not claimed twice').toBe(false);
});

test("a process's claims go when it exits", () => {
  const script = `import { freeLoopbackPort } from ${JSON.stringify(join(process.cwd(), 'helpers/network/free-loopback-port.ts'))};
process.stdout.write(String(await freeLoopbackPort(${JSON.stringify(claims)})));`;
  const port = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim();
  expect(Number(port), port).toBeGreaterThan(0);
  expect(existsSync(join(claims, port))).toBe(false);
});
