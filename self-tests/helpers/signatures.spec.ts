import { createHmac } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signOutgoingWebhook, verifyOutgoingWebhookSignature } from '../../helpers/signatures/outgoing-webhook.ts';
import { returnUrlSigningString, signReturnUrl, verifyReturnUrlSignature } from '../../helpers/signatures/return-url.ts';

const hashKey = 'kZ3'.repeat(21) + 'x';

test("the return-URL signing string sorts pairs by key then value, decoded, including the merchant's own", () => {
  expect(
    returnUrlSigningString([
      ['status', 'succeeded'],
      ['amount', '100'],
      ['a', '2'],
      ['a', '1'],
    ]),
  ).toBe('a=1&a=2&amount=100&status=succeeded');
  const url = signReturnUrl(new URL('https://shop.test/r?order=a%20b&status=succeeded&payment_id=pay_1&amount=6540'), hashKey);
  const expected = createHmac('sha512', hashKey).update('amount=6540&order=a b&payment_id=pay_1&status=succeeded').digest('hex');
  expect(url.searchParams.get('signature')).toBe(expected);
  expect(url.searchParams.get('signature_algorithm')).toBe('HMAC-SHA512');
});

test('verification fails on any change, a missing signature or another algorithm', () => {
  const signed = signReturnUrl(new URL('https://shop.test/r?status=failed&payment_id=pay_1&amount=6540'), hashKey);
  expect(verifyReturnUrlSignature(signed, hashKey)).toEqual({ valid: true, params: { status: 'failed', payment_id: 'pay_1', amount: '6540' } });
  const flipped = new URL(signed);
  flipped.searchParams.set('status', 'succeeded');
  expect(verifyReturnUrlSignature(flipped, hashKey)).toEqual({ valid: false, reason: 'signature_mismatch' });
  expect(verifyReturnUrlSignature(signed, `${hashKey}x`)).toEqual({ valid: false, reason: 'signature_mismatch' });
  const other = new URL(signed);
  other.searchParams.set('signature_algorithm', 'HMAC-SHA256');
  expect(verifyReturnUrlSignature(other, hashKey)).toEqual({ valid: false, reason: 'unsupported_algorithm' });
  const none = new URL(signed);
  none.searchParams.delete('signature');
  expect(verifyReturnUrlSignature(none, hashKey)).toEqual({ valid: false, reason: 'missing_signature' });
});

test('outgoing webhook signature is hex HMAC-SHA512 of the exact body bytes', () => {
  const body = '{"merchant_id":"m","event_type":"payment_succeeded"}';
  const signature = signOutgoingWebhook(body, hashKey);
  expect(signature).toMatch(/^[0-9a-f]{128}$/);
  expect(signature).toBe(createHmac('sha512', hashKey).update(body).digest('hex'));
  expect(verifyOutgoingWebhookSignature(body, signature, hashKey)).toBe(true);
  expect(verifyOutgoingWebhookSignature(body.replace('m', 'n'), signature, hashKey)).toBe(false);
  expect(verifyOutgoingWebhookSignature(body, undefined, hashKey)).toBe(false);
});
