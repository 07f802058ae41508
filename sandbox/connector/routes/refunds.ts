import { ConnectorRefundRequest } from '../protocol.ts';
import { publicRefund } from '../simulator-state.ts';
import { json, jsonBody, param, type Reply, type SimulatorCall, type SimulatorRoute, type SimulatorServices } from './simulator-call.ts';

// The processor's refunds API: created on a payment, read back by id.

async function refundPayment(call: SimulatorCall, { state, refunds }: SimulatorServices): Promise<Reply> {
  const payment = state.findPayment(param(call, 'payment_id'));
  const body = await jsonBody(call, ConnectorRefundRequest);
  return json(refunds.refund(payment, body.amount, body.reference));
}

function retrieveRefund(call: SimulatorCall, { state }: SimulatorServices): Reply {
  return json(publicRefund(state.findRefund(param(call, 'refund_id'))));
}

export const refundRoutes: readonly SimulatorRoute[] = [
  { method: 'POST', pattern: '/v1/payments/:payment_id/refunds', handler: refundPayment },
  { method: 'GET', pattern: '/v1/refunds/:refund_id', handler: retrieveRefund },
];
