import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { CheckoutDriver, futureExpiry } from '../fixtures/checkout-driver.ts';
import { loadMerchantAdapter } from '../fixtures/merchant-adapters/load-adapter.ts';
import { CustomerBook } from '../helpers/customers/customers.ts';
import { payWithCard } from '../helpers/cards/card-data.ts';
import { scanPathsForKey } from '../helpers/secrets/secret-exposure.ts';
import { testCards } from '../helpers/cards/test-cards.ts';
import { startSandboxStack, type StartedSandboxStack } from '../sandbox/stack.ts';
import { readyLine } from '../scripts/ready-line.ts';

// The Vendure shop as a merchant runs it: its own process, configured by environment, against the
// embedded OwnGateway. A customer buys through the browser (Unified Checkout), the order reaches
// PaymentAuthorized in Vendure's Admin API, shipping it captures the payment at OwnGateway, and a
// forged webhook is refused, except with the unawaited-signature-check defect on.

const ReadyLine = z.object({
  url: z.url(),
  webhook_url: z.url(),
  admin_api_url: z.url(),
  shop_api_url: z.url(),
  admin_username: z.string(),
  admin_password: z.string(),
});
type ReadyLine = z.infer<typeof ReadyLine>;

const OrderQuery = `query ($code: String!) { orders(options: { filter: { code: { eq: $code } } }) { items {
  code state totalWithTax currencyCode customFields { owngatewayPaymentId }
  lines { orderLineId: id quantity } payments { id transactionId state amount refunds { total } } fulfillments { id state } } } }`;
const AdminOrder = z.object({
  code: z.string(),
  state: z.string(),
  totalWithTax: z.number(),
  currencyCode: z.string(),
  customFields: z.object({ owngatewayPaymentId: z.string().nullable() }),
  lines: z.array(z.object({ orderLineId: z.string(), quantity: z.number() })),
  payments: z.array(
    z.object({ id: z.string(), transactionId: z.string(), state: z.string(), amount: z.number(), refunds: z.array(z.object({ total: z.number() })) }),
  ),
  fulfillments: z.array(z.object({ id: z.string(), state: z.string() })),
});

// A test that times out never reaches its finally block, so every shop started is also stopped here:
// otherwise a timed-out test leaves a Vendure process behind for the rest of the machine's life.
const startedShops = new Set<ChildProcess>();
test.afterEach(() => {
  for (const child of startedShops) child.kill('SIGTERM');
  startedShops.clear();
});

