import { z } from 'zod';
import { authenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';
import { apiErrors } from '../../model/api-error.ts';
import { requireSecret } from '../auth.ts';
import { ids } from '../../model/ids.ts';
import { parseRequest, structSchema } from '../../rules/request-body.ts';
import { requestStructs } from '../../model/request-structs.ts';
import type { EphemeralKey } from '../../model/state.ts';
import { findCustomer } from '../../services/customers/service.ts';

// POST /ephemeral_keys, DELETE /ephemeral_keys/{id} (routes::EphemeralKey): a short-lived key the
// merchant's server hands to its client so it can read one customer's saved payment methods.

const EPHEMERAL_KEY_VALIDITY_SECONDS = 3600;
const CreateEphemeralKeyBody = structSchema('EphemeralKeyCreateRequest', requestStructs.EphemeralKeyCreateRequest, { customer_id: z.string() });

const view = (key: EphemeralKey) => ({
  id: key.id,
  merchant_id: key.merchant_id,
  customer_id: key.customer_id,
  created_at: key.created_at,
  expires: key.expires,
  secret: key.secret,
});

function createEphemeralKey(call: ApiCall): void {
  const { state } = call.services;
  const merchant = requireSecret(call.caller);
  const { customer_id } = parseRequest(CreateEphemeralKeyBody, call.body());
  findCustomer(state, merchant, customer_id);
  const now = Math.floor(Date.now() / 1000);
  const key: EphemeralKey = {
    id: ids.ephemeralKeyId(),
    secret: ids.ephemeralSecret(),
    merchant_id: merchant.merchant_id,
    customer_id,
    created_at: now,
    expires: now + EPHEMERAL_KEY_VALIDITY_SECONDS,
  };
  state.ephemeralKeys.set(key.secret, key);
  call.send(200, view(key));
}

function deleteEphemeralKey(call: ApiCall): void {
  const { state } = call.services;
  const merchant = requireSecret(call.caller);
  const entry = [...state.ephemeralKeys.values()].find((key) => key.id === call.params.id && key.merchant_id === merchant.merchant_id);
  if (!entry) throw apiErrors.notFound('Ephemeral key');
  state.ephemeralKeys.delete(entry.secret);
  call.send(200, view(entry));
}

export function mountEphemeralKeys(router: GatewayRouter): void {
  router.on('POST', '/ephemeral_keys', authenticated(createEphemeralKey));
  router.on('DELETE', '/ephemeral_keys/:id', authenticated(deleteEphemeralKey));
}
