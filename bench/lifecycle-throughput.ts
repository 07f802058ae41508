import { Agent, request } from 'undici';
import { cardPaymentMethodData } from '../helpers/card-data.ts';
import { testCards } from '../helpers/test-cards.ts';
import { startSandboxStack } from '../sandbox/stack.ts';

// Payment lifecycles per second against the embedded sandbox: one lifecycle is create (confirm,
// manual capture) + capture + refund, i.e. create+confirm+capture+refund with confirm folded into
// create. Bounded in count and time; loopback only. Target: >= 400/s and p99 < 50 ms at 64 clients.

const stack = await startSandboxStack();
const agent = new Agent({ connections: 256, keepAliveTimeout: 30_000 });
const headers = { 'api-key': stack.credentials.api_key, 'content-type': 'application/json' };
const card = cardPaymentMethodData(testCards.visa);

async function call(path: string, body: unknown): Promise<{ payment_id?: string; status?: string }> {
  const response = await request(`${stack.gatewayUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body), dispatcher: agent });
  const json = await response.body.json() as { payment_id?: string; status?: string };
  if (response.statusCode !== 200) throw new Error(`${path} answered ${response.statusCode}: ${JSON.stringify(json)}`);
  return json;
}

async function lifecycle(): Promise<number> {
  const started = performance.now();
  const payment = await call('/payments', { amount: 1000, currency: 'USD', confirm: true, capture_method: 'manual', payment_method_data: card });
  await call(`/payments/${payment.payment_id}/capture`, {});
  await call('/refunds', { payment_id: payment.payment_id });
  return performance.now() - started;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function run(concurrency: number, total: number, maxSeconds: number, report = true): Promise<void> {
  const latencies: number[] = [];
  const deadline = performance.now() + maxSeconds * 1000;
  let issued = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (issued < total && performance.now() < deadline) {
      issued += 1;
      latencies.push(await lifecycle());
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  if (report) console.log(`lifecycle-throughput: concurrency=${String(concurrency).padStart(2)} lifecycles=${latencies.length} ` +
    `rate=${(latencies.length / seconds).toFixed(0)}/s p50=${percentile(latencies, 50).toFixed(1)}ms p99=${percentile(latencies, 99).toFixed(1)}ms`);
}

try {
  await run(4, 200, 5, false); // warm-up: JIT and keep-alive connections
  for (const concurrency of [1, 16, 64]) await run(concurrency, concurrency === 1 ? 500 : 3000, 15);
} finally {
  await agent.close();
  await stack.stop();
}