async function startShop(stack: StartedSandboxStack, dataDir: string, defects: string) {
  const { credentials } = stack;
  const child = spawn(process.execPath, ['sandbox/shop-vendure/main.ts'], {
    env: {
      ...process.env,
      OWNGATEWAY_BASE_URL: stack.gatewayUrl,
      OWNGATEWAY_API_KEY: credentials.api_key,
      OWNGATEWAY_PUBLISHABLE_KEY: credentials.publishable_key,
      OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: credentials.payment_response_hash_key,
      SHOP_DATA_DIR: dataDir,
      SHOP_DEFECTS: defects,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  startedShops.add(child);
  try {
    return { child, ready: ReadyLine.parse(await readyLine(child, 'the Vendure shop')) };
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
}

async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ data: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = z
    .object({ data: z.record(z.string(), z.unknown()).nullable(), errors: z.array(z.object({ message: z.string() })).optional() })
    .parse(await response.json());
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  return { data: body.data, headers: response.headers };
}

/** The Admin API, behind a real login (a bearer token from the vendure-auth-token header). */
async function adminApi(shop: ReadyLine) {
  const login = await graphql(
    shop.admin_api_url,
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { ... on CurrentUser { id } ... on ErrorResult { message } } }',
    { u: shop.admin_username, p: shop.admin_password },
  );
  const token = login.headers.get('vendure-auth-token');
  expect(token, 'login answers with a vendure-auth-token header').toBeTruthy();
  const call = async (query: string, variables: Record<string, unknown>) =>
    (await graphql(shop.admin_api_url, query, variables, { authorization: `Bearer ${token}` })).data;
  return {
    call,
    order: async (code: string) =>
      AdminOrder.parse(z.object({ orders: z.object({ items: z.array(z.unknown()).length(1) }) }).parse(await call(OrderQuery, { code })).orders.items[0]),
  };
}

/** A customer's order up to the payment step, through the Shop API (cookie session), as the page does it. */
async function orderReadyToPay(shop: ReadyLine, createArguments = ''): Promise<{ code: string; paymentId: string; clientSecret: string; total: number }> {
  let cookie = '';
  const shopApi = async (query: string, variables: Record<string, unknown> = {}) => {
    const answer = await graphql(shop.shop_api_url, query, variables, cookie ? { cookie } : {});
    const set = answer.headers.getSetCookie();
    if (set.length) cookie = set.map((c) => c.split(';')[0]).join('; ');
    return answer.data;
  };
  await shopApi('mutation { addItemToOrder(productVariantId: 1, quantity: 2) { ... on Order { id } } }');
  await shopApi('mutation { setCustomerForOrder(input: { emailAddress: "forged@example.com", firstName: "Fay", lastName: "Forge" }) { ... on Order { id } } }');
  await shopApi(
    'mutation { setOrderShippingAddress(input: { fullName: "Fay Forge", streetLine1: "1 Main St", city: "Austin", postalCode: "73301", province: "TX", countryCode: "US" }) { ... on Order { id } } }',
  );
  await shopApi('mutation { setOrderShippingMethod(shippingMethodId: [1]) { ... on Order { id } } }');
  const moved = z
    .object({ transitionOrderToState: z.object({ code: z.string(), totalWithTax: z.number() }) })
    .parse(await shopApi('mutation { transitionOrderToState(state: "ArrangingPayment") { ... on Order { code totalWithTax } } }'));
  const session = z
    .object({ createOwnGatewayPayment: z.object({ paymentId: z.string(), clientSecret: z.string() }) })
    .parse(await shopApi(`mutation { createOwnGatewayPayment${createArguments} { paymentId clientSecret } }`)).createOwnGatewayPayment;
  return { code: moved.transitionOrderToState.code, ...session, total: moved.transitionOrderToState.totalWithTax };
}

/** A payment webhook about the order's payment, signed with `key` (by default one that is not the merchant's). */
function forgedAuthorisation(
  order: { code: string; paymentId: string; total: number },
  claim: Record<string, unknown> = {},
  key = 'not-the-hash-key',
): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify({
    merchant_id: 'm',
    event_id: `evt_${'0'.repeat(32)}`,
    event_type: 'payment_authorized',
    timestamp: new Date().toISOString(),
    content: {
      type: 'payment_details',
      object: {
        payment_id: order.paymentId,
        status: 'requires_capture',
        amount: order.total,
        currency: 'USD',
        metadata: { vendure_order_code: order.code },
        ...claim,
      },
    },
  });
  return { body, headers: { 'content-type': 'application/json', 'x-webhook-signature-512': createHmac('sha512', key).update(body).digest('hex') } };
}

/** The customer pays the order's OwnGateway payment (as Unified Checkout does, with the publishable key). */
async function payAtGateway(stack: StartedSandboxStack, order: { paymentId: string; clientSecret: string }): Promise<void> {
  const confirmed = await fetch(`${stack.gatewayUrl}/payments/${order.paymentId}/confirm`, {
    method: 'POST',
    headers: { 'api-key': stack.credentials.publishable_key, 'content-type': 'application/json' },
    body: JSON.stringify({ client_secret: order.clientSecret, ...payWithCard(testCards.visa) }),
  });
  expect(z.object({ status: z.string() }).parse(await confirmed.json()).status).toBe('requires_capture');
}

async function addToCart(page: Page, shop: ReadyLine, slug: string, count: number): Promise<void> {
  await page.goto(`${shop.url}/products/${slug}`);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.locator('#cart-count')).toHaveAttribute('data-count', String(count));
  expect(page.url(), 'adding to the cart does not navigate').toContain(`/products/${slug}`);
}

async function throughCheckoutSteps(page: Page, shop: ReadyLine): Promise<void> {
  await page.goto(`${shop.url}/checkout`);
  await page.fill('#email', 'ada@example.com');
  await page.fill('#given-name', 'Ada');
  await page.fill('#family-name', 'Lovelace');
  await page.fill('#full-name', 'Ada Lovelace');
  await page.fill('#street', '12 Analytical Way');
  await page.fill('#city', 'Springfield');
  await page.fill('#postal-code', '62701');
  await page.fill('#province', 'IL');
  await page.selectOption('#country', 'US');
  await page.fill('#phone', '+1 217 555 0100');
  await page.click('#continue-to-delivery');
  await page.locator('#shipping-methods input').first().check();
  await page.click('#continue-to-payment');
  await expect(page.frameLocator('#orca-payment-element-iframeRef-unified-checkout').locator('[data-testid=cardNoInput]')).toBeVisible({ timeout: 15_000 });
}

