import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CustomerBook } from '../helpers/customers/customers.ts';
import { maskText } from '../helpers/secrets/mask.ts';
import { parseAdapterConfig } from '../fixtures/merchant-adapters/adapter-config.ts';
import { loadMerchantAdapter } from '../fixtures/merchant-adapters/load-adapter.ts';
import { OrderFieldError } from '../fixtures/merchant-adapters/order-field.ts';
import { OrderNotPlacedError } from '../fixtures/merchant-adapters/order-not-placed.ts';
import { OrderNotObservableError } from '../fixtures/merchant-adapters/order-reference-source.ts';
import { adapterSecrets } from '../fixtures/merchant-adapters/template.ts';
import { PlacedCheckout } from '../fixtures/placed-checkout.ts';
import { startPlatformShapedShop, type PlatformShapedShop } from './support/platform-shaped-shop.ts';

// The second version of the adapter against a shop shaped like a commerce platform: steps before the
// payment form, a reference in a cookie, an admin GraphQL API behind a login, the merchant's capture.

const JSON_ADAPTER = 'self-tests/adapters/platform-shaped-shop.adapter.json';
const CODE_ADAPTER = 'self-tests/adapters/platform-shaped-shop.adapter.ts';
let shop: PlatformShapedShop;
test.beforeAll(async () => {
  shop = await startPlatformShapedShop();
  process.env.TEST_SHOP_ADMIN_PASSWORD = shop.adminPassword;
});
test.afterAll(async () => {
  await shop.stop();
});

const context = () => ({ baseUrl: shop.url, customerFor: (currency: string) => new CustomerBook(7).for(currency) });

test("a checkout with address and delivery steps reaches the payment form; the order is read through the admin API and captured the merchant's way", async ({
  page,
}) => {
  const steps: string[] = [];
  const adapter = await loadMerchantAdapter(JSON_ADAPTER, { ...context(), observe: (s) => steps.push(s) });
  const placed = await adapter.startCheckout(page, { quantity: 2 });
  expect(steps).toContain('checkout.steps[10]: wait for a response from /api/address');
  const customer = new CustomerBook(7).for('EUR');
  expect(shop.seen.addresses.at(-1), "the steps typed the customer made for the checkout's currency").toEqual({
    email: customer.email,
    name: `${customer.firstName} ${customer.lastName}`,
    street: customer.shipping.line1,
    city: customer.shipping.city,
    zip: customer.shipping.zip,
    country: 'DE',
  });
  expect(placed.reference, 'read from the cart cookie by its pattern').toMatch(/^c\d+$/);
  expect(await placed.paymentId(), 'the client secret the page received names the payment').toBe(`pay_${placed.reference}0000`);
  const order = await adapter.order(placed);
  expect(order).toEqual({
    amount: 9180,
    currency: 'EUR',
    paymentId: `pay_${placed.reference}0000`,
    paid: false,
    fulfilled: false,
    fulfilmentCount: null,
    refundedAmount: null,
  });
  expect(adapterSecrets.has(shop.adminPassword), 'the password from ${env:…} is a secret for the report scan').toBe(true);
  expect(
    [...adapterSecrets].some((s) => s.startsWith('tok-')),
    'so is the admin token the login returned',
  ).toBe(true);
  expect(maskText(`password ${shop.adminPassword}`), 'and masked wherever golive writes').not.toContain(shop.adminPassword);

  shop.orders.get(`ORD-${placed.reference}`)!.state = 'PaymentAuthorized';
  await adapter.captureOnShipment!(placed, await adapter.order(placed));
  expect(shop.seen.captures.at(-1), 'the second request got the lines the first one picked').toBe(`ORD-${placed.reference}:[{"id":"l1","quantity":2}]`);
  expect(await adapter.order(placed)).toMatchObject({ paid: true, fulfilled: true });
});

test("a second checkout in the same tab is a new customer's, even when the first page's cart cookie comes back late", async ({ page }) => {
  const adapter = await loadMerchantAdapter(JSON_ADAPTER, context());
  const first = await adapter.startCheckout(page);
  // The first checkout's page still waits for an answer that carries its cart cookie ...
  let answerLate: (() => Promise<void>) | undefined;
  await page.route('**/api/late', (route) => {
    answerLate = () => route.fulfill({ json: {}, headers: { 'set-cookie': `cart=${first.reference}; Path=/` } }).catch(() => {});
  });
  await page.evaluate(() => void fetch('/api/late').catch(() => {}));
  await expect.poll(() => answerLate !== undefined).toBe(true);
  // ... and it lands as the next checkout starts loading the shop.
  await page.route('**/products/**', async (route) => (await answerLate!(), await route.continue()), { times: 1 });
  const second = await adapter.startCheckout(page);
  expect(second.reference, 'the second checkout has a cart of its own').not.toBe(first.reference);
});

test("a second checkout in the same tab is a new customer's, even when the shop keeps its cart token in local storage", async ({ page }) => {
  const adapter = await loadMerchantAdapter(JSON_ADAPTER, context());
  const first = await adapter.startCheckout(page);
  expect(await page.evaluate(() => window.localStorage.getItem('cart-token')), 'the shop kept its cart token in the browser').toBe(first.reference);
  // Some front ends keep the cart in IndexedDB instead.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('cart-db');
        request.onsuccess = () => (request.result.close(), resolve());
      }),
  );
  const second = await adapter.startCheckout(page);
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name)), "the site's IndexedDB was cleared").not.toContain('cart-db');
  expect(second.reference, 'the second checkout has a cart of its own').not.toBe(first.reference);
  expect(shop.orders.get(`ORD-${first.reference}`)?.lines[0]?.quantity, 'the first order was not extended').toBe(1);
});

