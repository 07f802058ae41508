import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A port golive names now and a server (a container, another process) binds seconds later. Two things
// can take it in between: the OS, which hands out ports of its ephemeral range to bind(0) and to every
// outgoing connection, and another golive process picking the same port. So the port is drawn from
// below the ephemeral range, where the OS never assigns one on its own, and claimed with a file that
// every golive process on this machine respects while the claiming process lives.

const LOWEST = 20_000;
/** Where the OS's own port assignments start (Linux reads it from /proc; 32768 is Linux's default, macOS and Windows start higher). */
function ephemeralRangeStart(): number {
  try {
    const first = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(first) && first > 0 ? first : 32_768;
  } catch {
    return 32_768;
  }
}

export const PORT_CLAIMS_DIR = join(tmpdir(), 'golive-port-claims');
const held = new Set<string>();
process.once('exit', () => {
  for (const file of held) rmSync(file, { force: true });
});

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Claims `port` for this process until it exits; false when a living golive process holds it. */
export function claimPort(port: number, dir = PORT_CLAIMS_DIR): boolean {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, String(port));
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      held.add(file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8'));
      // A claim whose process is gone (killed before its exit handler ran) is void.
      if (owner === process.pid || (Number.isInteger(owner) && owner > 0 && processAlive(owner))) return false;
      rmSync(file, { force: true });
    }
  }
  return false;
}

function releaseClaim(port: number, dir: string): void {
  const file = join(dir, String(port));
  held.delete(file);
  rmSync(file, { force: true });
}

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A loopback port nothing listens on, that neither the OS nor another golive process will take before the caller's server binds it. */
export async function freeLoopbackPort(dir = PORT_CLAIMS_DIR): Promise<number> {
  const end = ephemeralRangeStart();
  if (end - LOWEST < 1_000)
    throw new Error(`no port range below the OS's ephemeral ports (they start at ${end}): golive needs ${LOWEST} to ${LOWEST + 1_000} outside it`);
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = randomInt(LOWEST, end);
    if (!claimPort(port, dir)) continue;
    if (await bindable(port)) return port;
    releaseClaim(port, dir);
  }
  throw new Error(`no free loopback port found between ${LOWEST} and ${end} in 100 tries`);
}
