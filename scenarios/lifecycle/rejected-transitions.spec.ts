import { expect } from '@playwright/test';
import { gatewayBehaviour } from '../../helpers/checklist.ts';
import { cardPaymentMethodData } from '../../helpers/card-data.ts';
import { testCards } from '../../helpers/test-cards.ts';
import { expectApiError } from '../../fixtures/api-assertions.ts';
import { test } from '../../fixtures/index.ts';
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

test('capture above the authorised amount is refused (IR_06, 422)', gatewayBehaviour('errors.api'), async ({ gateway, connectorProfile }) => {
  const p = await gateway.payments.create({ amount: 5000, currency: 'USD', confirm: true, capture_method: 'manual', payment_method_data: cardPaymentMethodData(testCards[connectorProfile.cards.success]) });
  await unchangedAfter(gateway, p.payment_id, () => expectApiError(gateway.payments.capture(p.payment_id, { amount_to_capture: 5001 }), { httpStatus: 422, code: 'IR_06', message: 'amount_to_capture is greater than amount' }));
});

test('capture of an automatically captured payment is refused (IR_14)', gatewayBehaviour('errors.api'), async ({ gateway, connectorProfile }) => {
  const p = await gateway.payments.create({ amount: 5000, currency: 'USD', confirm: true, payment_method_data: cardPaymentMethodData(testCards[connectorProfile.cards.success]) });
  await unchangedAfter(gateway, p.payment_id, () => expectApiError(gateway.payments.capture(p.payment_id), { httpStatus: 400, code: 'IR_14', message: /could not be captured because it has a status of succeeded/ }));
});

test('capture twice is refused the second time (IR_14)', gatewayBehaviour('errors.api'), async ({ gateway, connectorProfile }) => {
  const p = await gateway.payments.create({ amount: 5000, currency: 'USD', confirm: true, capture_method: 'manual', payment_method_data: cardPaymentMethodData(testCards[connectorProfile.cards.success]) });
  await gateway.payments.capture(p.payment_id);
  await unchangedAfter(gateway, p.payment_id, () => expectApiError(gateway.payments.capture(p.payment_id), { httpStatus: 400, code: 'IR_14' }));
});

for (const [label, setup] of [
  ['succeeded', { capture_method: 'automatic' as const, card: 'success' as const }],
  ['failed', { capture_method: 'automatic' as const, card: 'decline' as const }],
] as const) {
  test(`cancel of a ${label} payment is refused (IR_16)`, gatewayBehaviour('errors.api'), async ({ gateway, connectorProfile }) => {
    const card = setup.card === 'success' ? testCards[connectorProfile.cards.success] : testCards[connectorProfile.declines[0]!.card];
    const p = await gateway.payments.create({ amount: 800, currency: 'USD', confirm: true, capture_method: setup.capture_method, payment_method_data: cardPaymentMethodData(card) });
    await unchangedAfter(gateway, p.payment_id, () => expectApiError(gateway.payments.cancel(p.payment_id), { httpStatus: 400, code: 'IR_16', message: `You cannot cancel this payment because it has status ${label}` }));
  });
}

test('confirm of a succeeded payment is refused (IR_16)', gatewayBehaviour('errors.api'), async ({ gateway, connectorProfile }) => {
  const p = await gateway.payments.create({ amount: 800, currency: 'USD', confirm: true, payment_method_data: cardPaymentMethodData(testCards[connectorProfile.cards.success]) });
  await unchangedAfter(gateway, p.payment_id, () => expectApiError(gateway.payments.confirm(p.payment_id, {}), { httpStatus: 400, code: 'IR_16', message: 'You cannot confirm this payment because it has status succeeded' }));
});

test('refund above the refundable amount is refused (IR_13)', gatewayBehaviour('errors.api'), async ({ gateway, connectorProfile }) => {
  const p = await gateway.payments.create({ amount: 800, currency: 'USD', confirm: true, payment_method_data: cardPaymentMethodData(testCards[connectorProfile.cards.success]) });
  await unchangedAfter(gateway, p.payment_id, () => expectApiError(gateway.refunds.create({ payment_id: p.payment_id, amount: 801 }), { httpStatus: 400, code: 'IR_13' }));
  expect((await gateway.refunds.list({ payment_id: p.payment_id })).total_count).toBe(0);
});

test('refund of a failed payment is refused (IR_14)', gatewayBehaviour('errors.api'), async ({ gateway, connectorProfile }) => {
  const p = await gateway.payments.create({ amount: 800, currency: 'USD', confirm: true, payment_method_data: cardPaymentMethodData(testCards[connectorProfile.declines[0]!.card]) });
  await unchangedAfter(gateway, p.payment_id, () => expectApiError(gateway.refunds.create({ payment_id: p.payment_id }), { httpStatus: 400, code: 'IR_14', message: /could not be refund because it has a status of failed/ }));
});

test('refund of an authorised but uncaptured payment is refused (IR_14)', gatewayBehaviour('errors.api'), async ({ gateway, connectorProfile }) => {
  const p = await gateway.payments.create({ amount: 800, currency: 'USD', confirm: true, capture_method: 'manual', payment_method_data: cardPaymentMethodData(testCards[connectorProfile.cards.success]) });
  await unchangedAfter(gateway, p.payment_id, () => expectApiError(gateway.refunds.create({ payment_id: p.payment_id }), { httpStatus: 400, code: 'IR_14' }));
});

test('an unknown payment is not found (HE_02, 404) for retrieve, capture, cancel and refund', gatewayBehaviour('errors.api'), async ({ gateway }) => {
  const unknown = 'pay_doesNotExist0000000';
  await expectApiError(gateway.payments.retrieve(unknown), { httpStatus: 404, code: 'HE_02', message: 'Payment does not exist in our records' });
  await expectApiError(gateway.payments.capture(unknown), { httpStatus: 404, code: 'HE_02' });
  await expectApiError(gateway.payments.cancel(unknown), { httpStatus: 404, code: 'HE_02' });
  await expectApiError(gateway.refunds.create({ payment_id: unknown }), { httpStatus: 404, code: 'HE_02' });
});
