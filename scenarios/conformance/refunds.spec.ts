import { expect } from '@playwright/test';
import { z } from 'zod';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { conformance } from '../../helpers/checklist/conformance.ts';
import type { GatewayClient } from '../../helpers/gateway-client/index.ts';
import type { ConnectorProfile } from '../../helpers/connectors/connector-profiles.ts';
import { expectApiError, test } from '../../fixtures/index.ts';

// /refunds as Hyperswitch answers it: create, update (reason and metadata only), filtered list.

async function paidPayment(gateway: GatewayClient, profile: ConnectorProfile, amount = 5000) {
  const payment = await gateway.payments.create({ amount, currency: 'USD', confirm: true, ...payWithCard(profile.cards.success) });
  expect(payment.status).toBe('succeeded');
  return payment;
}

test("a refund carries its payment's profile_id and connector account", conformance('errors.lifecycle'), async ({ gateway, connectorProfile }) => {
  const payment = await paidPayment(gateway, connectorProfile);
  const refund = await gateway.refunds.create({ payment_id: payment.payment_id, amount: 1000 });
  expect({ profile_id: refund.profile_id, merchant_connector_id: refund.merchant_connector_id }).toEqual({
    profile_id: payment.profile_id,
    merchant_connector_id: payment.merchant_connector_id,
  });
});

test('null is accepted for the optional refund fields', conformance('errors.api'), async ({ gateway, deployment, connectorProfile }) => {
  const payment = await paidPayment(gateway, connectorProfile);
  const refund = await gateway.raw(z.looseObject({ amount: z.number(), reason: z.string().nullish() }), deployment.apiKey, 'POST', '/refunds', {
    payment_id: payment.payment_id,
    amount: null,
    reason: null,
    refund_id: null,
    metadata: null,
    refund_type: null,
  });
  expect({ amount: refund.amount, reason: refund.reason ?? null }).toEqual({ amount: 5000, reason: null });
});

test('a refund_id used twice is a duplicate (HE_01)', conformance('errors.api'), async ({ gateway, connectorProfile }) => {
  const payment = await paidPayment(gateway, connectorProfile);
  const refund_id = `ref_conf_${Date.now()}`;
  await gateway.refunds.create({ payment_id: payment.payment_id, refund_id, amount: 1000 });
  await expectApiError(gateway.refunds.create({ payment_id: payment.payment_id, refund_id, amount: 1000 }), {
    httpStatus: 400,
    type: 'invalid_request',
    code: 'HE_01',
    message: 'Duplicate refund request. Refund already attempted with the refund ID',
  });
});

test('a missing payment_id and an unknown field fail deserialisation (IR_06)', conformance('errors.api'), async ({ gateway, deployment }) => {
  await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'POST', '/refunds', { amount: 100 }), {
    httpStatus: 400,
    type: 'invalid_request',
    code: 'IR_06',
    message: 'Json deserialize error: missing field `payment_id`',
  });
  await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'POST', '/refunds', { payment_id: 'pay_x', reson: 'typo' }), {
    httpStatus: 400,
    type: 'invalid_request',
    code: 'IR_06',
    message: /^Json deserialize error: unknown field `reson`/,
  });
});

test('update changes reason and metadata, and nothing else', conformance('errors.lifecycle'), async ({ gateway, deployment, connectorProfile }) => {
  const payment = await paidPayment(gateway, connectorProfile);
  const refund = await gateway.refunds.create({ payment_id: payment.payment_id, amount: 1000 });
  const updated = await gateway.refunds.update(refund.refund_id, { reason: 'customer returned the item', metadata: { ticket: 'T-1' } });
  expect({ reason: updated.reason, metadata: updated.metadata, amount: updated.amount, status: updated.status }).toEqual({
    reason: 'customer returned the item',
    metadata: { ticket: 'T-1' },
    amount: 1000,
    status: refund.status,
  });
  await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'POST', `/refunds/${refund.refund_id}`, { amount: 1 }), {
    httpStatus: 400,
    type: 'invalid_request',
    code: 'IR_06',
    message: /^Json deserialize error: unknown field `amount`/,
  });
  await expectApiError(gateway.refunds.update('ref_doesnotexist0000000', { reason: 'x' }), {
    httpStatus: 404,
    type: 'invalid_request',
    code: 'HE_02',
    message: 'Refund does not exist in our records',
  });
});

test('list filters by payment and status, newest first, with the total', conformance('errors.lifecycle'), async ({ gateway, connectorProfile }) => {
  const payment = await paidPayment(gateway, connectorProfile);
  const first = await gateway.refunds.create({ payment_id: payment.payment_id, amount: 1000 });
  const second = await gateway.refunds.create({ payment_id: payment.payment_id, amount: 2000 });
  const listed = await gateway.refunds.list({ payment_id: payment.payment_id, limit: 10 });
  expect({ total: listed.total_count, ids: listed.data.map((r) => r.refund_id) }).toEqual({ total: 2, ids: [second.refund_id, first.refund_id] });
  const byStatus = await gateway.refunds.list({ payment_id: payment.payment_id, refund_status: [second.status] });
  expect(byStatus.data.every((r) => r.status === second.status)).toBe(true);
  const none = await gateway.refunds.list({ payment_id: payment.payment_id, refund_status: ['review'] });
  expect(none.total_count).toBe(0);
});
