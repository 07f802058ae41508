import { ConnectorAuthorizeRequest, ConnectorCaptureRequest } from '../protocol.ts';
import { publicPayment } from '../simulator-state.ts';
import { json, jsonBody, param, type Reply, type SimulatorCall, type SimulatorRoute, type SimulatorServices } from './simulator-call.ts';

// The processor's payments API, as the gateway's connector client calls it. A route on one payment
// looks the payment up before it reads the body: an unknown payment is a 404 whatever the body says.

async function authorizePayment(call: SimulatorCall, { payments }: SimulatorServices): Promise<Reply> {
  return json(publicPayment(payments.authorize(call.account, await jsonBody(call, ConnectorAuthorizeRequest))));
}

function paymentByReference(call: SimulatorCall, { state }: SimulatorServices): Reply {
  return json(publicPayment(state.findPaymentByReference(decodeURIComponent(param(call, 'reference')))));
}

function retrievePayment(call: SimulatorCall, { state }: SimulatorServices): Reply {
  return json(publicPayment(state.findPayment(param(call, 'payment_id'))));
}

async function capturePayment(call: SimulatorCall, { state, payments }: SimulatorServices): Promise<Reply> {
  const payment = state.findPayment(param(call, 'payment_id'));
  return json(publicPayment(payments.capture(payment, (await jsonBody(call, ConnectorCaptureRequest)).amount)));
}

function voidPayment(call: SimulatorCall, { state, payments }: SimulatorServices): Reply {
  return json(publicPayment(payments.void(state.findPayment(param(call, 'payment_id')))));
}

// "by-reference" comes before ":payment_id": the first pattern that matches a path owns it.
export const paymentRoutes: readonly SimulatorRoute[] = [
  { method: 'POST', pattern: '/v1/payments', handler: authorizePayment },
  { method: 'GET', pattern: '/v1/payments/by-reference/:reference', handler: paymentByReference },
  { method: 'GET', pattern: '/v1/payments/:payment_id', handler: retrievePayment },
  { method: 'POST', pattern: '/v1/payments/:payment_id/capture', handler: capturePayment },
  { method: 'POST', pattern: '/v1/payments/:payment_id/void', handler: voidPayment },
];
