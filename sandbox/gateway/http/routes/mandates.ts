import { authenticated, type GatewayRouter, type GatewayServices } from '../api-call.ts';
import { requireSecret } from '../auth.ts';
import { findCustomer } from '../../services/customers/service.ts';
import { findMandate, mandateResponse, revokeMandate } from '../../services/mandates/service.ts';

// /mandates/{id}, /mandates/revoke/{id} (routes::Mandates) and GET /customers/{customer_id}/mandates.
export function mountMandates(router: GatewayRouter, { state }: GatewayServices): void {
  router
    .on(
      'POST',
      '/mandates/revoke/:mandate_id',
      authenticated((call) => call.send(200, revokeMandate(state, requireSecret(call.caller), call.params.mandate_id!))),
    )
    .on(
      'GET',
      '/mandates/:mandate_id',
      authenticated((call) => call.send(200, mandateResponse(state, findMandate(state, requireSecret(call.caller), call.params.mandate_id!)))),
    )
    .on(
      'GET',
      '/customers/:customer_id/mandates',
      authenticated((call) => {
        const merchant = requireSecret(call.caller);
        findCustomer(state, merchant, call.params.customer_id!);
        const mandates = [...state.mandates.values()].filter((m) => m.merchant_id === merchant.merchant_id && m.customer_id === call.params.customer_id);
        call.send(
          200,
          mandates.map((m) => mandateResponse(state, m)),
        );
      }),
    );
}
