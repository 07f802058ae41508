import { unauthenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';

// Not Hyperswitch: the health probe. (OwnGateway failing the merchant's calls on purpose is golive's
// fault proxy in front of the gateway, fixtures/gateway-fault-proxy.ts, the same on every target.)

function health(call: ApiCall): void {
  call.send(200, { status: 'ok' });
}

export function mountSandboxControls(router: GatewayRouter): void {
  router.on('GET', '/health', unauthenticated(health));
}
