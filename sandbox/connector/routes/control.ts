import { z } from 'zod';
import { FaultRule } from '../../http/faults.ts';
import { ConnectorError } from '../connector-error.ts';
import { ConnectorAccountConfig } from '../protocol.ts';
import { publicRefund } from '../simulator-state.ts';
import { webhookEvent } from '../services/webhooks.ts';
import { json, jsonBody, param, type Reply, type SimulatorCall, type SimulatorRoute, type SimulatorServices } from './simulator-call.ts';

// The simulator's own endpoints, not the processor's API: its health, the merchants' dashboard
// settings, injected faults, a reset between test workers, webhooks on demand and the record of
// webhooks sent. No fault is ever injected into these (request-handler.ts).

const WebhookTrigger = z.object({
  payment_id: z.string(),
  refund_id: z.string().optional(),
  kind: z.enum(['payment_succeeded', 'payment_failed', 'payment_authorized', 'payment_captured', 'payment_voided', 'refund_succeeded', 'refund_failed']),
  event_id: z.string().optional(),
});

const health = (): Reply => json({ status: 'ok' });

async function configureAccount(call: SimulatorCall, { state }: SimulatorServices): Promise<Reply> {
  state.accounts.set(decodeURIComponent(param(call, 'account')), await jsonBody(call, ConnectorAccountConfig));
  return json({ configured: true });
}

async function addFault(call: SimulatorCall, { state }: SimulatorServices): Promise<Reply> {
  state.faults.add(await jsonBody(call, FaultRule));
  return json({ added: true });
}

const pendingFaults = (_call: SimulatorCall, { state }: SimulatorServices): Reply => json({ pending: state.faults.pending() });

function clearFaults(_call: SimulatorCall, { state }: SimulatorServices): Reply {
  state.faults.clear();
  return json({ cleared: true });
}

/** Also the worker slot's health check: the answer names the instance, so a stranger on the port is told apart. */
function reset(_call: SimulatorCall, { state, instance }: SimulatorServices): Reply {
  state.resetForNextUser();
  return json({ reset: true, instance });
}

async function sendWebhookNow(call: SimulatorCall, { state, webhooks }: SimulatorServices): Promise<Reply> {
  const trigger = await jsonBody(call, WebhookTrigger);
  const payment = state.findPayment(trigger.payment_id);
  const refund = trigger.refund_id ? state.refunds.get(trigger.refund_id) : undefined;
  if (trigger.refund_id && !refund) throw new ConnectorError(404, 'resource_missing', `No such refund: ${trigger.refund_id}`);
  await webhooks.send(payment.account, webhookEvent(payment, trigger.kind, refund ? publicRefund(refund) : undefined, trigger.event_id));
  return json({ sent: state.sentWebhooks.at(-1) });
}

const sentWebhooks = (_call: SimulatorCall, { state }: SimulatorServices): Reply => json(state.sentWebhooks);

export const controlRoutes: readonly SimulatorRoute[] = [
  { method: 'GET', pattern: '/health', handler: health },
  { method: 'PUT', pattern: '/v1/simulator/accounts/:account', handler: configureAccount },
  { method: 'POST', pattern: '/v1/simulator/faults', handler: addFault },
  { method: 'GET', pattern: '/v1/simulator/faults', handler: pendingFaults },
  { method: 'DELETE', pattern: '/v1/simulator/faults', handler: clearFaults },
  { method: 'POST', pattern: '/v1/simulator/reset', handler: reset },
  { method: 'POST', pattern: '/v1/simulator/webhooks', handler: sendWebhookNow },
  { method: 'GET', pattern: '/v1/simulator/webhooks/sent', handler: sentWebhooks },
];
