import type { ChecklistItemId } from '../../helpers/checklist/checklist.ts';
import type { VendureDefect } from './defects.ts';

// The detection matrix's table for the Vendure shop: the go-live checklist items each seeded defect
// must fail. (golive's side of the shop; the running shop never imports this file.)
export const expectedFailures: Record<VendureDefect, ChecklistItemId[]> = {
  'settle-on-return-status': ['payments.verify-signed-payload'],
  'no-amount-check': ['payments.verify-amount-status'],
  'client-supplied-amount': ['payments.verify-amount-status'],
  'webhook-without-signature': ['webhooks.merchant-endpoint'],
  'unawaited-signature-check': ['webhooks.merchant-endpoint'],
  // The payment is retrieved and its order, amount and currency compared, so only the state is forged:
  // a flipped, unsigned status is believed.
  'client-supplied-state': ['payments.verify-signed-payload'],
  'refund-not-reaching-order': ['errors.lifecycle'],
  'stale-event-regresses-order': ['errors.lifecycle'],
  'sdk-self-hosted': ['after-go-live.environment-parity'],
  'csp-blocks-sdk-frames': ['after-go-live.frames-and-policy'],
  'no-reconciliation': ['after-go-live.reconciliation'],
  'dev-gateway-url-in-build': ['after-go-live.environment-parity'],
};
