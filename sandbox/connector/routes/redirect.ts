import { REFUSED_AT_REDIRECT, redirectResultPage } from '../redirect-page.ts';
import { formBody, html, param, redirectTo, type Reply, type SimulatorCall, type SimulatorRoute, type SimulatorServices } from './simulator-call.ts';

// A redirect payment method's page at the processor (redirect-page.ts): the customer authorises or
// refuses, and goes back to the payment's return URL.

function redirectPage(call: SimulatorCall, { state }: SimulatorServices): Reply {
  const payment = state.findPayment(param(call, 'payment_id'));
  return html(redirectResultPage({ ...payment, paymentMethodType: payment.method_type }));
}

async function redirectAnswer(call: SimulatorCall, { state, payments }: SimulatorServices): Promise<Reply> {
  const payment = state.findPayment(param(call, 'payment_id'));
  const decision = (await formBody(call)).get('decision');
  payments.customerAnswered(payment, decision === 'authorize', REFUSED_AT_REDIRECT);
  if (payment.return_url) return redirectTo(payment.return_url);
  return html(`<p>Payment ${payment.status === 'declined' ? 'refused' : 'authorised'}.</p>`);
}

export const redirectRoutes: readonly SimulatorRoute[] = [
  { method: 'GET', pattern: '/redirect/:payment_id', handler: redirectPage },
  { method: 'POST', pattern: '/redirect/:payment_id', handler: redirectAnswer },
];
