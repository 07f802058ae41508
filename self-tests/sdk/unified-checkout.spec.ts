import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { GatewayClient } from '../../helpers/gateway-client/index.ts';
import { startSandboxStack, type StartedSandboxStack } from '../../sandbox/stack.ts';

// The sandbox Unified Checkout against hyperswitch-web's behaviour, seen from a bare merchant page
// (127.0.0.1, a secure context; or, through page.route, an http origin that is not).

let stack: StartedSandboxStack;
let client: GatewayClient;
let shop: { url: string; close(): Promise<void> };
test.beforeAll(async () => {
  stack = await startSandboxStack();
  const c = stack.credentials;
  client = new GatewayClient({ baseUrl: stack.gatewayUrl, merchantId: c.merchant_id, apiKey: c.api_key, publishableKey: c.publishable_key });
  // A bare merchant page on 127.0.0.1 (a secure context), mounting Unified Checkout for ?cs=<client secret>.
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://shop');
    res.writeHead(200, { 'content-type': 'text/html' });
    // ?sdk= and ?pk= mount another sandbox's Unified Checkout (the page must stay on 127.0.0.1 to reach it).
    res.end(
      merchantHtml(
        url.searchParams.get('sdk') ?? stack.gatewayUrl,
        url.searchParams.get('cs') ?? '',
        url.searchParams.get('pk') ?? undefined,
        url.searchParams.get('create') ?? '{}',
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  shop = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
});
test.afterAll(async () => {
  await shop.close();
  await stack.stop();
});

const FRAME = '#orca-payment-element-iframeRef-unified-checkout';

function merchantHtml(sdkBase: string, clientSecret: string, publishableKey = stack.credentials.publishable_key, createOptions = '{}'): string {
  return `<!doctype html><html><body><div id="unified-checkout"></div><script src="${sdkBase}/HyperLoader.js"></script><script>
    window.hyper = Hyper(${JSON.stringify(publishableKey)});
    var elements = hyper.elements({ clientSecret: ${JSON.stringify(clientSecret)} });
    elements.create('payment', ${JSON.stringify(JSON.parse(createOptions))}).mount('#unified-checkout');
    window.pay = function () { window.result = 'pending'; hyper.confirmPayment({ elements: elements, confirmParams: { return_url: location.origin + '/done' }, redirect: 'if_required' }).then(function (r) { window.result = r; }); };
  </script></body></html>`;
}

/** Opens the merchant page for a new payment (createOptions: what the page passes to elements.create); returns the payment id. */
async function merchantPage(page: Page, createOptions: Record<string, unknown> = {}): Promise<string> {
  const payment = await client.payments.create({ amount: 1200, currency: 'USD', customer_id: 'cus_sdk_selftest' });
  await page.goto(`${shop.url}/shop?cs=${encodeURIComponent(payment.client_secret!)}&create=${encodeURIComponent(JSON.stringify(createOptions))}`);
  return payment.payment_id;
}

async function enterCard(page: Page): Promise<void> {
  const frame = page.frameLocator(FRAME);
  for (const [id, value] of [
    ['cardNoInput', '4242424242424242'],
    ['expiryInput', '1230'],
    ['cvvInput', '123'],
  ] as const) {
    await frame.locator(`[data-testid=${id}]`).evaluate((el, v) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
  }
}

test('a page that is not a secure context gets no card form and an integration error, as hyperswitch-web does; 127.0.0.1, like localhost, counts as secure', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // An http page on a name other than localhost: the loader is served from that origin too, so only the SDK's own check decides.
  const origin = 'http://merchant.example';
  await page.route(`${origin}/HyperLoader.js`, async (route) => route.fulfill({ response: await route.fetch({ url: `${stack.gatewayUrl}/HyperLoader.js` }) }));
  await page.route(`${origin}/shop`, (route) => route.fulfill({ contentType: 'text/html', body: merchantHtml(origin, 'pay_x_secret_abc') }));
  await page.goto(`${origin}/shop`);
  await expect.poll(() => errors.join('\n'), { message: 'the SDK reports the insecure page' }).toContain('Serve your application over HTTPS');
  await expect(page.locator(FRAME)).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { hyper: { confirmPayment(): Promise<unknown> } }).hyper.confirmPayment()),
    'confirmPayment of the no-op instance',
  ).toEqual({});

  await merchantPage(page);
  await expect(page.frameLocator(FRAME).locator('[data-testid=cardNoInput]')).toBeVisible();
});

