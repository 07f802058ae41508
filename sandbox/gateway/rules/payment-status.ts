import type { IntentStatus } from '../../../helpers/schemas/enums.ts';

// What a payment's status allows, where both the payment service and the responses need to know.

const TERMINAL: readonly IntentStatus[] = ['succeeded', 'failed', 'cancelled', 'cancelled_post_capture', 'partially_captured', 'expired'];

export const isTerminal = (status: IntentStatus) => TERMINAL.includes(status);

/**
 * is_manual_retry_allowed: a failed payment whose attempt failed at the connector may be confirmed
 * again (every sandbox failure is one: a decline, a connector error, an attempt that never arrived);
 * settled or in-flight payments may not; payments still waiting for input have no answer (null).
 */
export function manualRetryAllowed(status: IntentStatus): boolean | null {
  if (status === 'failed') return true;
  if (status.startsWith('requires_') && status !== 'requires_capture') return null;
  return false;
}