test('a notification that vanishes is still seen; a pay press with no error shown fails the check', async ({ page }) => {
  const adapter = await loadMerchantAdapter(JSON_ADAPTER, context());
  await adapter.startCheckout(page);
  await adapter.expectPaymentErrorShown(page, 'no error yet').then(
    () => {
      throw new Error('passed without an error shown');
    },
    (error: unknown) => expect(String(error)).toMatch(/no error yet/),
  );
  await page.locator('#submit').click();
  await expect(page.locator('#toast')).toBeEmpty();
  await adapter.expectPaymentErrorShown(page, 'the decline was shown, if only for a moment');
});

test('a code adapter (defineAdapter from golive/adapter) builds on the JSON and does what it cannot say', async ({ page }) => {
  const adapter = await loadMerchantAdapter(CODE_ADAPTER, context());
  expect(adapter.name).toBe('platform-shaped shop (code adapter)');
  const placed = await adapter.startCheckout(page);
  expect(await page.evaluate(() => window.localStorage.getItem('consent')), 'its own startCheckout ran first').toBe('all');
  expect((await adapter.order(placed)).amount).toBe(4590);
});

test('a reference the site reveals only later cannot be looked up before: not run, naming the field', async () => {
  const config = {
    ...(JSON.parse((await import('node:fs')).readFileSync(JSON_ADAPTER, 'utf8')) as object),
    orderReference: { from: 'element', selector: '#order-code' },
  };
  const { declarativeAdapter } = await import('../fixtures/merchant-adapters/declarative.ts');
  const adapter = declarativeAdapter(config, 'late reference', context());
  await expect(adapter.order(new PlacedCheckout())).rejects.toThrow(OrderNotObservableError);
  await expect(adapter.order(new PlacedCheckout())).rejects.toThrow(/orderReference\.from is element/);
});

test('an order the platform creates only after payment: a list without it reads as "not placed", and only where the adapter says so', async ({ page }) => {
  const json = JSON.parse((await import('node:fs')).readFileSync(JSON_ADAPTER, 'utf8')) as { orderState: Record<string, unknown> };
  const { declarativeAdapter } = await import('../fixtures/merchant-adapters/declarative.ts');
  const afterPayment = declarativeAdapter({ ...json, orderState: { ...json.orderState, whenMissing: 'not placed' } }, 'orders after payment', context());
  const placed = await afterPayment.startCheckout(page);
  expect(await afterPayment.order(placed), 'an order the shop holds is read as before').toMatchObject({ paid: false, fulfilled: false });

  shop.orders.delete(`ORD-${placed.reference}`);
  await expect(afterPayment.order(placed)).rejects.toThrow(OrderNotPlacedError);
  await expect(afterPayment.order(placed), 'the report says what the shop answered').rejects.toThrow(/answered a list of 0 at \/data\/orders\/items/);
  const strict = declarativeAdapter(json, 'orders from checkout on', context());
  await expect(strict.order(placed), 'by default a missing order is an error, never "nothing accepted"').rejects.toThrow(OrderFieldError);

  const broken = declarativeAdapter(
    { ...json, orderState: { ...json.orderState, whenMissing: 'not placed', request: { url: '/no-such-api', graphql: { query: '{ x }' } } } },
    'a wrong order URL',
    context(),
  );
  await expect(broken.order(placed), 'a read that failed is an error, even where a missing order means "not placed"').rejects.toThrow(/answered 404/);
});

test('"not placed" needs a list to look in: without orderState.select the adapter is refused, naming the field', () => {
  const json = JSON.parse(readFileSync(JSON_ADAPTER, 'utf8')) as { orderState: Record<string, unknown> };
  const { select: _select, ...withoutSelect } = json.orderState;
  expect(() => parseAdapterConfig({ ...json, orderState: { ...withoutSelect, whenMissing: 'not placed' } }, 'shop.adapter.json')).toThrow(
    /needs orderState\.select[\s\S]*orderState\.whenMissing/,
  );
  expect(() => parseAdapterConfig({ ...json, orderState: { ...json.orderState, whenMissing: 'never' } }, 'shop.adapter.json')).toThrow(
    /expected "error" or "not placed"[\s\S]*orderState\.whenMissing/,
  );
});

test('a bad version-2 adapter names the field and what was expected', () => {
  const base = JSON.parse(`{"version":2,"name":"x","baseUrl":"http://127.0.0.1:1","products":[{"id":"p"}],"shop":{"path":"/p","addToCart":"#a"},
    "checkout":{"path":"/c","steps":[{"type":"#email"}]},"orderReference":{"from":"dom"},"payButton":"#p","paymentError":"#e","sdkFallback":"#f",
    "returnPage":{"pattern":"/r","success":"#s","failure":"#f"},"auth":{"login":{"url":"/l"},"token":{"header":"t"},"use":{"header":"authorization","value":"Bearer"}},
    "orderState":{"fields":{"amount":"/a","currency":"/c","paymentId":"/p","paid":"/x","fulfilled":"/y"}}}`) as unknown;
  let message = '';
  try {
    parseAdapterConfig(base, 'shop.adapter.json');
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toMatch(/^shop\.adapter\.json is invalid/);
  expect(message).toMatch(/expected a step[\s\S]*checkout\.steps\[0\]/);
  expect(message).toMatch(/orderReference\.from to be one of[\s\S]*orderReference/);
  expect(message).toMatch(/containing \{token\}[\s\S]*auth\.use\.value/);
  expect(message).toMatch(/either url \(a GET\) or request[\s\S]*orderState/);
});
