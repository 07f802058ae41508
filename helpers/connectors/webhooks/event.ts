import type { WebhookScheme } from '../../../sandbox/connector/protocol.ts';

// A connector's webhook, reduced to what the gateway acts on. Each scheme file maps its
// connector's own body shape to and from this.
export type ConnectorWebhookKind =
  'payment_succeeded' | 'payment_failed' | 'payment_authorized' | 'payment_captured' | 'payment_voided' | 'refund_succeeded' | 'refund_failed';

export interface ConnectorWebhookEvent {
  event_id: string;
  kind: ConnectorWebhookKind;
  connector_transaction_id: string;
  connector_refund_id: string | null;
  reference: string;
  amount: number;
  currency: string;
  occurred_at: Date;
}

export type ConnectorWebhookFailure = 'missing_signature' | 'signature_mismatch' | 'stale_timestamp' | 'malformed';
export type ConnectorWebhookVerification = { ok: true; event: ConnectorWebhookEvent } | { ok: false; reason: ConnectorWebhookFailure };

export interface VerifyInput {
  headers: Record<string, string | undefined>;
  rawBody: string;
  secret: string;
  now: Date;
  toleranceSeconds: number;
}

export interface SignedWebhook {
  headers: Record<string, string>;
  body: string;
}

export interface WebhookSchemeCodec {
  readonly scheme: WebhookScheme;
  build(event: ConnectorWebhookEvent, secret: string, now: Date): SignedWebhook;
  /** The same webhook with no signature anywhere: schemes that sign in the body (Adyen) leave it out there; absent, the body is kept and the headers dropped. */
  unsigned?(event: ConnectorWebhookEvent, now: Date): SignedWebhook;
  verify(input: VerifyInput): ConnectorWebhookVerification;
}

export function isStale(occurredAt: Date, now: Date, toleranceSeconds: number): boolean {
  return Math.abs(now.getTime() - occurredAt.getTime()) > toleranceSeconds * 1000;
}
