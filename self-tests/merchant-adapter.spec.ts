import { expect, test } from '@playwright/test';
import { declarativeAdapter, loadDeclarativeAdapter } from '../fixtures/merchant-adapters/declarative.ts';
import { resolvePointer } from '../fixtures/merchant-adapters/order-field.ts';
import { PlacedCheckout } from '../fixtures/placed-checkout.ts';
import { referenceStorefrontAdapterConfig } from '../fixtures/merchant-adapters/reference-storefront.ts';
import { listen, sendJson } from '../sandbox/http/json-server.ts';

test("the reference storefront's declarative adapter is valid", () => {
  const adapter = declarativeAdapter(referenceStorefrontAdapterConfig('http://127.0.0.1:1'));
  expect(adapter.name).toBe('reference storefront');
  expect(adapter.captureMethods).toEqual(['automatic', 'manual']);
  expect(adapter.webhookUrl).toBe('http://127.0.0.1:1/webhooks/owngateway');
});

test("the single-page shop's adapter is valid: manual capture only, its own webhook path", () => {
  const adapter = loadDeclarativeAdapter(new URL('../sandbox/storefront-spa/golive.adapter.json', import.meta.url).pathname, { baseUrl: 'http://127.0.0.1:2' });
  expect(adapter.captureMethods).toEqual(['manual']);
  expect(adapter.webhookUrl).toBe('http://127.0.0.1:2/hooks/payments/owngateway');
  expect(adapter.unifiedCheckoutMountId).toBe('card-slot');
});

test('a bad adapter names every bad field and what was expected', () => {
  // Read as version 1 (the reference storefront's own file is version 2): its orderState.url must hold {orderId}.
  const { version: _version, reconciliation: _reconciliation, ...config } = referenceStorefrontAdapterConfig('not a url') as Record<string, unknown>;
  const bad = {
    ...config,
    products: [],
    checkout: { path: 'cart', button: '#go', urlPattern: '/checkout/(ord_[a-f0-9]+)' },
    orderState: { url: '/api/orders', fields: { amount: 'amount' } },
  };
  let message = '';
  try {
    declarativeAdapter(bad, 'golive.adapter.json');
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toMatch(/^golive\.adapter\.json is invalid/);
  expect(message).toMatch(/baseUrl/);
  expect(message).toMatch(/at least one product[\s\S]*products/);
  expect(message).toMatch(/expected a path such as "\/cart"[\s\S]*checkout\.path/);
  expect(message).toMatch(/named group \(\?<orderId>…\)[\s\S]*checkout\.urlPattern/);
  expect(message).toMatch(/\{orderId\}[\s\S]*orderState\.url/);
  expect(message).toMatch(/JSON pointer[\s\S]*orderState\.fields\.amount/);
  expect(message).toMatch(/orderState\.fields\.paymentId/);
});

test('JSON pointers follow RFC 6901, escapes and array indexes included', () => {
  const document = { 'a/b': { '~c': [{ d: 1 }] } };
  expect(resolvePointer(document, '/a~1b/~0c/0/d')).toBe(1);
  expect(resolvePointer(document, '/missing')).toBeUndefined();
  expect(resolvePointer(document, '')).toBe(document);
});

test("an order is mapped from the merchant's own JSON, and a field that is not there is named", async () => {
  let body: unknown = {
    ref: 'A1',
    totals: { gross: '12.50', currency: 'eur' },
    payment: { intent: 'pay_1', state: 'authorised' },
    dispatches: [],
    refunds_minor: 0,
  };
  const server = await listen((_req, res) => sendJson(res, 200, body), '127.0.0.1', 0);
  try {
    const config = {
      ...referenceStorefrontAdapterConfig(server.url),
      orderState: {
        url: '/orders/{orderId}',
        fields: {
          amount: { pointer: '/totals/gross', unit: 'major' },
          currency: '/totals/currency',
          paymentId: '/payment/intent',
          paid: { pointer: '/payment/state', in: ['authorised', 'captured'] },
          fulfilled: { pointer: '/payment/state', in: ['captured'] },
          fulfilmentCount: { pointer: '/dispatches', count: true },
        },
      },
    };
    const adapter = declarativeAdapter(config, 'test adapter', { baseUrl: server.url });
    expect(await adapter.order(new PlacedCheckout('A1'))).toEqual({
      amount: 1250,
      currency: 'EUR',
      paymentId: 'pay_1',
      paid: true,
      fulfilled: false,
      fulfilmentCount: 0,
      refundedAmount: null,
    });
    body = { totals: { currency: 'EUR' }, payment: { intent: 'pay_1', state: 'authorised' } };
    await expect(adapter.order(new PlacedCheckout('A1'))).rejects.toThrow(
      /orderState\.fields\.amount \(\/totals\/gross\): expected an amount in major units, got undefined/,
    );
  } finally {
    await server.stop();
  }
});

test('a refunded amount can be the sum of an amount inside each element of a list, in major units', async () => {
  let body: unknown = {
    total: { value: '1280', currency: 'JPY' },
    pay: { id: 'pay_2', state: 'captured' },
    refunds: [{ amount: { value: '300' } }, { amount: { value: '980' } }],
  };
  const server = await listen((_req, res) => sendJson(res, 200, body), '127.0.0.1', 0);
  try {
    const config = {
      ...referenceStorefrontAdapterConfig(server.url),
      orderState: {
        url: '/orders/{orderId}',
        fields: {
          amount: { pointer: '/total/value', unit: 'major' },
          currency: '/total/currency',
          paymentId: '/pay/id',
          paid: { pointer: '/pay/state', in: ['captured'] },
          fulfilled: { pointer: '/pay/state', in: ['captured'] },
          refundedAmount: { pointer: '/refunds', sum: '/amount/value', unit: 'major' },
        },
      },
    };
    const adapter = declarativeAdapter(config, 'test adapter', { baseUrl: server.url });
    expect((await adapter.order(new PlacedCheckout('B2'))).refundedAmount).toBe(1280);
    body = { ...(body as object), refunds: [{ amount: { value: '2.5' } }] };
    await expect(adapter.order(new PlacedCheckout('B2'))).rejects.toThrow(/refundedAmount\[0\] \(\/amount\/value\): expected an amount in major units/);
    body = { ...(body as object), refunds: null };
    await expect(adapter.order(new PlacedCheckout('B2'))).rejects.toThrow(
      /refundedAmount \(\/refunds\): expected an array to sum \/amount\/value over, got null/,
    );
  } finally {
    await server.stop();
  }
});

test('a sum can run over every element\'s list ("*"): no payment refunds nothing, a wrong pointer is still named', async () => {
  const { readAmount } = await import('../fixtures/merchant-adapters/order-field.ts');
  const field = { pointer: '/payments/*/refunds', sum: '/total', unit: 'minor' as const };
  expect(readAmount({ payments: [] }, 'refundedAmount', field, 'USD')).toBe(0);
  expect(readAmount({ payments: [{ refunds: [{ total: 300 }] }, { refunds: [{ total: 200 }, { total: 50 }] }] }, 'refundedAmount', field, 'USD')).toBe(550);
  expect(() => readAmount({ payment: [] }, 'refundedAmount', field, 'USD')).toThrow(/refundedAmount \(\/payments\/\*\/refunds\): expected an array/);
});
