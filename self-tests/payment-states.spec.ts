import { expect, test } from '@playwright/test';
import { connectorProfile } from '../helpers/connectors/connector-profiles.ts';
import { GatewayClient } from '../helpers/gateway-client/index.ts';
import { classifyFailure } from '../reporting/failure-kind.ts';
import { PaymentSetUpError, paymentStates } from '../fixtures/payment-states.ts';
import { fakeGateway } from './fake-gateway.ts';

// The scenario vocabulary: each starting state asks for the right payment, and a payment that does
// not get there is a set-up error (the harness's), never a failed check of the gateway or merchant.

const profile = connectorProfile('stripe_test');
const answered = (status: string) => ({
  payment_id: 'pay_1',
  merchant_id: 'm',
  status,
  amount: 800,
  net_amount: 800,
  amount_capturable: 0,
  processor_merchant_id: 'm',
  currency: 'USD',
  payment_method: 'card',
  attempt_count: 1,
  error_code: status === 'failed' ? 'card_declined' : null,
});

test("each state asks for its capture method and the profile's card", async () => {
  const statuses = ['requires_capture', 'succeeded', 'failed'];
  const gateway = await fakeGateway((_req, _body, n) => ({ status: 200, body: answered(statuses[n]!) }));
  const states = paymentStates(new GatewayClient({ baseUrl: gateway.url, merchantId: 'm', apiKey: 'snd_x' }), profile);
  await states.authorizedPayment({ amount: 800, currency: 'USD' });
  await states.paidPayment({ amount: 800, currency: 'USD' });
  await states.failedPayment({ amount: 800, currency: 'USD', description: 'kept' });
  const sent = gateway.bodies.map(
    (b) => JSON.parse(b) as { confirm: boolean; capture_method: string; description?: string; payment_method_data: { card: { card_number: string } } },
  );
  expect(sent.map((b) => [b.confirm, b.capture_method, b.payment_method_data.card.card_number])).toEqual([
    [true, 'manual', profile.cards.success.number],
    [true, 'automatic', profile.cards.success.number],
    [true, 'automatic', profile.declines[0]!.card.number],
  ]);
  expect(sent[2]!.description).toBe('kept');
  await gateway.close();
});

test('a payment that does not reach the state stops the test as a set-up error, naming what came back', async () => {
  const gateway = await fakeGateway(() => ({ status: 200, body: answered('failed') }));
  const states = paymentStates(new GatewayClient({ baseUrl: gateway.url, merchantId: 'm', apiKey: 'snd_x' }), profile);
  const error = await states.authorizedPayment({ amount: 800, currency: 'USD' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PaymentSetUpError);
  expect((error as Error).message).toBe(
    'set-up: expected an authorised payment (status requires_capture); OwnGateway answered failed (card_declined) for pay_1',
  );
  expect(classifyFailure((error as Error).message)).toBe('crash');
  await gateway.close();
});

test('a refunded payment is a paid payment refunded as asked, and a refund the connector refuses is a set-up error', async () => {
  const refundStatuses = ['succeeded', 'failed'];
  let refunds = 0;
  const gateway = await fakeGateway((req) =>
    req.url === '/refunds'
      ? {
          status: 200,
          body: {
            refund_id: `ref_${refunds}`,
            payment_id: 'pay_1',
            amount: 300,
            currency: 'USD',
            connector: 'stripe_test',
            status: refundStatuses[refunds++]!,
          },
        }
      : { status: 200, body: answered('succeeded') },
  );
  const states = paymentStates(new GatewayClient({ baseUrl: gateway.url, merchantId: 'm', apiKey: 'snd_x' }), profile);
  const { payment, refund } = await states.refundedPayment({ amount: 800, currency: 'USD', refundAmount: 300 });
  expect([payment.status, refund.status]).toEqual(['succeeded', 'succeeded']);
  expect(JSON.parse(gateway.bodies[1]!)).toMatchObject({ payment_id: 'pay_1', amount: 300 });
  const refused = await states.refundedPayment({ amount: 800, currency: 'USD' }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(refused).toBeInstanceOf(PaymentSetUpError);
  expect(JSON.parse(gateway.bodies[3]!)).not.toHaveProperty('amount');
  await gateway.close();
});