test("the form renders from the payment-methods lists, saved cards included, and pays with a saved card's token", async ({ page }) => {
  await page.route('**/customers/payment_methods?*', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        customer_payment_methods: [
          {
            payment_token: 'token_saved_visa',
            payment_method_id: 'pm_1',
            customer_id: 'cus_sdk_selftest',
            payment_method: 'card',
            payment_method_type: 'credit',
            card: { last4_digits: '4242', expiry_month: '12', expiry_year: '2030', card_network: 'Visa', nick_name: null, card_holder_name: null },
            requires_cvv: true,
            default_payment_method_set: true,
          },
        ],
        is_guest_customer: false,
      }),
    }),
  );
  const listCalls: string[] = [];
  page.on('request', (r) => {
    if (/\/(account|customers)\/payment_methods\?/.test(r.url())) listCalls.push(new URL(r.url()).pathname);
  });
  let confirmBody: Record<string, unknown> = {};
  await page.route('**/payments/*/confirm', async (route) => {
    confirmBody = route.request().postDataJSON() as Record<string, unknown>;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ payment_id: 'pay_x', status: 'succeeded', amount: 1200, currency: 'USD' }) });
  });
  await merchantPage(page);
  const frame = page.frameLocator(FRAME);
  await expect(frame.getByLabel('Card Visa, ending in 4242')).toBeVisible();
  await expect(frame.locator('[data-testid=addNewCard]')).toBeVisible();
  expect(listCalls.sort()).toEqual(['/account/payment_methods', '/customers/payment_methods']);
  await frame.getByLabel('Card Visa, ending in 4242').check();
  await page.evaluate(() => (window as unknown as { pay(): void }).pay());
  await expect.poll(() => page.evaluate(() => (window as unknown as { result: unknown }).result)).toMatchObject({ status: 'succeeded' });
  expect(confirmBody).toMatchObject({ payment_method: 'card', payment_token: 'token_saved_visa' });
  expect(confirmBody).not.toHaveProperty('payment_method_data');
});

test('a confirm lost on the network: the SDK looks the payment up five times, then answers server_error; while the payment is unpaid it answers nothing', async ({
  page,
}) => {
  const paymentId = await merchantPage(page);
  await enterCard(page);
  let retrieves = 0;
  await page.route('**/payments/*/confirm', (route) => route.abort('connectionreset'));
  await page.route(`**/payments/${paymentId}?client_secret=*`, (route) => {
    retrieves += 1;
    return route.abort('connectionreset');
  });
  await page.evaluate(() => (window as unknown as { pay(): void }).pay());
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { result: unknown }).result))
    .toEqual({ submitSuccessful: false, error: { type: 'server_error', message: 'Something went wrong' } });
  expect(retrieves, 'one confirm, then five retrieves').toBe(5);

  await page.unroute(`**/payments/${paymentId}?client_secret=*`);
  const looked = page.waitForResponse((r) => r.url().includes(`/payments/${paymentId}?client_secret=`) && r.request().method() === 'GET');
  await page.evaluate(() => (window as unknown as { pay(): void }).pay());
  const retrieved = await looked;
  expect(((await retrieved.json()) as { status: string }).status).toBe('requires_payment_method');
  // The SDK's frame has handled that answer once a round trip through it comes back.
  await page
    .frameLocator(FRAME)
    .locator('body')
    .evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(await page.evaluate(() => (window as unknown as { result: unknown }).result), 'no invented result').toBe('pending');
});

test("CORS lets the SDK's own headers through, as Hyperswitch's allow-any-header CORS does", async () => {
  const requested = 'api-key, content-type, x-client-source, x-client-version, x-payment-confirm-source, x-browser-name, x-browser-version, x-client-platform';
  const response = await fetch(`${stack.gatewayUrl}/payments/pay_x/confirm`, {
    method: 'OPTIONS',
    headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': requested },
  });
  expect(response.status).toBe(204);
  expect(response.headers.get('access-control-allow-headers')).toBe(requested);
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
});

/** The methods the element offers, in order: its tabs, then its "more" select (without the select's own current entry). */
async function offeredMethods(page: Page): Promise<string[]> {
  const frame = page.frameLocator(FRAME);
  await expect(frame.locator('[data-testid=paymentList]')).toBeVisible();
  const tabs = await frame.locator('[data-testid=paymentList] .Tab').allTextContents();
  const more = await frame.locator('[data-testid=paymentMethodsSelect] option:not([disabled])').allTextContents();
  return [...tabs, ...more].map((label) => label.trim());
}

