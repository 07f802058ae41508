import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

/**
 * The JSON line a golive server started as its own process prints once it listens (`npm run sandbox`,
 * each shop's `main.ts`): resolves with it parsed, rejects when the process ends first or prints
 * something else.
 */
export function readyLine(child: ChildProcessByStdio<null, Readable, null>, label: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const end = out.indexOf('\n');
      if (end < 0) return;
      const line = out.slice(0, end);
      try {
        resolve(JSON.parse(line));
      } catch {
        reject(new Error(`${label} printed ${line.slice(0, 200)}`));
      }
    });
    child.once('exit', (code) => reject(new Error(`${label} exited with ${code} before it was ready`)));
  });
}
