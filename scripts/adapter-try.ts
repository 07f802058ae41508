import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { z } from 'zod';
import { runCommandLine, usage } from '../helpers/configuration/command-line.ts';
import { maskText } from '../helpers/secrets/mask.ts';
import { localRunDirectory } from '../helpers/configuration/run-files.ts';
import { CheckoutDriver } from '../fixtures/checkout-driver.ts';
import { loadMerchantAdapter } from '../fixtures/merchant-adapters/load-adapter.ts';
import type { PaymentReader } from '../fixtures/merchant-adapters/order-reference-source.ts';
import { chromiumLaunchOptions } from '../fixtures/internal/system-chromium.ts';

// One purchase through a merchant adapter, for whoever is writing one: each step is printed as it is
// reached, and the first one that does not work stops the run with its selector, the page's URL, a
// screenshot with the card fields painted over and a trace, so an adapter can be written without
// running the whole certification.

const commandLine = {
  command: 'npm run adapter:try --',
  synopsis: '[--adapter PATH] [--url URL] [--card NUMBER]',
  describe: [
    ['--adapter', 'the adapter (JSON, or a .ts code adapter); default GOLIVE_MERCHANT_ADAPTER'],
    ['--url', "the shop's base URL; default GOLIVE_STOREFRONT_URL"],
    ['--card', 'the test card to pay with (default 4242 4242 4242 4242)'],
    ['env', 'OWNGATEWAY_BASE_URL and OWNGATEWAY_API_KEY let golive read the payment (an order reference kept on it)'],
  ],
  options: { adapter: { type: 'string' }, url: { type: 'string' }, card: { type: 'string' } },
} as const;
const { values } = runCommandLine(commandLine);
const Args = z.object({
  adapter: z.string({ error: 'expected --adapter PATH or GOLIVE_MERCHANT_ADAPTER' }).min(1, 'expected --adapter PATH or GOLIVE_MERCHANT_ADAPTER'),
  url: z.url({ error: "expected --url (the shop's base URL) or GOLIVE_STOREFRONT_URL" }),
  card: z
    .string()
    .regex(/^\d{12,19}$/, 'expected a card number, digits only')
    .default('4242424242424242'),
});
const parsed = Args.safeParse({
  adapter: values.adapter ?? process.env.GOLIVE_MERCHANT_ADAPTER,
  url: values.url ?? process.env.GOLIVE_STOREFRONT_URL,
  card: values.card,
});
if (!parsed.success) {
  console.error(`adapter:try: ${z.prettifyError(parsed.error)}\n${usage(commandLine)}`);
  process.exit(2);
}
const { adapter: adapterPath, url, card } = parsed.data;

const readPayment: PaymentReader | null =
  process.env.OWNGATEWAY_BASE_URL && process.env.OWNGATEWAY_API_KEY
    ? async (paymentId) => {
        const response = await fetch(new URL(`/payments/${encodeURIComponent(paymentId)}`, process.env.OWNGATEWAY_BASE_URL), {
          headers: { 'api-key': process.env.OWNGATEWAY_API_KEY!, accept: 'application/json' },
        });
        if (!response.ok) throw new Error(`GET /payments/${paymentId} answered ${response.status}`);
        return (await response.json()) as { merchant_order_reference_id?: string | null; metadata?: unknown };
      }
    : null;

let current = 'loading the adapter';
const say = (line: string) => {
  current = line;
  console.error(`  → ${line}`);
};
const outputDir = join(localRunDirectory(), 'adapter-try');
mkdirSync(outputDir, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
const context = await browser.newContext();
await context.tracing.start({ screenshots: true, snapshots: true });
const page = await context.newPage();
let exitCode = 0;
try {
  const adapter = await loadMerchantAdapter(adapterPath, {
    baseUrl: url,
    readPayment,
    observe: say,
  });
  console.error(`adapter:try: ${adapter.name} at ${url}`);
  const placed = await adapter.startCheckout(page);
  const driver = new CheckoutDriver(page, adapter);
  say(`unifiedCheckout: the card form in #${adapter.unifiedCheckoutMountId}`);
  await driver.enterCard({ number: card });
  say('payButton: press pay');
  await driver.pay();
  say(`returnPage: wait for ${adapter.returnPage.source}`);
  await driver.returned();
  const { success, failure } = adapter.returnOutcome(page);
  say('returnPage.success / returnPage.failure: the verdict');
  await success.or(failure).first().waitFor({ state: 'visible', timeout: 15_000 });
  console.error(`     the return page says: ${(await success.isVisible()) ? 'paid' : 'not paid'}`);
  say('orderReference and orderState: read the order');
  const order = await adapter.order(placed);
  console.error(`     payment ${placed.latestPaymentId() ?? '(none seen)'}, order ${placed.reference ?? '(no reference)'}: ${JSON.stringify(order)}`);
  console.error('adapter:try: one purchase went through every step of the adapter');
} catch (error) {
  exitCode = 1;
  const screenshot = join(outputDir, 'failure.png');
  const trace = join(outputDir, 'trace.zip');
  await page.screenshot({ path: screenshot, mask: [page.locator('iframe')], maskColor: '#5f6368', timeout: 5_000 }).catch(() => {});
  console.error(`adapter:try: stopped at: ${current}`);
  console.error(`  why:        ${maskText(error instanceof Error ? error.message.split('\n').filter(Boolean).slice(0, 3).join(' ') : String(error))}`);
  console.error(`  page:       ${page.url()}`);
  console.error(`  screenshot: ${screenshot} (card fields painted over)`);
  console.error(`  trace:      ${trace} (npx playwright show-trace ${trace}; it holds what was typed: keep it local)`);
  await context.tracing.stop({ path: trace }).catch(() => {});
} finally {
  await browser.close();
}
process.exit(exitCode);
