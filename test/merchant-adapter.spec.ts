import { expect, test } from '@playwright/test';
import { declarativeAdapter } from '../fixtures/merchant-adapters/declarative.ts';
import { referenceStorefrontAdapterConfig } from '../fixtures/merchant-adapters/reference-storefront.ts';

test('the reference storefront\'s declarative adapter is valid', () => {
  expect(declarativeAdapter(referenceStorefrontAdapterConfig('http://127.0.0.1:1')).name).toBe('reference storefront');
});

test('a bad adapter names every bad field and what was expected', () => {
  const config = referenceStorefrontAdapterConfig('not a url') as Record<string, unknown>;
  const bad = { ...config, checkout: { path: 'cart', button: '#go', urlPattern: '/checkout/(ord_[a-f0-9]+)' }, orderState: { url: '/api/orders' } };
  let message = '';
  try { declarativeAdapter(bad, 'golive.adapter.json'); } catch (error) { message = (error as Error).message; }
  expect(message).toMatch(/^golive\.adapter\.json is invalid/);
  expect(message).toMatch(/baseUrl/);
  expect(message).toMatch(/expected a path such as "\/cart"[\s\S]*checkout\.path/);
  expect(message).toMatch(/named group \(\?<orderId>…\)[\s\S]*checkout\.urlPattern/);
  expect(message).toMatch(/\{orderId\}[\s\S]*orderState\.url/);
});