async function buyInBrowser(page: Page, shop: ReadyLine): Promise<string> {
  await addToCart(page, shop, 'brass-pen', 1);
  await throughCheckoutSteps(page, shop);
  // The customer goes back for a notebook: the cart, already at payment, is reopened and the steps done again.
  await addToCart(page, shop, 'field-notebook', 2);
  await throughCheckoutSteps(page, shop);
  const sdk = page.frameLocator('#orca-payment-element-iframeRef-unified-checkout');
  await sdk.locator('[data-testid=cardNoInput]').fill(testCards.visa.number);
  await sdk.locator('[data-testid=expiryInput]').fill(futureExpiry());
  await sdk.locator('[data-testid=cvvInput]').fill('123');
  const pay = page.locator('#submit');
  await expect(pay).toBeEnabled();
  await expect(pay).toBeInViewport();
  await pay.click();
  await page.waitForURL(/\/checkout\/confirmation\//);
  await expect(page.locator('#order-confirmed')).toBeVisible();
  return (await page.locator('#order-code').textContent()) ?? '';
}

test('the Vendure shop: a browser purchase is authorised in Vendure, shipping captures it at OwnGateway, a void cancels the order, forged webhooks are refused unless the check is never awaited', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const work = mkdtempSync(join(tmpdir(), 'golive-vendure-'));
  const stack = await startSandboxStack();
  const { credentials } = stack;
  const shops: { child: ReturnType<typeof spawn> }[] = [];
  try {
    const honest = await startShop(stack, join(work, 'honest'), '');
    shops.push(honest);
    const shop = honest.ready;
    const pointed = await fetch(`${stack.gatewayUrl}/accounts/${credentials.merchant_id}`, {
      method: 'POST',
      headers: { 'api-key': credentials.admin_api_key, 'content-type': 'application/json' },
      body: JSON.stringify({ webhook_details: { webhook_url: shop.webhook_url } }),
    });
    expect(pointed.status).toBe(200);
    const admin = await adminApi(shop);

    const code = await test.step('a customer buys a pen through Unified Checkout', () => buyInBrowser(page, shop));
    const authorised = await admin.order(code);
    expect(authorised.state).toBe('PaymentAuthorized');
    expect(authorised.payments).toHaveLength(1);
    expect(authorised.payments[0]).toMatchObject({
      state: 'Authorized',
      amount: authorised.totalWithTax,
      transactionId: authorised.customFields.owngatewayPaymentId,
    });
    const paymentId = authorised.payments[0]!.transactionId;
    const retrieve = async () =>
      z
        .object({ status: z.string(), amount: z.number(), amount_received: z.number().nullish(), metadata: z.record(z.string(), z.unknown()) })
        .parse(await (await fetch(`${stack.gatewayUrl}/payments/${paymentId}`, { headers: { 'api-key': credentials.api_key } })).json());
    const atGateway = await retrieve();
    expect(atGateway).toMatchObject({ status: 'requires_capture', amount: authorised.totalWithTax, metadata: { vendure_order_code: code } });

    await test.step('shipping the order captures the payment (addFulfillmentToOrder, then Shipped)', async () => {
      const added = z.object({ addFulfillmentToOrder: z.object({ id: z.string() }) }).parse(
        await admin.call(
          'mutation ($input: FulfillOrderInput!) { addFulfillmentToOrder(input: $input) { ... on Fulfillment { id } ... on ErrorResult { message } } }',
          {
            input: {
              lines: authorised.lines,
              handler: {
                code: 'manual-fulfillment',
                arguments: [
                  { name: 'method', value: 'Parcel' },
                  { name: 'trackingCode', value: 'NW-1' },
                ],
              },
            },
          },
        ),
      );
      await admin.call(
        'mutation ($id: ID!) { transitionFulfillmentToState(id: $id, state: "Shipped") { ... on Fulfillment { state } ... on ErrorResult { message } } }',
        { id: added.addFulfillmentToOrder.id },
      );
    });
    const shipped = await admin.order(code);
    expect({ state: shipped.state, payment: shipped.payments[0]?.state, fulfillments: shipped.fulfillments.map((f) => f.state) }).toEqual({
      state: 'Shipped',
      payment: 'Settled',
      fulfillments: ['Shipped'],
    });
    expect(await retrieve()).toMatchObject({ status: 'succeeded', amount_received: authorised.totalWithTax });

    await test.step('a forged webhook is refused and changes nothing', async () => {
      const unpaid = await orderReadyToPay(shop);
      const forged = forgedAuthorisation(unpaid);
      const answer = await fetch(shop.webhook_url, { method: 'POST', headers: forged.headers, body: forged.body });
      expect(answer.status).toBe(401);
      expect((await admin.order(unpaid.code)).state).toBe('ArrangingPayment');
    });
    expect(
      (await scanPathsForKey([join(work, 'honest')], credentials.api_key)).occurrences.map((o) => o.location),
      'the secret key lives in one file of the shop',
    ).toHaveLength(1);

    await test.step("a full capture and refunds made on OwnGateway's side reach the order: shipped once, refunded in full", async () => {
      const order = await orderReadyToPay(shop);
      await payAtGateway(stack, order);
      await fetch(`${shop.url}/checkout/confirmation/${order.code}?payment_id=${order.paymentId}`);
      const gatewayCall = async (path: string, body: unknown) => {
        const response = await fetch(`${stack.gatewayUrl}${path}`, {
          method: 'POST',
          headers: { 'api-key': credentials.api_key, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(response.status, path).toBe(200);
      };
      await gatewayCall(`/payments/${order.paymentId}/capture`, {});
      const release = async () => {
        const o = await admin.order(order.code);
        return {
          order: o.state,
          payment: o.payments[0]?.state,
          fulfillments: o.fulfillments.map((f) => f.state),
          refunded: o.payments.flatMap((p) => p.refunds).reduce((sum, r) => sum + r.total, 0),
        };
      };
      await expect.poll(release).toEqual({ order: 'Shipped', payment: 'Settled', fulfillments: ['Shipped'], refunded: 0 });
      await gatewayCall('/refunds', { payment_id: order.paymentId, amount: 100 });
      await expect.poll(release).toMatchObject({ refunded: 100 });
      await gatewayCall('/refunds', { payment_id: order.paymentId });
      await expect.poll(release).toEqual({ order: 'Shipped', payment: 'Settled', fulfillments: ['Shipped'], refunded: order.total });
    });

    await test.step("an authorisation voided on OwnGateway's side cancels the payment and the order", async () => {
      const order = await orderReadyToPay(shop);
      await payAtGateway(stack, order);
      await fetch(`${shop.url}/checkout/confirmation/${order.code}?payment_id=${order.paymentId}`);
      expect((await admin.order(order.code)).state).toBe('PaymentAuthorized');
      const voided = await fetch(`${stack.gatewayUrl}/payments/${order.paymentId}/cancel`, {
        method: 'POST',
        headers: { 'api-key': credentials.api_key, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(voided.status).toBe(200);
      await expect
        .poll(async () => {
          const o = await admin.order(order.code);
          return { order: o.state, payment: o.payments[0]?.state };
        })
        .toEqual({ order: 'Cancelled', payment: 'Cancelled' });
    });

    await test.step('with unawaited-signature-check the same forgery pays the order', async () => {
      const careless = await startShop(stack, join(work, 'careless'), 'unawaited-signature-check');
      shops.push(careless);
      const unpaid = await orderReadyToPay(careless.ready);
      const forged = forgedAuthorisation(unpaid);
      const answer = await fetch(careless.ready.webhook_url, { method: 'POST', headers: forged.headers, body: forged.body });
      expect(answer.status).toBe(200);
      expect((await (await adminApi(careless.ready)).order(unpaid.code)).state).toBe('PaymentAuthorized');
    });
  } finally {
    for (const { child } of shops) child.kill('SIGTERM');
    await stack.stop();
    rmSync(work, { recursive: true, force: true });
  }
});

// ---- the adapter file, driven by golive's own adapter against the running shop --------------------------

test("the Vendure shop's golive adapter: its steps, order reference, Admin API login, order query and capture work on the running shop", async ({ page }) => {
  test.setTimeout(90_000);
  const work = mkdtempSync(join(tmpdir(), 'golive-vendure-adapter-'));
  const stack = await startSandboxStack();
  const { credentials } = stack;
  const { child, ready: shop } = await startShop(stack, join(work, 'shop'), '');
  process.env.SHOP_ADMIN_USERNAME = shop.admin_username;
  process.env.SHOP_ADMIN_PASSWORD = shop.admin_password;
  try {
    const retrieve = async (paymentId: string) =>
      GatewayPayment.parse(await (await fetch(`${stack.gatewayUrl}/payments/${paymentId}`, { headers: { 'api-key': credentials.api_key } })).json());
    const adapter = await loadMerchantAdapter('sandbox/shop-vendure/golive.adapter.json', {
      baseUrl: shop.url,
      customerFor: (currency) => new CustomerBook(11).for(currency),
      readPayment: retrieve,
    });
    const placed = await adapter.startCheckout(page);
    const paymentId = await placed.paymentId();
    const unpaid = await adapter.order(placed);
    expect(placed.reference, "the order code, from the payment's metadata").toMatch(/^[A-Z0-9]{16}$/);
    expect(unpaid, 'before the payment: every field readable, nothing paid').toMatchObject({
      currency: 'USD',
      paymentId,
      paid: false,
      fulfilled: false,
      fulfilmentCount: 0,
      refundedAmount: 0,
    });

    const checkout = new CheckoutDriver(page, adapter);
    await checkout.enterCard({ number: testCards.visa.number });
    await checkout.pay();
    await checkout.returned();
    await expect(adapter.returnOutcome(page).success).toBeVisible();
    const authorised = await adapter.order(placed);
    expect(authorised).toMatchObject({ paymentId, paid: true, fulfilled: false, fulfilmentCount: 0, refundedAmount: 0, amount: unpaid.amount });

    await adapter.captureOnShipment!(placed, authorised);
    expect(await adapter.order(placed)).toMatchObject({ paid: true, fulfilled: true, fulfilmentCount: 1, refundedAmount: 0 });
    expect(await retrieve(paymentId)).toMatchObject({ status: 'succeeded', amount_received: authorised.amount });

    // A refund made on OwnGateway's side reaches the order through the webhook route the adapter names.
    const pointed = await fetch(`${stack.gatewayUrl}/accounts/${credentials.merchant_id}`, {
      method: 'POST',
      headers: { 'api-key': credentials.admin_api_key, 'content-type': 'application/json' },
      body: JSON.stringify({ webhook_details: { webhook_url: adapter.webhookUrl } }),
    });
    expect(pointed.status).toBe(200);
    const refund = await fetch(`${stack.gatewayUrl}/refunds`, {
      method: 'POST',
      headers: { 'api-key': credentials.api_key, 'content-type': 'application/json' },
      body: JSON.stringify({ payment_id: paymentId, amount: 250 }),
    });
    expect(refund.status).toBe(200);
    await expect.poll(async () => (await adapter.order(placed)).refundedAmount).toBe(250);
  } finally {
    child.kill('SIGTERM');
    await stack.stop();
    rmSync(work, { recursive: true, force: true });
  }
});

const GatewayPayment = z.object({
  status: z.string(),
  amount_received: z.number().nullable().optional(),
  metadata: z.unknown().optional(),
  merchant_order_reference_id: z.string().nullable().optional(),
});

// ---- the seeded defects, each against the honest shop ----------------------------------------------------

test("the Vendure shop's seeded defects each do what they say, and the honest shop does not", async () => {
  test.setTimeout(90_000);
  const work = mkdtempSync(join(tmpdir(), 'golive-vendure-defects-'));
  const stack = await startSandboxStack();
  const { credentials } = stack;
  const shops: { child: ReturnType<typeof spawn> }[] = [];
  try {
    const started = await Promise.all([
      startShop(stack, join(work, 'honest'), ''),
      startShop(
        stack,
        join(work, 'a'),
        'settle-on-return-status,webhook-without-signature,client-supplied-amount,csp-blocks-sdk-frames,dev-gateway-url-in-build',
      ),
      startShop(stack, join(work, 'b'), 'no-amount-check,client-supplied-state,refund-not-reaching-order'),
    ]);
    shops.push(...started);
    const [honest, a, b] = started.map((s) => s.ready) as [ReadyLine, ReadyLine, ReadyLine];
    const state = async (shop: ReadyLine, code: string) => (await (await adminApi(shop)).order(code)).state;
    const gatewayAmount = async (paymentId: string) =>
      z
        .object({ amount: z.number(), currency: z.string() })
        .parse(await (await fetch(`${stack.gatewayUrl}/payments/${paymentId}`, { headers: { 'api-key': credentials.api_key } })).json());

    for (const [shop, frames, deployed] of [
      [honest, /frame-src http:\/\/127\.0\.0\.1:\d+;/, false],
      [a, /frame-src 'self';/, true],
    ] as const) {
      // csp-blocks-sdk-frames: OwnGateway's frames left out of the policy; dev-gateway-url-in-build: a local OwnGateway in the deployment.
      expect((await fetch(`${shop.url}/checkout`)).headers.get('content-security-policy'), "the checkout page's policy").toMatch(frames);
      expect(existsSync(join(work, shop === a ? 'a' : 'honest', 'storefront.config.json')), 'a developer config in the deployment').toBe(deployed);
    }
    for (const [shop, believed] of [
      [honest, 'ArrangingPayment'],
      [a, 'PaymentSettled'],
    ] as const) {
      // settle-on-return-status: an unpaid order's return URL, status written by hand.
      const unpaid = await orderReadyToPay(shop);
      await fetch(`${shop.url}/checkout/confirmation/${unpaid.code}?status=succeeded&payment_id=${unpaid.paymentId}`);
      expect(await state(shop, unpaid.code), `a hand-written return URL on ${shop === a ? 'settle-on-return-status' : 'the honest shop'}`).toBe(believed);
    }
    for (const [shop, answer, believed] of [
      [honest, 401, 'ArrangingPayment'],
      [a, 200, 'PaymentAuthorized'],
    ] as const) {
      // webhook-without-signature: an unsigned authorisation nobody paid.
      const unpaid = await orderReadyToPay(shop);
      const forged = forgedAuthorisation(unpaid);
      const response = await fetch(shop.webhook_url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: forged.body });
      expect(response.status).toBe(answer);
      expect(await state(shop, unpaid.code)).toBe(believed);
    }
    for (const [shop, charged] of [
      [honest, 'order'],
      [a, 'browser'],
    ] as const) {
      // client-supplied-amount: the mutation's arguments.
      const order = await orderReadyToPay(shop, '(amount: 1, currencyCode: "JPY")');
      expect(await gatewayAmount(order.paymentId)).toEqual(charged === 'order' ? { amount: order.total, currency: 'USD' } : { amount: 1, currency: 'JPY' });
    }
    for (const [shop, believed] of [
      [honest, 'ArrangingPayment'],
      [b, 'Shipped'],
    ] as const) {
      // no-amount-check: a genuinely signed webhook claiming a tenth of the order was paid (captured, so released too).
      const unpaid = await orderReadyToPay(shop);
      const claim = forgedAuthorisation(
        unpaid,
        { status: 'succeeded', amount: Math.floor(unpaid.total / 10), amount_received: Math.floor(unpaid.total / 10) },
        credentials.payment_response_hash_key,
      );
      expect((await fetch(shop.webhook_url, { method: 'POST', headers: claim.headers, body: claim.body })).status).toBe(200);
      expect(await state(shop, unpaid.code)).toBe(believed);
    }
    for (const [shop, believed] of [
      [honest, 'PaymentAuthorized'],
      [b, 'PaymentSettled'],
    ] as const) {
      // client-supplied-state: a real authorisation, returned with state=Settled.
      const order = await orderReadyToPay(shop);
      await payAtGateway(stack, order);
      await fetch(`${shop.url}/checkout/confirmation/${order.code}?payment_id=${order.paymentId}&state=Settled`);
      expect(await state(shop, order.code), 'the state the page claims').toBe(believed);
    }
    for (const [shop, recorded] of [
      [honest, [100]],
      [b, []],
    ] as const) {
      // refund-not-reaching-order: a genuinely signed refund_succeeded for an authorised order.
      const order = await orderReadyToPay(shop);
      await payAtGateway(stack, order);
      await fetch(`${shop.url}/checkout/confirmation/${order.code}?payment_id=${order.paymentId}`);
      const body = JSON.stringify({
        merchant_id: credentials.merchant_id,
        event_id: `evt_${'1'.repeat(32)}`,
        event_type: 'refund_succeeded',
        timestamp: new Date().toISOString(),
        content: {
          type: 'refund_details',
          object: { refund_id: `ref_${order.code}`, payment_id: order.paymentId, amount: 100, currency: 'USD', status: 'succeeded' },
        },
      });
      const signature = createHmac('sha512', credentials.payment_response_hash_key).update(body).digest('hex');
      expect(
        (await fetch(shop.webhook_url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-webhook-signature-512': signature }, body })).status,
      ).toBe(200);
      const refunds = (await (await adminApi(shop)).order(order.code)).payments.flatMap((p) => p.refunds.map((r) => r.total));
      expect(refunds, shop === b ? 'refund-not-reaching-order drops it' : 'the honest shop records it').toEqual(recorded);
    }
  } finally {
    for (const { child } of shops) child.kill('SIGTERM');
    await stack.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
