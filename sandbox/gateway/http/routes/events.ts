import { z } from 'zod';
import { authenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';
import { apiErrors } from '../../model/api-error.ts';
import { requireAdmin } from '../auth.ts';
import { parseRequest, structSchema } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import type { GatewayState } from '../../model/state.ts';

// The outgoing-webhook delivery log (routes::WebhookEvents): list, attempts, manual retry. Admin key.

// EventListConstraints is not deny_unknown_fields: other constraints are accepted and ignored.
const EventListBody = structSchema('EventListConstraints', requestStructs.EventListConstraints, {
  object_id: z.string().optional(),
  limit: z.number().int().min(1).max(100).optional(),
});

function findEvent(state: GatewayState, merchantId: string, eventId: string) {
  const event = state.events.get(eventId);
  if (!event || event.merchant_id !== merchantId) throw apiErrors.notFound('Event');
  return event;
}

function listEvents(call: ApiCall): void {
  requireAdmin(call.caller);
  const filter = parseRequest(EventListBody, call.body());
  const list = [...call.services.state.events.values()].filter(
    (e) => e.merchant_id === call.params.merchant_id && (!filter.object_id || e.object_id === filter.object_id),
  );
  call.send(200, list.slice(-(filter.limit ?? 100)).reverse());
}

function listEventAttempts(call: ApiCall): void {
  requireAdmin(call.caller);
  call.send(200, findEvent(call.services.state, call.params.merchant_id!, call.params.event_id!).delivery_attempts);
}

async function retryEvent(call: ApiCall): Promise<void> {
  requireAdmin(call.caller);
  const event = findEvent(call.services.state, call.params.merchant_id!, call.params.event_id!);
  await call.services.webhooks.deliverOnce(event.event_id);
  call.send(200, event);
}

export function mountEvents(router: GatewayRouter): void {
  router
    .on('POST', '/events/:merchant_id', authenticated(listEvents))
    .on('GET', '/events/:merchant_id/:event_id/attempts', authenticated(listEventAttempts))
    .on('POST', '/events/:merchant_id/:event_id/retry', authenticated(retryEvent));
}