test("tabs for every enabled method the list offers, in hyperswitch-web's default order and labels; wallets are not tabs; the rest go to the select", async ({
  page,
}) => {
  await page.setViewportSize({ width: 420, height: 800 });
  await merchantPage(page);
  expect(await offeredMethods(page)).toEqual([
    'Card',
    'Klarna',
    'Affirm',
    'After Pay',
    'ACH Debit',
    'SEPA Debit',
    'BACS Debit',
    'Sofort',
    'GiroPay',
    'iDEAL | Wero',
    'EPS',
    'Givex',
  ]);
  const frame = page.frameLocator(FRAME);
  // (420 - 40) / 130: two tabs fit; the rest are in the select.
  await expect(frame.locator('[data-testid=paymentList] .Tab')).toHaveCount(2);
  await expect(frame.locator('[data-testid=paymentList] .Tab--selected')).toHaveText('Card');
  await expect(frame.getByLabel('Card Holder Name', { exact: true }), 'Stripe takes cards without the holder name').toBeHidden();
  await frame.locator('[data-testid=paymentMethodsSelect]').selectOption({ label: 'EPS' });
  await expect(frame.locator('[data-testid=paymentList] .Tab--selected'), 'a method chosen from the select takes the last tab').toHaveText('EPS');
  await expect(frame.locator('[data-testid=cardNoInput]')).toBeHidden();
  await expect(frame.locator('select[data-testid=bank_name] option').first(), 'the banks come from the list').toHaveText('bank_austria');
});

/** Clicks the method's tab, or picks it from the select when it did not fit. */
async function chooseMethod(page: Page, label: string): Promise<void> {
  const frame = page.frameLocator(FRAME);
  await expect(frame.locator('[data-testid=paymentList]')).toBeVisible();
  const tab = frame.locator('[data-testid=paymentList] .Tab', { hasText: label });
  if (await tab.count()) await tab.click();
  else await frame.locator('[data-testid=paymentMethodsSelect]').selectOption({ label });
}

const methodBodies: { label: string; fill: Record<string, string>; body: { payment_method_data: unknown } & Record<string, unknown> }[] = [
  {
    label: 'Klarna',
    fill: { email: 'tester@example.com' },
    body: {
      payment_method: 'pay_later',
      payment_method_type: 'klarna',
      payment_experience: 'redirect_to_url',
      payment_method_data: { pay_later: { klarna_redirect: {} }, billing: { email: 'tester@example.com', address: { country: 'AT' } } },
    },
  },
  {
    label: 'iDEAL | Wero',
    fill: {},
    body: { payment_method: 'bank_redirect', payment_method_type: 'ideal', payment_method_data: { bank_redirect: { ideal: { bank_name: 'abn_amro' } } } },
  },
  {
    label: 'SEPA Debit',
    fill: { iban: 'DE89370400440532013000' },
    body: {
      payment_method: 'bank_debit',
      payment_method_type: 'sepa',
      payment_method_data: { bank_debit: { sepa_bank_debit: { iban: 'DE89370400440532013000' } } },
    },
  },
  {
    label: 'ACH Debit',
    fill: { account_number: '000123456789', routing_number: '110000000' },
    body: {
      payment_method: 'bank_debit',
      payment_method_type: 'ach',
      payment_method_data: { bank_debit: { ach_bank_debit: { account_number: '000123456789', routing_number: '110000000' } } },
    },
  },
  {
    label: 'Givex',
    fill: { number: '6036280000000000000', cvc: '123' },
    body: {
      payment_method: 'gift_card',
      payment_method_type: 'givex',
      payment_method_data: { gift_card: { givex: { number: '6036280000000000000', cvc: '123' } } },
    },
  },
];

for (const method of methodBodies) {
  test(`${method.label}: the form asks for the list's required fields and confirms with hyperswitch-web's body`, async ({ page }) => {
    let confirmBody: Record<string, unknown> | null = null;
    await page.route('**/payments/*/confirm', async (route) => {
      confirmBody = route.request().postDataJSON() as Record<string, unknown>;
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ payment_id: 'pay_x', status: 'processing', amount: 1200, currency: 'USD' }),
      });
    });
    await merchantPage(page);
    const frame = page.frameLocator(FRAME);
    await chooseMethod(page, method.label);
    await page.evaluate(() => (window as unknown as { pay(): void }).pay());
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { result: unknown }).result), { message: 'an empty required field stops the confirm' })
      .toMatchObject(Object.keys(method.fill).length ? { error: { type: 'validation_error', message: 'Please enter all fields' } } : { status: 'processing' });
    for (const [testId, value] of Object.entries(method.fill)) await frame.locator(`[data-testid=${testId}]`).fill(value);
    await page.evaluate(() => (window as unknown as { pay(): void }).pay());
    await expect.poll(() => page.evaluate(() => (window as unknown as { result: unknown }).result)).toMatchObject({ status: 'processing' });
    expect(confirmBody).toMatchObject(method.body);
    expect(confirmBody!.payment_method_data).toEqual(method.body.payment_method_data);
  });
}

