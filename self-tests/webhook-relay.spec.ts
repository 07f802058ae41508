import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { payWithCard } from '../helpers/cards/card-data.ts';
import { GatewayClient } from '../helpers/gateway-client/index.ts';
import { testCards } from '../helpers/cards/test-cards.ts';
import { freeLoopbackPort } from '../helpers/network/free-loopback-port.ts';
import { installWebhookRelay } from '../fixtures/internal/webhook-relay.ts';
import { startSandboxStack } from '../sandbox/stack.ts';

// golive's webhook relay, as the lost-webhook check uses it on a real target: in front of the
// merchant's endpoint for the check, passing every delivery on except those about the withheld
// payment, and putting the account's webhook settings back afterwards.

test("the relay withholds one payment's webhooks, passes the others on to the merchant, and restores the account", async () => {
  const shopDir = mkdtempSync(join(tmpdir(), 'golive-relay-shop-'));
  const stack = await startSandboxStack({ storefront: { dataDir: shopDir } });
  try {
    const c = stack.credentials;
    const gateway = new GatewayClient({ baseUrl: stack.gatewayUrl, merchantId: c.merchant_id, apiKey: c.api_key, adminApiKey: c.admin_api_key });
    const endpoint = (await gateway.admin.retrieveMerchant(c.merchant_id)).webhook_details?.webhook_url;
    const port = await freeLoopbackPort();
    const relay = await installWebhookRelay(gateway, c.merchant_id, { publicUrl: `http://127.0.0.1:${port}/relay`, host: '127.0.0.1', port });
    try {
      expect((await gateway.admin.retrieveMerchant(c.merchant_id)).webhook_details?.webhook_url).toBe(`http://127.0.0.1:${port}/relay`);
      const kept = await gateway.payments.create({ amount: 1500, currency: 'USD', ...payWithCard(testCards.visa) });
      relay.withhold(kept.payment_id);
      await gateway.payments.confirm(kept.payment_id, payWithCard(testCards.visa));
      const passed = await gateway.payments.create({ amount: 1600, currency: 'USD', confirm: true, ...payWithCard(testCards.visa) });
      await expect
        .poll(() => relay.seen(kept.payment_id).withheld, { message: "the withheld payment's webhook reached the relay and was dropped" })
        .toBeGreaterThan(0);
      // The other payment's event was passed on and acknowledged by the storefront behind the relay.
      await expect.poll(async () => (await gateway.admin.listEvents(c.merchant_id, { object_id: passed.payment_id })).some((e) => e.is_delivered)).toBe(true);
      expect(relay.seen(passed.payment_id).withheld).toBe(0);
    } finally {
      await relay.restore();
    }
    expect((await gateway.admin.retrieveMerchant(c.merchant_id)).webhook_details?.webhook_url, "the merchant account's webhook URL is put back").toBe(endpoint);
  } finally {
    await stack.stop();
    rmSync(shopDir, { recursive: true, force: true });
  }
});
