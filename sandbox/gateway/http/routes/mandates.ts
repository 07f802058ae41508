import { authenticated, type ApiCall, type GatewayRouter } from '../api-call.ts';
import { requireSecret } from '../auth.ts';
import { findCustomer } from '../../services/customers/service.ts';
import * as mandates from '../../services/mandates/service.ts';

// /mandates/{id}, /mandates/revoke/{id} (routes::Mandates) and GET /customers/{customer_id}/mandates.

function revokeMandate(call: ApiCall): void {
  call.send(200, mandates.revokeMandate(call.services.state, requireSecret(call.caller), call.params.mandate_id!));
}

function retrieveMandate(call: ApiCall): void {
  const { state } = call.services;
  call.send(200, mandates.mandateResponse(state, mandates.findMandate(state, requireSecret(call.caller), call.params.mandate_id!)));
}

function listCustomerMandates(call: ApiCall): void {
  const { state } = call.services;
  const merchant = requireSecret(call.caller);
  findCustomer(state, merchant, call.params.customer_id!);
  const found = [...state.mandates.values()].filter((m) => m.merchant_id === merchant.merchant_id && m.customer_id === call.params.customer_id);
  call.send(
    200,
    found.map((m) => mandates.mandateResponse(state, m)),
  );
}

export function mountMandates(router: GatewayRouter): void {
  router
    .on('POST', '/mandates/revoke/:mandate_id', authenticated(revokeMandate))
    .on('GET', '/mandates/:mandate_id', authenticated(retrieveMandate))
    .on('GET', '/customers/:customer_id/mandates', authenticated(listCustomerMandates));
}
