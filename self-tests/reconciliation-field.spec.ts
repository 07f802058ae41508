import { expect, test } from '@playwright/test';
import { declarativeAdapter } from '../fixtures/merchant-adapters/declarative.ts';
import { referenceStorefrontAdapterConfig } from '../fixtures/merchant-adapters/reference-storefront.ts';

// The reconciliation time a merchant declares (adapter version 2): what the lost-webhook check waits.

test('a version-2 adapter declares its reconciliation time; a version-1 file has none, so the check names the field', () => {
  const config = referenceStorefrontAdapterConfig('http://127.0.0.1:1') as Record<string, unknown>;
  expect(declarativeAdapter(config).reconciliationSeconds).toBe(10);
  const { version: _version, reconciliation: _reconciliation, ...v1 } = config;
  expect(declarativeAdapter(v1).reconciliationSeconds).toBeNull();
});

test('a reconciliation time that is not a whole number of seconds within an hour is refused, naming the field', () => {
  const config = referenceStorefrontAdapterConfig('http://127.0.0.1:1') as Record<string, unknown>;
  for (const withinSeconds of [0, 1.5, 7200]) {
    expect(() => declarativeAdapter({ ...config, reconciliation: { withinSeconds } }, 'golive.adapter.json')).toThrow(/reconciliation\.withinSeconds/);
  }
});
