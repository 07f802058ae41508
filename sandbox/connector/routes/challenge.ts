import { acsPage, cresPostPage, framePage, notifyUrl } from '../challenge-pages.ts';
import { formBody, html, param, redirectTo, type Reply, type SimulatorCall, type SimulatorRoute, type SimulatorServices } from './simulator-call.ts';

// 3D Secure: the hosted challenge page (challenge_url) nests a 3DS frame, which nests the issuer's ACS
// form; the SDK's in-page flow opens the ACS form directly (GET, or POST with the CReq) with a
// notification URL. The form's answer goes back to the gateway: a CRes to `notify`, else a 302 to the
// payment's return URL.

function challengePage(call: SimulatorCall, { state }: SimulatorServices): Reply {
  const payment = state.findPayment(param(call, 'payment_id'));
  return html(framePage('Sandbox processor: 3D Secure', 'challengeFrame', `/challenge/${payment.id}/frame`));
}

function challengeFrame(call: SimulatorCall, { state }: SimulatorServices): Reply {
  const payment = state.findPayment(param(call, 'payment_id'));
  return html(framePage('3D Secure', 'acsFrame', `/challenge/${payment.id}/acs`));
}

async function acsForm(call: SimulatorCall, { state }: SimulatorServices): Promise<Reply> {
  const payment = state.findPayment(param(call, 'payment_id'));
  if (call.method === 'POST') await call.body(); // the CReq: nothing in it changes the sandbox ACS
  return html(acsPage(payment, notifyUrl(call.url.searchParams.get('notify'))));
}

async function challengeAnswer(call: SimulatorCall, { state, payments }: SimulatorServices): Promise<Reply> {
  const payment = state.findPayment(param(call, 'payment_id'));
  const form = await formBody(call);
  const notify = notifyUrl(form.get('notify'));
  payments.customerAnswered(payment, form.get('decision') === 'complete', {
    code: 'authentication_failed',
    message: 'The customer failed 3D Secure authentication.',
  });
  if (notify) return html(cresPostPage(notify, payment.status !== 'declined'));
  if (payment.return_url) return redirectTo(payment.return_url);
  return html(`<p>Authentication ${payment.status === 'declined' ? 'rejected' : 'completed'}.</p>`);
}

export const challengeRoutes: readonly SimulatorRoute[] = [
  { method: 'GET', pattern: '/challenge/:payment_id', handler: challengePage },
  { method: 'POST', pattern: '/challenge/:payment_id', handler: challengeAnswer },
  { method: 'GET', pattern: '/challenge/:payment_id/frame', handler: challengeFrame },
  { method: 'GET', pattern: '/challenge/:payment_id/acs', handler: acsForm },
  { method: 'POST', pattern: '/challenge/:payment_id/acs', handler: acsForm },
];
