import { z } from 'zod';
import { connectorReadyLine } from './ready-line.ts';
import { startConnectorSimulator } from './server.ts';

// Entry point for the container image and the process fallback: one log line tells a waiter it is up.
const Env = z.object({
  CONNECTOR_HOST: z.string().default('127.0.0.1'),
  CONNECTOR_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  CONNECTOR_ASYNC_SETTLE_MS: z.coerce.number().int().min(0).default(500),
  CONNECTOR_INSTANCE: z.string().min(1).optional(),
});
const parsed = Env.safeParse(process.env);
if (!parsed.success) {
  console.error(`connector-simulator: bad environment\n${z.prettifyError(parsed.error)}`);
  process.exit(2);
}
const simulator = await startConnectorSimulator({
  host: parsed.data.CONNECTOR_HOST,
  port: parsed.data.CONNECTOR_PORT,
  asyncSettleDelayMs: parsed.data.CONNECTOR_ASYNC_SETTLE_MS,
  ...(parsed.data.CONNECTOR_INSTANCE ? { instance: parsed.data.CONNECTOR_INSTANCE } : {}),
});
console.log(connectorReadyLine(simulator.url));
const stop = () => {
  void simulator.stop().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
