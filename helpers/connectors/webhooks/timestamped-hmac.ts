import { hmacHex, signaturesEqual } from '../../signatures/hmac.ts';
import type { ConnectorWebhookFailure } from './event.ts';

// The "t=<unix>,v1=<hex HMAC-SHA256(secret, t + '.' + body)>" header Stripe made common; golive's
// sandbox connector signs the same way under its own header name.

export function signTimestampedBody(body: string, secret: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${hmacHex('sha256', secret, `${unixSeconds}.${body}`)}`;
}

export function verifyTimestampedBody(
  header: string | undefined,
  body: string,
  secret: string,
  now: Date,
  toleranceSeconds: number,
): { ok: true; timestamp: number } | { ok: false; reason: ConnectorWebhookFailure } {
  if (!header) return { ok: false, reason: 'missing_signature' };
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamp = Number(parts.find(([k]) => k === 't')?.[1]);
  const signatures = parts.filter(([k]) => k === 'v1').map(([, v]) => v ?? '');
  if (!Number.isInteger(timestamp) || signatures.length === 0) return { ok: false, reason: 'missing_signature' };
  const expected = hmacHex('sha256', secret, `${timestamp}.${body}`);
  if (!signatures.some((candidate) => signaturesEqual(expected, candidate))) return { ok: false, reason: 'signature_mismatch' };
  // Checked after the signature so a forger cannot learn anything from the staleness answer.
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return { ok: false, reason: 'stale_timestamp' };
  return { ok: true, timestamp };
}
