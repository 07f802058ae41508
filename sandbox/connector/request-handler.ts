import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, redirect, sendHtml, sendJson } from '../http/json-server.ts';
import type { Router } from '../http/router.ts';
import { ConnectorError } from './connector-error.ts';
import type { Reply, SimulatorCall, SimulatorHandler, SimulatorServices } from './routes/simulator-call.ts';
import type { SimulatorState } from './simulator-state.ts';

// One request to the simulator: injected faults on the processor's API (/v1/..., not /v1/simulator/...),
// then its route, then its answer written; a thrown ConnectorError is the processor's error body.

const INJECTED_FAILURE = { error: { code: 'processor_unavailable', message: 'Injected failure' } };

/**
 * A path with no route, or a method its path does not take. A path on a payment looks the payment up
 * first, as the processor's answer always did (an unknown payment is "resource_missing" whatever the
 * action); anything else is "not_found".
 */
function unrouted(method: string, url: URL, segments: readonly string[], state: SimulatorState): never {
  const onPayment =
    segments[0] === 'v1' && segments[1] === 'payments'
      ? segments[2]
      : segments[0] === 'challenge' || (segments[0] === 'redirect' && segments.length === 2)
        ? segments[1]
        : undefined;
  if (onPayment !== undefined) state.findPayment(onPayment);
  throw new ConnectorError(404, 'not_found', `${method} ${url.pathname} is not a simulator route`);
}

function write(res: ServerResponse, reply: Reply): void {
  if (reply.kind === 'json') sendJson(res, 200, reply.body);
  else if (reply.kind === 'html') sendHtml(res, 200, reply.html);
  else redirect(res, reply.location);
}

async function handle(req: IncomingMessage, res: ServerResponse, router: Router<SimulatorHandler>, sim: SimulatorServices): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://simulator');
  const method = req.method ?? 'GET';
  // Segments as sent, not decoded: the handlers decode where the processor does (a reference, an account).
  const segments = url.pathname.split('/').filter(Boolean);
  const match = router.match(method, segments);
  let body: Promise<string> | undefined;
  const call: SimulatorCall = {
    method,
    url,
    params: match.kind === 'found' ? match.params : {},
    account: (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '') || 'anonymous',
    body: () => (body ??= readBody(req)),
  };
  const answer = async (): Promise<Reply> => (match.kind === 'found' ? match.handler(call, sim) : unrouted(method, url, segments, sim.state));

  if (segments[0] === 'v1' && segments[1] !== 'simulator') {
    const decision = sim.state.faults.decide(method, url.pathname, req.headers);
    if (decision.latencyMs) await sim.state.sleep(decision.latencyMs);
    if (decision.fail && decision.phase === 'after') {
      // The processor acts, then its answer is lost: the caller cannot know the outcome.
      await answer().catch(() => undefined);
      if (decision.fail === 500) return sendJson(res, 500, INJECTED_FAILURE);
      req.socket.destroy();
      return;
    }
    if (decision.fail === 'reset') {
      req.socket.destroy();
      return;
    }
    if (decision.fail === 'timeout') return; // never answers; the caller's timeout decides
    if (decision.fail === 500) return sendJson(res, 500, INJECTED_FAILURE);
  }
  write(res, await answer());
}

export function simulatorRequestHandler(router: Router<SimulatorHandler>, sim: SimulatorServices): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res, router, sim).catch((error: unknown) => {
      if (res.headersSent) return;
      if (error instanceof ConnectorError) return sendJson(res, error.status, { error: { code: error.code, message: error.message } });
      sendJson(res, 500, { error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } });
    });
  };
}
