import { expect, test } from '@playwright/test';
import { signReturnUrl, verifyReturnUrlSignature } from '../../helpers/signatures/return-url.ts';
import { tamperReturnUrl } from '../../helpers/tampering/forged-return-urls.ts';

const hashKey = 'h'.repeat(64);
const signedFor = (paymentId: string, status: string) => {
  const url = new URL('https://shop.test/return?order=42');
  url.searchParams.append('status', status);
  url.searchParams.append('payment_id', paymentId);
  url.searchParams.append('amount', '6540');
  return signReturnUrl(url, hashKey);
};

test('an untouched signed URL verifies, and every tampering breaks it', () => {
  const original = signedFor('pay_A', 'failed');
  expect(verifyReturnUrlSignature(original, hashKey).valid).toBe(true);
  expect(verifyReturnUrlSignature(tamperReturnUrl(original, { kind: 'set-param', name: 'status', value: 'succeeded' }), hashKey)).toEqual({
    valid: false,
    reason: 'signature_mismatch',
  });
  expect(verifyReturnUrlSignature(tamperReturnUrl(original, { kind: 'set-param', name: 'amount', value: '1' }), hashKey)).toEqual({
    valid: false,
    reason: 'signature_mismatch',
  });
  expect(verifyReturnUrlSignature(tamperReturnUrl(original, { kind: 'remove-signature' }), hashKey)).toEqual({ valid: false, reason: 'missing_signature' });
  const donor = signedFor('pay_B', 'succeeded');
  expect(verifyReturnUrlSignature(tamperReturnUrl(original, { kind: 'signature-from', donor }), hashKey)).toEqual({
    valid: false,
    reason: 'signature_mismatch',
  });
});
