import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'undici';
import { z } from 'zod';
import { payWithCard } from '../helpers/cards/card-data.ts';
import { runCommandLine } from '../helpers/configuration/command-line.ts';
import { testCards } from '../helpers/cards/test-cards.ts';

// Payment lifecycles per second against the embedded sandbox. One lifecycle is four API calls:
// create, confirm (card), capture, refund. The gateway runs in a child process so this process's
// load generator does not queue on the server's event loop; loopback only, bounded in count and time.
// Target on a 2-core machine (issue 13): >= 1,500 lifecycles/s and a per-request p99 < 50 ms at 64 clients.
// (Per lifecycle, 64 clients each running four calls in a row cannot finish faster than 64/rate on
// average, so the latency target is read per request; both are printed.)

const { values } = runCommandLine({
  command: 'node bench/lifecycle-throughput.ts',
  synopsis: '[--connector process|in-process]',
  describe: [
    ['(no arguments)', `lifecycles/s and request p99 against the sandbox gateway (targets >= 1500/s, p99 < 50 ms)`],
    [
      '--connector MODE',
      "process (default: the connector simulator in a process of its own, as the tests run it) or in-process (inside the gateway's process, as npm run sandbox runs it)",
    ],
  ],
  options: { connector: { type: 'string', default: 'process' } },
});
const connectorMode = z.enum(['process', 'in-process']).safeParse(values.connector);
if (!connectorMode.success) {
  console.error(`lifecycle-throughput: --connector: expected process or in-process, got ${JSON.stringify(values.connector)}`);
  process.exit(2);
}

const TARGET_RATE = 1500;
const TARGET_REQUEST_P99_MS = 50;

const server = spawn(process.execPath, [join(import.meta.dirname, 'processes', 'sandbox-gateway.ts'), connectorMode.data], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const ready = z.object({ gateway_url: z.url(), api_key: z.string(), connector_mode: z.enum(['in-process', 'external']) }).parse(
  JSON.parse(
    await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
      });
      server.once('exit', (code) => reject(new Error(`the sandbox gateway process exited with ${code} before it was ready`)));
    }),
  ),
);

// One pool to the one origin: the load generator shares the two cores with the gateway, so it takes
// the cheapest path undici has (no per-call URL parsing or dispatcher lookup).
const pool = new Pool(ready.gateway_url, { connections: 256, keepAliveTimeout: 30_000 });
const headers = { 'api-key': ready.api_key, 'content-type': 'application/json' };
const withCard = payWithCard(testCards.visa);

async function call(path: string, body: unknown, requestLatencies: number[]): Promise<{ payment_id?: string; status?: string }> {
  const started = performance.now();
  const response = await pool.request({ path, method: 'POST', headers, body: JSON.stringify(body) });
  const json = JSON.parse(await response.body.text()) as { payment_id?: string; status?: string };
  requestLatencies.push(performance.now() - started);
  if (response.statusCode !== 200) throw new Error(`${path} answered ${response.statusCode}: ${JSON.stringify(json)}`);
  return json;
}

async function lifecycle(requestLatencies: number[]): Promise<number> {
  const started = performance.now();
  const payment = await call('/payments', { amount: 1000, currency: 'USD', capture_method: 'manual' }, requestLatencies);
  const confirmed = await call(`/payments/${payment.payment_id}/confirm`, withCard, requestLatencies);
  if (confirmed.status !== 'requires_capture') throw new Error(`confirm left the payment ${confirmed.status}, expected requires_capture`);
  await call(`/payments/${payment.payment_id}/capture`, {}, requestLatencies);
  await call('/refunds', { payment_id: payment.payment_id }, requestLatencies);
  return performance.now() - started;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Figures {
  rate: number;
  requestP99: number;
}

async function run(concurrency: number, total: number, maxSeconds: number, report = true): Promise<Figures> {
  const lifecycles: number[] = [];
  const requests: number[] = [];
  const deadline = performance.now() + maxSeconds * 1000;
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued < total && performance.now() < deadline) {
        issued += 1;
        lifecycles.push(await lifecycle(requests));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  lifecycles.sort((a, b) => a - b);
  requests.sort((a, b) => a - b);
  const rate = lifecycles.length / seconds;
  const ms = (value: number) => `${value.toFixed(1)}ms`;
  if (report)
    console.log(
      `lifecycle-throughput: concurrency=${String(concurrency).padStart(2)} lifecycles=${lifecycles.length} rate=${rate.toFixed(0)}/s ` +
        `request p50=${ms(percentile(requests, 50))} p99=${ms(percentile(requests, 99))} · lifecycle p50=${ms(percentile(lifecycles, 50))} p99=${ms(percentile(lifecycles, 99))}`,
    );
  return { rate, requestP99: percentile(requests, 99) };
}

console.log(`lifecycle-throughput: connector simulator ${ready.connector_mode === 'external' ? 'in a process of its own' : "inside the gateway's process"}`);
try {
  await run(4, 200, 5, false); // warm-up: JIT and keep-alive connections
  let last: Figures | undefined;
  for (const concurrency of [1, 16, 64]) last = await run(concurrency, concurrency === 1 ? 500 : concurrency === 64 ? 15_000 : 3000, 15);
  const met = last!.rate >= TARGET_RATE && last!.requestP99 < TARGET_REQUEST_P99_MS;
  console.log(`lifecycle-throughput: target at 64 clients (>= ${TARGET_RATE}/s, request p99 < ${TARGET_REQUEST_P99_MS} ms): ${met ? 'met' : 'NOT met'}`);
} finally {
  await pool.close();
  server.kill('SIGTERM');
}
