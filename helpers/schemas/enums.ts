import { z } from 'zod';

// Status and event names exactly as Hyperswitch spells them (crates/common_enums/src/enums.rs).
export const IntentStatus = z.enum([
  'succeeded',
  'failed',
  'cancelled',
  'cancelled_post_capture',
  'processing',
  'requires_customer_action',
  'requires_merchant_action',
  'requires_payment_method',
  'requires_confirmation',
  'requires_capture',
  'partially_captured',
  'partially_captured_and_capturable',
  'partially_authorized_and_requires_capture',
  'partially_captured_and_processing',
  'conflicted',
  'expired',
  'review',
]);
export type IntentStatus = z.infer<typeof IntentStatus>;

export const RefundStatus = z.enum(['succeeded', 'failed', 'pending', 'review']);
export type RefundStatus = z.infer<typeof RefundStatus>;

export const CaptureMethod = z.enum(['automatic', 'manual', 'manual_multiple', 'scheduled', 'sequential_automatic']);
export type CaptureMethod = z.infer<typeof CaptureMethod>;

export const AuthenticationType = z.enum(['three_ds', 'no_three_ds']);
export type AuthenticationType = z.infer<typeof AuthenticationType>;

export const EventType = z.enum([
  'payment_succeeded',
  'payment_failed',
  'payment_processing',
  'payment_cancelled',
  'payment_cancelled_post_capture',
  'payment_authorized',
  'payment_partially_authorized',
  'payment_captured',
  'payment_expired',
  'action_required',
  'refund_succeeded',
  'refund_failed',
  'dispute_opened',
  'dispute_expired',
  'dispute_accepted',
  'dispute_cancelled',
  'dispute_challenged',
  'dispute_won',
  'dispute_lost',
  'mandate_active',
  'mandate_revoked',
]);
export type EventType = z.infer<typeof EventType>;

/** Hyperswitch's status -> event mapping (crates/common_enums/src/transformers.rs); null means no webhook. */
export function eventTypeForIntentStatus(status: IntentStatus): EventType | null {
  switch (status) {
    case 'succeeded':
      return 'payment_succeeded';
    case 'failed':
      return 'payment_failed';
    case 'processing':
    case 'partially_captured_and_processing':
      return 'payment_processing';
    case 'requires_customer_action':
    case 'requires_merchant_action':
    case 'conflicted':
    case 'review':
      return 'action_required';
    case 'cancelled':
      return 'payment_cancelled';
    case 'cancelled_post_capture':
      return 'payment_cancelled_post_capture';
    case 'expired':
      return 'payment_expired';
    case 'partially_captured':
    case 'partially_captured_and_capturable':
      return 'payment_captured';
    case 'requires_capture':
      return 'payment_authorized';
    case 'partially_authorized_and_requires_capture':
      return 'payment_partially_authorized';
    case 'requires_payment_method':
    case 'requires_confirmation':
      return null;
  }
}

export function eventTypeForRefundStatus(status: RefundStatus): EventType | null {
  if (status === 'succeeded') return 'refund_succeeded';
  if (status === 'failed') return 'refund_failed';
  return null;
}
