import { expect, test } from '@playwright/test';
import { isLoopbackUrl } from '../../helpers/configuration/loopback.ts';
import { ConfigError, loadTargetConfig, missingForFullCertification } from '../../helpers/configuration/target.ts';

test('no configuration means the embedded sandbox', () => {
  expect(loadTargetConfig({})).toMatchObject({ target: 'sandbox', GOLIVE_CONNECTOR_PROFILE: 'stripe_test', GOLIVE_CONTAINERS: 'auto' });
});

test('staging with nothing set names every missing field in one message', () => {
  let message = '';
  try {
    loadTargetConfig({ GOLIVE_TARGET: 'staging' });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    message = (error as Error).message;
  }
  for (const field of [
    'OWNGATEWAY_BASE_URL',
    'OWNGATEWAY_API_KEY',
    'OWNGATEWAY_PUBLISHABLE_KEY',
    'OWNGATEWAY_MERCHANT_ID',
    'OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY',
  ]) {
    expect(message).toContain(field);
  }
});

test('malformed values are named with what was expected', () => {
  const bad = () =>
    loadTargetConfig({
      GOLIVE_TARGET: 'staging',
      OWNGATEWAY_BASE_URL: 'not a url',
      OWNGATEWAY_API_KEY: 'pk_snd_123',
      OWNGATEWAY_PUBLISHABLE_KEY: 'snd_abc',
      OWNGATEWAY_MERCHANT_ID: 'm1',
      OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: 'h'.repeat(64),
    });
  expect(bad).toThrow(/expected the gateway base URL[\s\S]*at OWNGATEWAY_BASE_URL/);
  expect(bad).toThrow(/expected a secret API key such as snd_…[\s\S]*at OWNGATEWAY_API_KEY/);
  expect(bad).toThrow(/expected a publishable key such as pk_snd_…[\s\S]*at OWNGATEWAY_PUBLISHABLE_KEY/);
  expect(() => loadTargetConfig({ GOLIVE_TARGET: 'prod' })).toThrow(/expected GOLIVE_TARGET to be sandbox, staging or production-readiness, got "prod"/);
  expect(() => loadTargetConfig({ GOLIVE_CONTAINERS: 'maybe' })).toThrow(/expected require, auto or off/);
});

test('a complete staging environment is accepted', () => {
  const config = loadTargetConfig({
    GOLIVE_TARGET: 'staging',
    OWNGATEWAY_BASE_URL: 'https://staging.example.test',
    OWNGATEWAY_API_KEY: `snd_${'a'.repeat(64)}`,
    OWNGATEWAY_PUBLISHABLE_KEY: 'pk_snd_0123456789abcdef',
    OWNGATEWAY_MERCHANT_ID: 'merchant_1',
    OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: 'h'.repeat(64),
  });
  expect(config).toMatchObject({ target: 'staging', OWNGATEWAY_MERCHANT_ID: 'merchant_1' });
});

test('a config file holding a key is refused: keys come only from the environment', () => {
  expect(() => loadTargetConfig({}, { baseUrl: 'https://x.test', merchantId: `snd_${'b'.repeat(64)}` })).toThrow(/merchantId look\(s\) like an API key/);
});

test('production keys are refused unless the run says it knows, by name', () => {
  const production = {
    GOLIVE_TARGET: 'production-readiness',
    OWNGATEWAY_BASE_URL: 'https://api.example.test',
    OWNGATEWAY_API_KEY: `prd_${'a'.repeat(64)}`,
    OWNGATEWAY_PUBLISHABLE_KEY: 'pk_prd_0123456789abcdef',
    OWNGATEWAY_MERCHANT_ID: 'merchant_1',
    OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: 'h'.repeat(64),
  };
  expect(() => loadTargetConfig(production)).toThrow(
    /OWNGATEWAY_API_KEY and OWNGATEWAY_PUBLISHABLE_KEY look like production keys[\s\S]*GOLIVE_I_KNOW_THIS_IS_PRODUCTION=1/,
  );
  expect(loadTargetConfig({ ...production, GOLIVE_I_KNOW_THIS_IS_PRODUCTION: '1' })).toMatchObject({ target: 'production-readiness' });
});

test('only addresses of this machine count as loopback', () => {
  expect(['http://127.0.0.1:8080/x', 'http://127.9.9.9/', 'http://localhost:3000', 'http://[::1]:80/', 'http://shop.localhost/'].map(isLoopbackUrl)).toEqual([
    true,
    true,
    true,
    true,
    true,
  ]);
  expect(['http://10.0.0.1/', 'https://shop.example/', 'http://128.0.0.1/', 'http://[::2]/', 'http://localhost.example/'].map(isLoopbackUrl)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
});

test('a full certification of a real target names the site settings it lacks', () => {
  const staging = {
    GOLIVE_TARGET: 'staging',
    OWNGATEWAY_BASE_URL: 'https://api.example.test',
    OWNGATEWAY_API_KEY: `snd_${'a'.repeat(32)}`,
    OWNGATEWAY_PUBLISHABLE_KEY: 'pk_snd_abc',
    OWNGATEWAY_MERCHANT_ID: 'm1',
    OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: 'h'.repeat(32),
  };
  expect(missingForFullCertification(loadTargetConfig(staging)).join('\n')).toMatch(/GOLIVE_STOREFRONT_URL[\s\S]*GOLIVE_MERCHANT_ADAPTER/);
  expect(missingForFullCertification(loadTargetConfig({ ...staging, GOLIVE_STOREFRONT_URL: 'https://shop.test', GOLIVE_MERCHANT_ADAPTER: 'a.json' }))).toEqual(
    [],
  );
  expect(missingForFullCertification(loadTargetConfig({}))).toEqual([]);
});