test("Adyen's list asks cards for the holder's name (Hyperswitch's card_with_name) and the form collects it", async ({ page }) => {
  const adyen = await startSandboxStack({ connectorName: 'adyen' });
  try {
    const c = adyen.credentials;
    const adyenClient = new GatewayClient({ baseUrl: adyen.gatewayUrl, merchantId: c.merchant_id, apiKey: c.api_key, publishableKey: c.publishable_key });
    const payment = await adyenClient.payments.create({ amount: 1200, currency: 'EUR' });
    const list = (await (
      await fetch(`${adyen.gatewayUrl}/account/payment_methods?client_secret=${encodeURIComponent(payment.client_secret!)}`, {
        headers: { 'api-key': c.publishable_key },
      })
    ).json()) as { payment_methods: { payment_method: string; payment_method_types: { required_fields: Record<string, { field_type: unknown }> }[] }[] };
    const card = list.payment_methods.find((pm) => pm.payment_method === 'card')!;
    expect(card.payment_method_types[0]!.required_fields).toMatchObject({
      'payment_method_data.billing.address.first_name': { field_type: 'user_full_name' },
      'payment_method_data.billing.address.last_name': { field_type: 'user_full_name' },
    });
    let confirmBody: { payment_method_data?: { card?: Record<string, unknown>; billing?: unknown } } = {};
    await page.route('**/payments/*/confirm', async (route) => {
      confirmBody = route.request().postDataJSON() as typeof confirmBody;
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ payment_id: payment.payment_id, status: 'succeeded', amount: 1200, currency: 'EUR' }),
      });
    });
    await page.goto(
      `${shop.url}/shop?cs=${encodeURIComponent(payment.client_secret!)}&sdk=${encodeURIComponent(adyen.gatewayUrl)}&pk=${encodeURIComponent(c.publishable_key)}`,
    );
    await enterCard(page);
    await page.evaluate(() => (window as unknown as { pay(): void }).pay());
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { result: unknown }).result))
      .toMatchObject({ error: { message: 'Please enter all fields' } });
    await expect(page.frameLocator(FRAME).locator('.Error', { hasText: "Card Holder's name required" })).toBeVisible();
    await page.frameLocator(FRAME).getByLabel('Card Holder Name', { exact: true }).fill('Jane van Dijk');
    await page.evaluate(() => (window as unknown as { pay(): void }).pay());
    await expect.poll(() => page.evaluate(() => (window as unknown as { result: unknown }).result)).toMatchObject({ status: 'succeeded' });
    expect(confirmBody.payment_method_data?.card).toMatchObject({ card_holder_name: 'Jane van Dijk' });
    expect(confirmBody.payment_method_data?.billing).toEqual({ address: { first_name: 'Jane', last_name: 'van Dijk' } });
  } finally {
    await adyen.stop();
  }
});

test("PayPal is a one-click button above the tabs, not a tab: it confirms by itself with hyperswitch-web's wallet body and the merchant's walletReturnUrl, and payPal: never hides it", async ({
  page,
}) => {
  let confirmBody: Record<string, unknown> | null = null;
  await page.route('**/payments/*/confirm', async (route) => {
    confirmBody = route.request().postDataJSON() as Record<string, unknown>;
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        payment_id: 'pay_x',
        status: 'requires_customer_action',
        amount: 1200,
        currency: 'USD',
        next_action: { type: 'redirect_to_url', redirect_to_url: `${shop.url}/at-paypal` },
      }),
    });
  });
  await merchantPage(page, { wallets: { walletReturnUrl: `${shop.url}/wallet-done` } });
  const frame = page.frameLocator(FRAME);
  await expect(frame.locator('[data-testid=paymentList]')).toBeVisible();
  expect(await offeredMethods(page), 'PayPal is not among the tabs').not.toContain('PayPal');
  await frame.getByRole('button', { name: 'PayPal', exact: true }).click();
  await expect(page, 'the redirect answer takes the whole window to PayPal').toHaveURL(`${shop.url}/at-paypal`);
  expect(confirmBody).toMatchObject({
    payment_method: 'wallet',
    payment_method_type: 'paypal',
    payment_experience: 'redirect_to_url',
    payment_method_data: { wallet: { paypal_redirect: {} } },
    return_url: `${shop.url}/wallet-done`,
  });

  await merchantPage(page, { wallets: { payPal: 'never' } });
  await expect(frame.locator('[data-testid=paymentList]')).toBeVisible();
  await expect(frame.getByRole('button', { name: 'PayPal', exact: true }), 'wallets.payPal: never').toHaveCount(0);
});
