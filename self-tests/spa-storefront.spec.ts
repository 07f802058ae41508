import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { payWithCard } from '../helpers/cards/card-data.ts';
import { scanPathsForKey } from '../helpers/secrets/secret-exposure.ts';
import { testCards } from '../helpers/cards/test-cards.ts';
import { startSandboxStack } from '../sandbox/stack.ts';
import { readyLine } from '../scripts/ready-line.ts';

// The single-page shop as CI runs it: its own process, configured by environment only, against a
// gateway started apart. What golive's scenarios do not exercise is checked here: the zero-decimal
// store, the server's own pricing, and a partial shipment captured by the shop itself.

const StartLine = z.object({ url: z.url(), webhook_url: z.url(), sdk_url: z.url() });
const OrderDocument = z.object({
  order: z.object({
    ref: z.string(),
    status: z.string(),
    total: z.object({ value: z.string(), currency: z.string() }),
    payment: z.object({ id: z.string(), state: z.string(), captured: z.object({ value: z.string() }) }),
    shipments: z.array(z.object({ captured: z.object({ value: z.string() }) })),
  }),
});

test('the SPA shop runs alone against a separate gateway: a JPY order is priced by the server, authorised, and shipped in part', async () => {
  test.setTimeout(60_000);
  const work = mkdtempSync(join(tmpdir(), 'golive-spa-'));
  const stack = await startSandboxStack();
  const { credentials } = stack;
  const shop = spawn(process.execPath, ['sandbox/storefront-spa/main.ts'], {
    env: {
      ...process.env,
      OWNGATEWAY_BASE_URL: stack.gatewayUrl,
      OWNGATEWAY_API_KEY: credentials.api_key,
      OWNGATEWAY_PUBLISHABLE_KEY: credentials.publishable_key,
      OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: credentials.payment_response_hash_key,
      STOREFRONT_DATA_DIR: join(work, 'deploy'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const started = StartLine.parse(await readyLine(shop, 'the SPA shop'));
    const at = (path: string) => new URL(path, started.url);
    expect(new URL(started.sdk_url).origin, 'Unified Checkout comes from an origin of its own').not.toBe(new URL(stack.gatewayUrl).origin);
    expect((await fetch(new URL('/HyperLoader.js', started.sdk_url))).status).toBe(200);
    expect((await fetch(at('/shop/jp'))).headers.get('content-type')).toMatch(/text\/html/);
    const env = await (await fetch(at('/static/env.js'))).text();
    expect(env).toContain(credentials.publishable_key);
    expect(env).not.toContain(credentials.api_key);

    // The basket claims a price of 1 in USD; the shop charges its own yen price.
    const placed = await fetch(at('/api/v2/orders'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ store: 'jp', currency: 'USD', lines: [{ code: 'TNG-IRN', qty: 1, price: 1 }] }),
    });
    expect(placed.status).toBe(201);
    const { order } = OrderDocument.parse(await placed.json());
    expect(order.total).toEqual({ value: '12800', currency: 'JPY' });
    const confirm = await fetch(`${stack.gatewayUrl}/payments/${order.payment.id}/confirm`, {
      method: 'POST',
      headers: { 'api-key': credentials.api_key, 'content-type': 'application/json' },
      body: JSON.stringify(payWithCard(testCards.visa)),
    });
    expect(confirm.status).toBe(200);
    const receipt = await fetch(at(`/receipt?ref=${order.ref}&payment_id=${order.payment.id}`));
    expect(receipt.status).toBe(200);
    expect(await receipt.text()).toContain('"verdict":"confirmed"');

    const shipped = await fetch(at(`/api/v2/orders/${order.ref}/ship`), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ amount_minor: 5000 }),
    });
    expect(shipped.status).toBe(200);
    const after = OrderDocument.parse(await shipped.json()).order;
    expect({ status: after.status, payment: after.payment.state, captured: after.payment.captured.value, shipments: after.shipments.length }).toEqual({
      status: 'shipped',
      payment: 'partially_captured',
      captured: '5000',
      shipments: 1,
    });
    expect((await fetch(at(`/api/v2/orders/${order.ref}/ship`), { method: 'POST' })).status, 'a shipped order does not ship again').toBe(409);
    expect(
      (await scanPathsForKey([join(work, 'deploy')], credentials.api_key)).occurrences.map((p) => p.location),
      'the secret key lives in one file of the deployment',
    ).toHaveLength(1);
  } finally {
    shop.kill('SIGTERM');
    await stack.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
