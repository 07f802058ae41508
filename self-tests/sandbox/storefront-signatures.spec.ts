import { expect, test } from '@playwright/test';
import { isGenuineWebhook, verifyRedirect } from '../../sandbox/storefront/owngateway/signatures.ts';

// The reference storefront verifies OwnGateway's signatures with its own code, not golive's, so these
// vectors come from outside both: `openssl dgst -sha512 -hmac <key>` over the string Hyperswitch signs.

const HASH_KEY = 'hash_key_for_storefront_self_test';

test('a redirect is signed over its decoded query pairs sorted by key, whatever order they arrive in', () => {
  // Signed string: amount=6540&manual_retry_allowed=false&note=a b&order=ord_1&payment_id=pay_X&payment_intent_client_secret=pay_X_secret_Y&status=succeeded
  const signature = '6567561757b46955984ce1694f6790cc2172807fac1747efc15c790e49ae2e072f33aa22b1bf8a85906bc31e7b24286335d16c88b94f4d05d9dbf5bc5e56b165';
  const redirect = new URL(
    'https://shop.test/checkout/return?order=ord_1&status=succeeded&payment_id=pay_X&payment_intent_client_secret=pay_X_secret_Y&amount=6540&manual_retry_allowed=false&note=a%20b',
  );
  redirect.searchParams.append('signature', signature);
  redirect.searchParams.append('signature_algorithm', 'HMAC-SHA512');
  expect(verifyRedirect(redirect, HASH_KEY)).toEqual({ genuine: true });

  const cheaper = new URL(redirect);
  cheaper.searchParams.set('amount', '100');
  expect(verifyRedirect(cheaper, HASH_KEY)).toEqual({ genuine: false, reason: 'signature_mismatch' });
  expect(verifyRedirect(redirect, `not-${HASH_KEY}`)).toEqual({ genuine: false, reason: 'signature_mismatch' });

  const unsigned = new URL(redirect);
  unsigned.searchParams.delete('signature');
  expect(verifyRedirect(unsigned, HASH_KEY)).toEqual({ genuine: false, reason: 'missing_signature' });

  const otherAlgorithm = new URL(redirect);
  otherAlgorithm.searchParams.set('signature_algorithm', 'HMAC-SHA256');
  expect(verifyRedirect(otherAlgorithm, HASH_KEY)).toEqual({ genuine: false, reason: 'unsupported_algorithm' });
});

test('a webhook is signed over the exact body bytes, in hex of either case', () => {
  const body = '{"event_id":"evt_1","content":{"type":"payment_details"}}';
  const signature = '2595107e43196abcdf9287e5ceac6ecd8c97a9f797e87ed01c1ac5e187764549cb9d76df3d3809979ade8fb3c8e8e8b926a6ee7b90f006942954afa5cf18092f';
  expect(isGenuineWebhook(body, signature, HASH_KEY)).toBe(true);
  expect(isGenuineWebhook(body, signature.toUpperCase(), HASH_KEY)).toBe(true);
  expect(isGenuineWebhook(JSON.stringify(JSON.parse(body), null, 1), signature, HASH_KEY), 'the same JSON, other bytes').toBe(false);
  expect(isGenuineWebhook(body, `${signature}00`, HASH_KEY), 'longer than a SHA-512').toBe(false);
  expect(isGenuineWebhook(body, `${signature.slice(0, 126)}zz`, HASH_KEY), 'not hex').toBe(false);
  expect(isGenuineWebhook(body, undefined, HASH_KEY)).toBe(false);
});
