import { expect } from '@playwright/test';
import { gatewayBehaviour } from '../../helpers/checklist/checklist.ts';
import { describeMoney } from '../../helpers/money/money.ts';
import { expectApiError, expectCapture, expectPaymentState, expectRefund, test } from '../../fixtures/index.ts';
import { lifecycleCurrencies } from './currencies.ts';

for (const { currency, amount } of lifecycleCurrencies) {
  test.describe(`refunds in ${currency}`, () => {
    test(`full refund of ${describeMoney(amount, currency)}`, gatewayBehaviour('errors.lifecycle'), async ({ gateway, paidPayment, connectorProfile }) => {
      const payment = await paidPayment({ amount, currency });
      expectPaymentState(payment, { status: 'succeeded', amount, amount_capturable: 0, amount_received: amount });
      const refund = await test.step('refund without an amount refunds everything', () => gateway.refunds.create({ payment_id: payment.payment_id }));
      expect(refund).toMatchObject({ payment_id: payment.payment_id, amount, currency });
      await expectRefund(gateway, connectorProfile.expect.refund, refund);
      const fetched = await gateway.refunds.retrieve(refund.refund_id);
      expect(fetched).toMatchObject({ refund_id: refund.refund_id, amount, status: 'succeeded' });
      const after = await gateway.payments.retrieve(payment.payment_id);
      expectPaymentState(after, { status: 'succeeded', amount, amount_capturable: 0, amount_received: amount });
      expect(after.refunds?.map((r) => r.refund_id)).toEqual([refund.refund_id]);
    });

    test(`partial refund of ${describeMoney(amount, currency)}`, gatewayBehaviour('errors.lifecycle'), async ({ gateway, paidPayment, connectorProfile }) => {
      const payment = await paidPayment({ amount, currency });
      const part = Math.floor(amount / 3);
      const refund = await test.step(`refund ${describeMoney(part, currency)}`, () =>
        gateway.refunds.create({ payment_id: payment.payment_id, amount: part, reason: 'customer returned one item' }));
      expect(refund).toMatchObject({ amount: part, currency, reason: 'customer returned one item' });
      await expectRefund(gateway, connectorProfile.expect.refund, refund);
    });

    test(
      `several partial refunds up to the total of ${describeMoney(amount, currency)}, and not one unit more`,
      gatewayBehaviour('errors.lifecycle', 'errors.api'),
      async ({ gateway, paidPayment, connectorProfile }) => {
        const payment = await paidPayment({ amount, currency });
        const first = Math.floor(amount / 3);
        const second = Math.floor(amount / 3);
        const last = amount - first - second;
        for (const [index, part] of [first, second, last].entries()) {
          const refund = await test.step(`refund #${index + 1}: ${describeMoney(part, currency)}`, () =>
            gateway.refunds.create({ payment_id: payment.payment_id, amount: part }));
          expect(refund).toMatchObject({ amount: part, status: connectorProfile.expect.refund });
        }
        await test.step('one more minor unit is refused with IR_13', () =>
          expectApiError(gateway.refunds.create({ payment_id: payment.payment_id, amount: 1 }), {
            httpStatus: 400,
            code: 'IR_13',
            message: 'The refund amount exceeds the amount captured',
          }));
        const listed = await gateway.refunds.list({ payment_id: payment.payment_id, limit: 10 });
        expect(listed.total_count).toBe(3);
        expect(listed.data.reduce((sum, r) => sum + r.amount, 0)).toBe(amount);
      },
    );
  });
}

test(
  'a partially captured payment refunds at most what was captured',
  gatewayBehaviour('errors.lifecycle', 'payments.verify-amount-status'),
  async ({ gateway, authorizedPayment, connectorProfile }) => {
    const amount = 10_000;
    const authorised = await authorizedPayment({ amount, currency: 'USD' });
    const captured = await gateway.payments.capture(authorised.payment_id, { amount_to_capture: 4000 });
    await expectCapture(gateway, connectorProfile.expect.partialCapture, captured, {
      status: 'partially_captured',
      amount,
      amount_capturable: 0,
      amount_received: 4000,
    });
    await expectApiError(gateway.refunds.create({ payment_id: captured.payment_id, amount: 4001 }), { httpStatus: 400, code: 'IR_13' });
    const refund = await gateway.refunds.create({ payment_id: captured.payment_id });
    expect(refund).toMatchObject({ amount: 4000 });
    await expectRefund(gateway, connectorProfile.expect.refund, refund);
  },
);
