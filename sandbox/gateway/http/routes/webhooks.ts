import { unauthenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';

// POST /webhooks/{merchant_id}/{connector_name | merchant_connector_id}: what connectors send. The
// connector's signature, checked in services/webhooks/incoming.ts, is the authentication; success is an empty 200.

async function receiveConnectorWebhook(call: ApiCall): Promise<void> {
  const result = await call.services.incoming.receive(call.params.merchant_id!, call.params.connector!, call.req.headers, call.rawBody);
  call.res.writeHead(200, { 'x-golive-webhook-result': result.applied ? 'applied' : (result.reason ?? 'ignored'), 'content-length': '0' });
  call.res.end();
}

export function mountIncomingWebhooks(router: GatewayRouter): void {
  router.on('POST', '/webhooks/:merchant_id/:connector', unauthenticated(receiveConnectorWebhook));
}
