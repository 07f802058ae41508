import { listen } from '../http/json-server.ts';
import { simulatorRequestHandler } from './request-handler.ts';
import { simulatorRouter } from './routes/route-table.ts';
import type { SimulatorServices } from './routes/simulator-call.ts';
import { PaymentOperations } from './services/payments.ts';
import { RefundOperations } from './services/refunds.ts';
import { WebhookSender } from './services/webhooks.ts';
import { SimulatorState } from './simulator-state.ts';

export interface ConnectorSimulatorOptions {
  host?: string;
  port?: number;
  /** How long an async-card payment stays pending before it settles and the webhook goes out. */
  asyncSettleDelayMs?: number;
  /** Whoever started this simulator names it, so a later user of its URL can tell it is still the same one. */
  instance?: string;
}

export interface StartedConnectorSimulatorServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The processor behind the sandbox gateway: test cards decide outcomes, webhooks are signed per scheme. */
export async function startConnectorSimulator(options: ConnectorSimulatorOptions = {}): Promise<StartedConnectorSimulatorServer> {
  const settleDelayMs = options.asyncSettleDelayMs ?? 500;
  const state = new SimulatorState();
  const webhooks = new WebhookSender(state);
  let baseUrl = '';
  const services: SimulatorServices = {
    state,
    webhooks,
    payments: new PaymentOperations(state, webhooks, { settleDelayMs, baseUrl: () => baseUrl }),
    refunds: new RefundOperations(state, webhooks, settleDelayMs),
    instance: options.instance ?? null,
  };
  const listening = await listen(simulatorRequestHandler(simulatorRouter(), services), options.host ?? '127.0.0.1', options.port ?? 0);
  baseUrl = listening.url;
  return {
    url: listening.url,
    port: listening.port,
    stop: async () => {
      state.cancelTimers();
      await listening.stop();
    },
  };
}
