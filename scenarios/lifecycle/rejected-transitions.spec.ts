import { expect } from '@playwright/test';
import { gatewayBehaviour } from '../../helpers/checklist/checklist.ts';
import { expectApiError, expectCapture, test } from '../../fixtures/index.ts';
import type { GatewayClient } from '../../helpers/gateway-client/index.ts';
import type { PaymentsResponse } from '../../helpers/schemas/index.ts';

// Each refusal uses Hyperswitch's code and HTTP status, and leaves the payment exactly as it was.

// Compared without the client secret: assertion parameters are written into the reports.
const comparable = ({ client_secret: _secret, modified_at: _modified, ...rest }: PaymentsResponse) => rest;

async function unchangedAfter(gateway: GatewayClient, paymentId: string, refusal: () => Promise<unknown>): Promise<void> {
  const before = comparable(await gateway.payments.retrieve(paymentId));
  await refusal();
  expect(comparable(await gateway.payments.retrieve(paymentId))).toEqual(before);
}

test('capture above the authorised amount is refused (IR_06, 422)', gatewayBehaviour('errors.api'), async ({ gateway, authorizedPayment }) => {
  const payment = await authorizedPayment({ amount: 5000, currency: 'USD' });
  await unchangedAfter(gateway, payment.payment_id, () =>
    expectApiError(gateway.payments.capture(payment.payment_id, { amount_to_capture: 5001 }), {
      httpStatus: 422,
      code: 'IR_06',
      message: 'amount_to_capture is greater than amount',
    }),
  );
});

test('capture of an automatically captured payment is refused (IR_14)', gatewayBehaviour('errors.api'), async ({ gateway, paidPayment }) => {
  const payment = await paidPayment({ amount: 5000, currency: 'USD' });
  await unchangedAfter(gateway, payment.payment_id, () =>
    expectApiError(gateway.payments.capture(payment.payment_id), {
      httpStatus: 400,
      code: 'IR_14',
      message: /could not be captured because it has a status of succeeded/,
    }),
  );
});

test('capture twice is refused the second time (IR_14)', gatewayBehaviour('errors.api'), async ({ gateway, authorizedPayment, connectorProfile }) => {
  const payment = await authorizedPayment({ amount: 5000, currency: 'USD' });
  // Settled first, so that a late capture webhook cannot change the payment while its sameness is checked.
  await expectCapture(gateway, connectorProfile.expect.fullCapture, await gateway.payments.capture(payment.payment_id), {
    status: 'succeeded',
    amount: 5000,
    amount_capturable: 0,
    amount_received: 5000,
  });
  await unchangedAfter(gateway, payment.payment_id, () => expectApiError(gateway.payments.capture(payment.payment_id), { httpStatus: 400, code: 'IR_14' }));
});

for (const label of ['succeeded', 'failed'] as const) {
  test(`cancel of a ${label} payment is refused (IR_16)`, gatewayBehaviour('errors.api'), async ({ gateway, paidPayment, failedPayment }) => {
    const payment = await (label === 'succeeded' ? paidPayment : failedPayment)({ amount: 800, currency: 'USD' });
    await unchangedAfter(gateway, payment.payment_id, () =>
      expectApiError(gateway.payments.cancel(payment.payment_id), {
        httpStatus: 400,
        code: 'IR_16',
        message: `You cannot cancel this payment because it has status ${label}`,
      }),
    );
  });
}

test('confirm of a succeeded payment is refused (IR_16)', gatewayBehaviour('errors.api'), async ({ gateway, paidPayment }) => {
  const payment = await paidPayment({ amount: 800, currency: 'USD' });
  await unchangedAfter(gateway, payment.payment_id, () =>
    expectApiError(gateway.payments.confirm(payment.payment_id, {}), {
      httpStatus: 400,
      code: 'IR_16',
      message: 'You cannot confirm this payment because it has status succeeded',
    }),
  );
});

test('refund above the refundable amount is refused (IR_13)', gatewayBehaviour('errors.api'), async ({ gateway, paidPayment }) => {
  const payment = await paidPayment({ amount: 800, currency: 'USD' });
  await unchangedAfter(gateway, payment.payment_id, () =>
    expectApiError(gateway.refunds.create({ payment_id: payment.payment_id, amount: 801 }), { httpStatus: 400, code: 'IR_13' }),
  );
  expect((await gateway.refunds.list({ payment_id: payment.payment_id })).total_count).toBe(0);
});

test(
  'a second refund of a fully refunded payment is refused (IR_13), and the first refund stands',
  gatewayBehaviour('errors.api'),
  async ({ gateway, refundedPayment }) => {
    const { payment, refund } = await refundedPayment({ amount: 800, currency: 'USD' });
    await unchangedAfter(gateway, payment.payment_id, () =>
      expectApiError(gateway.refunds.create({ payment_id: payment.payment_id, amount: 1 }), {
        httpStatus: 400,
        code: 'IR_13',
        message: 'The refund amount exceeds the amount captured',
      }),
    );
    expect((await gateway.refunds.list({ payment_id: payment.payment_id })).data.map((r) => r.refund_id)).toEqual([refund.refund_id]);
  },
);

test('refund of a failed payment is refused (IR_14)', gatewayBehaviour('errors.api'), async ({ gateway, failedPayment }) => {
  const payment = await failedPayment({ amount: 800, currency: 'USD' });
  await unchangedAfter(gateway, payment.payment_id, () =>
    expectApiError(gateway.refunds.create({ payment_id: payment.payment_id }), {
      httpStatus: 400,
      code: 'IR_14',
      message: /could not be refund because it has a status of failed/,
    }),
  );
});

test('refund of an authorised but uncaptured payment is refused (IR_14)', gatewayBehaviour('errors.api'), async ({ gateway, authorizedPayment }) => {
  const payment = await authorizedPayment({ amount: 800, currency: 'USD' });
  await unchangedAfter(gateway, payment.payment_id, () =>
    expectApiError(gateway.refunds.create({ payment_id: payment.payment_id }), { httpStatus: 400, code: 'IR_14' }),
  );
});

test('an unknown payment is not found (HE_02, 404) for retrieve, capture, cancel and refund', gatewayBehaviour('errors.api'), async ({ gateway }) => {
  const unknown = 'pay_doesNotExist0000000';
  await expectApiError(gateway.payments.retrieve(unknown), { httpStatus: 404, code: 'HE_02', message: 'Payment does not exist in our records' });
  await expectApiError(gateway.payments.capture(unknown), { httpStatus: 404, code: 'HE_02' });
  await expectApiError(gateway.payments.cancel(unknown), { httpStatus: 404, code: 'HE_02' });
  await expectApiError(gateway.refunds.create({ payment_id: unknown }), { httpStatus: 404, code: 'HE_02' });
});
