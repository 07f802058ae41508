import type { IncomingMessage } from 'node:http';
import { apiErrors } from '../model/api-error.ts';
import { isExpired } from '../services/api-keys/service.ts';
import type { Caller } from '../model/caller.ts';
import type { GatewayState, Merchant } from '../model/state.ts';

// Every key travels in the `api-key` header (services/authentication.rs); the pk_ prefix marks
// a publishable key, which only client calls accept, and only with the payment's client_secret.

export function identify(req: IncomingMessage, state: GatewayState, adminApiKey: string): Caller {
  const key = req.headers['api-key'];
  if (typeof key !== 'string' || key === '') throw apiErrors.unauthorized();
  if (key === adminApiKey) return { kind: 'admin' };
  const secret = state.secretKeys.get(key);
  if (secret && !isExpired(secret, new Date())) {
    const merchant = state.merchants.get(secret.merchant_id);
    if (merchant) return { kind: 'secret', merchant };
  }
  const ephemeral = state.ephemeralKeys.get(key);
  if (ephemeral && ephemeral.expires * 1000 > Date.now()) {
    const merchant = state.merchants.get(ephemeral.merchant_id);
    if (merchant) return { kind: 'ephemeral', merchant, customerId: ephemeral.customer_id };
  }
  const publishableMerchant = state.publishableKeys.get(key);
  const merchant = publishableMerchant ? state.merchants.get(publishableMerchant) : undefined;
  if (merchant) return { kind: 'publishable', merchant };
  throw apiErrors.unauthorized();
}

export function requireAdmin(caller: Caller): void {
  if (caller.kind !== 'admin') throw apiErrors.unauthorized();
}

export function requireSecret(caller: Caller): Merchant {
  if (caller.kind !== 'secret') throw apiErrors.unauthorized();
  return caller.merchant;
}

/** Secret or publishable key (client calls add the client_secret check themselves). */
export function requireMerchant(caller: Caller): Merchant {
  if (caller.kind !== 'secret' && caller.kind !== 'publishable') throw apiErrors.unauthorized();
  return caller.merchant;
}

/** For /account/{merchant_id}/…: the secret key's merchant must be the one in the path (admin may act for any). */
export function requireMerchantInPath(caller: Caller, state: GatewayState, merchantId: string): Merchant {
  if (caller.kind === 'publishable' || caller.kind === 'ephemeral') throw apiErrors.unauthorized();
  if (caller.kind === 'secret' && caller.merchant.merchant_id !== merchantId) throw apiErrors.unauthorized();
  const merchant = state.merchants.get(merchantId);
  if (!merchant) throw apiErrors.notFound('Merchant account');
  return merchant;
}
