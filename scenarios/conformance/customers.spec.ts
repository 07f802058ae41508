import { expect } from '@playwright/test';
import { z } from 'zod';
import { conformance } from '../../helpers/checklist/conformance.ts';
import { expectApiError, test } from '../../fixtures/index.ts';

// /customers and /ephemeral_keys as Hyperswitch answers them.

const customerId = (name: string) => `cus_conf_${name}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;

test('create (nulls accepted), retrieve, update, list and delete a customer', conformance('errors.lifecycle'), async ({ gateway, deployment }) => {
  const id = customerId('crud');
  const created = await gateway.raw(
    z.looseObject({ customer_id: z.string(), name: z.string().nullish(), created_at: z.string() }),
    deployment.apiKey,
    'POST',
    '/customers',
    { customer_id: id, name: 'Golive Tester', email: null, phone: null, description: null, address: null, metadata: null },
  );
  expect({ customer_id: created.customer_id, name: created.name }).toEqual({ customer_id: id, name: 'Golive Tester' });
  expect((await gateway.customers.retrieve(id)).name).toBe('Golive Tester');
  const updated = await gateway.customers.update(id, { email: 'tester@example.com', metadata: { tier: 'gold' } });
  expect({ name: updated.name, email: updated.email, metadata: updated.metadata }).toEqual({
    name: 'Golive Tester',
    email: 'tester@example.com',
    metadata: { tier: 'gold' },
  });
  expect((await gateway.customers.list({ limit: 100 })).map((c) => c.customer_id)).toContain(id);
  expect(await gateway.customers.delete(id)).toMatchObject({ customer_id: id, customer_deleted: true, payment_methods_deleted: true });
  await expectApiError(gateway.customers.retrieve(id), {
    httpStatus: 404,
    type: 'invalid_request',
    code: 'HE_02',
    message: 'Customer does not exist in our records',
  });
});

test(
  'a customer_id used twice is refused (IR_12); an unknown field is ignored (CustomerRequest is not deny_unknown_fields in v1)',
  conformance('errors.api'),
  async ({ gateway, deployment }) => {
    const id = customerId('dup');
    await gateway.customers.create({ customer_id: id });
    await expectApiError(gateway.customers.create({ customer_id: id }), {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_12',
      message: 'Customer with the given `customer_id` already exists',
    });
    const other = customerId('nick');
    const created = await gateway.raw(z.looseObject({ customer_id: z.string() }), deployment.apiKey, 'POST', '/customers', {
      customer_id: other,
      nickname: 'x',
    });
    expect({ customer_id: created.customer_id, nickname: created['nickname'] }).toEqual({ customer_id: other, nickname: undefined });
  },
);

test(
  "a customer's ephemeral key reads that customer only, never another or the merchant's payments",
  conformance('api-keys.not-exposed'),
  async ({ gateway }) => {
    const id = customerId('epk');
    const other = customerId('other');
    await gateway.customers.create({ customer_id: id, name: 'Owner' });
    await gateway.customers.create({ customer_id: other });
    const key = await gateway.customers.createEphemeralKey(id);
    expect({ customer_id: key.customer_id, valid: key.expires > key.created_at, prefix: key.secret.startsWith('epk_') }).toEqual({
      customer_id: id,
      valid: true,
      prefix: true,
    });
    expect((await gateway.customers.retrieve(id, { ephemeralKey: key.secret })).name).toBe('Owner');
    expect((await gateway.customers.paymentMethods(id, { ephemeralKey: key.secret })).customer_payment_methods).toEqual([]);
    await expectApiError(gateway.customers.retrieve(other, { ephemeralKey: key.secret }), { httpStatus: 401, type: 'invalid_request', code: 'IR_01' });
    await expectApiError(gateway.raw(z.unknown(), key.secret, 'GET', '/payments/list'), { httpStatus: 401, type: 'invalid_request', code: 'IR_01' });
    await expectApiError(gateway.raw(z.unknown(), key.secret, 'POST', '/payments', { amount: 100, currency: 'USD' }), {
      httpStatus: 401,
      type: 'invalid_request',
      code: 'IR_01',
    });
  },
);

test('an ephemeral key for an unknown customer is refused (HE_02)', conformance('errors.api'), async ({ gateway }) => {
  await expectApiError(gateway.customers.createEphemeralKey('cus_doesnotexist0000000'), {
    httpStatus: 404,
    type: 'invalid_request',
    code: 'HE_02',
    message: 'Customer does not exist in our records',
  });
});
