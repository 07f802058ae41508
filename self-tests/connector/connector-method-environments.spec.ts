import { expect, test } from '@playwright/test';
import { GatewayClient } from '../../helpers/gateway-client/index.ts';
import { startSandboxStack } from '../../sandbox/stack.ts';

// Non-card methods answer as the test environment of the connector the payment routes to, end to end
// through the sandbox gateway: the connector's own accounts, its timing and its error codes.

async function withStack(connectorName: string, run: (client: GatewayClient) => Promise<void>): Promise<void> {
  const stack = await startSandboxStack({ connectorName, connectorAsyncSettleDelayMs: 100 });
  try {
    const c = stack.credentials;
    await run(new GatewayClient({ baseUrl: stack.gatewayUrl, merchantId: c.merchant_id, apiKey: c.api_key, publishableKey: c.publishable_key }));
  } finally {
    await stack.stop();
  }
}

const ach = (account_number: string) => ({
  payment_method: 'bank_debit',
  payment_method_type: 'ach',
  payment_method_data: {
    bank_debit: { ach_bank_debit: { account_number, routing_number: '110000000', bank_account_holder_name: 'Jenny Rosen', bank_type: 'checking' } },
  },
});

test("Stripe: a returned ACH debit fails with Stripe's failure code, carried through the webhook's sync", async () => {
  await withStack('stripe', async (client) => {
    const closed = await client.payments.create({ amount: 4200, currency: 'USD', confirm: true, ...ach('000111111113') });
    expect(closed.status).toBe('processing');
    await expect
      .poll(async () => (await client.payments.retrieve(closed.payment_id)).status, { message: 'returned by the bank, reported by webhook' })
      .toBe('failed');
    expect(await client.payments.retrieve(closed.payment_id)).toMatchObject({
      error_code: 'account_closed',
      error_message: "The customer's bank account has been closed.",
    });
  });
});

test("Adyen: SEPA is authorised at once; Givex is refused by Hyperswitch's balance check with its wording", async () => {
  await withStack('adyen', async (client) => {
    const sepa = await client.payments.create({
      amount: 4200,
      currency: 'EUR',
      confirm: true,
      payment_method: 'bank_debit',
      payment_method_type: 'sepa',
      payment_method_data: { bank_debit: { sepa_bank_debit: { iban: 'DE89370400440532013000', bank_account_holder_name: 'John Doe' } } },
    });
    expect(sepa.status).toBe('succeeded');
    const givex = (amount: number) =>
      client.payments.create({
        amount,
        currency: 'EUR',
        confirm: true,
        payment_method: 'gift_card',
        payment_method_type: 'givex',
        payment_method_data: { gift_card: { givex: { number: '6006490000000000', cvc: '737' } } },
      });
    expect((await givex(1100)).status).toBe('succeeded');
    expect(await givex(14100)).toMatchObject({ status: 'failed', error_code: 'No error code', error_message: 'Insufficient balance in the payment method' });
  });
});
