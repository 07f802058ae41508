import { expect, test } from '@playwright/test';
import { adyenHmacSignature } from '../../helpers/connectors/webhooks/adyen-scheme.ts';
import { buildConnectorWebhook, schemeForConnector, verifyConnectorWebhook, type ConnectorWebhookEvent } from '../../helpers/connectors/webhooks/index.ts';
import { hmacHex } from '../../helpers/signatures/hmac.ts';
import { signTimestampedBody } from '../../helpers/connectors/webhooks/timestamped-hmac.ts';

const now = new Date('2026-11-24T10:00:00.000Z');
const event: ConnectorWebhookEvent = {
  event_id: 'evt_0001',
  kind: 'payment_succeeded',
  connector_transaction_id: 'sim_abc',
  connector_refund_id: null,
  reference: 'pay_X_1',
  amount: 6540,
  currency: 'USD',
  occurred_at: now,
};
const hexSecret = 'ab'.repeat(32);

test("Adyen: matches the HMAC example published in Adyen's documentation", () => {
  // Adyen docs, "Verify HMAC signatures": this key and notification give this signature.
  expect(
    adyenHmacSignature(
      {
        pspReference: '7914073381342284',
        originalReference: '',
        merchantAccountCode: 'TestMerchant',
        merchantReference: 'TestPayment-1407325143704',
        amount: { value: 1130, currency: 'EUR' },
        eventCode: 'AUTHORISATION',
        success: 'true',
      },
      '44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056',
    ),
  ).toBe('coqCmt/IZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU+iCWo0=');
});

test('Stripe and Checkout.com: digests match values computed independently with openssl', () => {
  // printf '%s' '1700000000.{"id":"evt_1"}' | openssl dgst -sha256 -hmac whsec_test_secret
  expect(signTimestampedBody('{"id":"evt_1"}', 'whsec_test_secret', 1700000000)).toBe(
    't=1700000000,v1=248a374f50f943a28b0f6ab50faf9a7e7e29b710fa26df9fb1618b9bf8ea9c9a',
  );
  // printf '%s' '{"id":"evt_1"}' | openssl dgst -sha256 -hmac cko_secret
  expect(hmacHex('sha256', 'cko_secret', '{"id":"evt_1"}')).toBe('07cd40ca4413c25a67142a0bf2e20ee125f5cac36772443d957bdcb62cc0d3bd');
});

test('connector names map to their schemes', () => {
  expect(['stripe', 'stripe_test', 'adyen_test', 'checkout', 'fauxpay'].map(schemeForConnector)).toEqual(['stripe', 'stripe', 'adyen', 'checkout', 'sandbox']);
});

for (const scheme of ['sandbox', 'stripe', 'adyen', 'checkout'] as const) {
  test.describe(`${scheme} scheme`, () => {
    const signed = buildConnectorWebhook(scheme, event, hexSecret, now);
    const verify = (override: Partial<{ headers: Record<string, string | undefined>; rawBody: string; secret: string; now: Date }>) =>
      verifyConnectorWebhook(scheme, { headers: signed.headers, rawBody: signed.body, secret: hexSecret, now, toleranceSeconds: 300, ...override });

    test('an authentic webhook verifies and round-trips the event', () => {
      const verdict = verify({});
      expect(verdict.ok).toBe(true);
      if (verdict.ok)
        expect({ ...verdict.event, event_id: undefined }).toMatchObject({
          kind: 'payment_succeeded',
          connector_transaction_id: 'sim_abc',
          reference: 'pay_X_1',
          amount: 6540,
          currency: 'USD',
        });
    });
    test('a tampered body is refused', () => {
      expect(verify({ rawBody: signed.body.replace('6540', '1') })).toMatchObject({ ok: false });
      expect(verify({ rawBody: signed.body.replace('6540', '1') })).not.toMatchObject({ reason: 'stale_timestamp' });
    });
    test('the wrong secret is refused', () => {
      expect(verify({ secret: 'cd'.repeat(32) })).toEqual({ ok: false, reason: 'signature_mismatch' });
    });
    test('a stale webhook is refused', () => {
      expect(verify({ now: new Date(now.getTime() + 3600_000) })).toEqual({ ok: false, reason: 'stale_timestamp' });
    });
    test('a missing signature is refused', () => {
      const headers = Object.fromEntries(Object.entries(signed.headers).filter(([k]) => k === 'content-type'));
      const rawBody = scheme === 'adyen' ? signed.body.replace(/"hmacSignature":"[^"]+",?/, '') : signed.body;
      expect(verify({ headers, rawBody })).toMatchObject({
        ok: false,
        reason: scheme === 'adyen' ? expect.stringMatching(/missing_signature|malformed/) : 'missing_signature',
      });
    });
  });
}
