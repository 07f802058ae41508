import { FaultRule } from '../../../http/faults.ts';
import { authenticated, unauthenticated, type GatewayRouter, type GatewayServices } from '../../api-call.ts';
import { apiErrors } from '../../api-error.ts';
import { requireAdmin } from '../../auth.ts';
import { parseRequest } from '../../request-body.ts';

// Not Hyperswitch: the health probe, and the sandbox-only switch that makes OwnGateway fail the
// merchant's own calls, for the "handle API errors" checks.
export function mountSandboxControls(router: GatewayRouter, { faults }: GatewayServices): void {
  router
    .on('GET', '/health', unauthenticated((call) => call.send(200, { status: 'ok' })))
    .on('POST', '/sandbox/faults', authenticated((call) => {
      requireAdmin(call.caller);
      const rule = parseRequest(FaultRule, call.body());
      if (rule.phase === 'after') throw apiErrors.invalidDataFormat('phase', '"before" (the gateway fails a call before acting on it)');
      faults.add(rule);
      call.send(200, { added: true });
    }))
    .on('DELETE', '/sandbox/faults', authenticated((call) => {
      requireAdmin(call.caller);
      faults.clear();
      call.send(200, { cleared: true });
    }));
}
