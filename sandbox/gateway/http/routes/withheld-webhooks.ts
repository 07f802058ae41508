import { z } from 'zod';
import { authenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';
import { requireAdmin } from '../auth.ts';
import { parseRequest } from '../../rules/request-body.ts';

// Not Hyperswitch: withholds every merchant webhook about one payment from now on (admin key), so
// golive can see whether the shop settles the order without one.

const WithholdBody = z.object({ object_id: z.string().min(1, 'expected the id of the payment whose webhooks are withheld') }).strict();

function withholdWebhooks(call: ApiCall): void {
  requireAdmin(call.caller);
  const { object_id } = parseRequest(WithholdBody, call.body());
  call.services.webhooks.withheld.withhold(object_id);
  call.send(200, { object_id, withheld: true });
}

export function mountWithheldWebhooks(router: GatewayRouter): void {
  router.on('POST', '/sandbox/withheld-webhooks', authenticated(withholdWebhooks));
}
