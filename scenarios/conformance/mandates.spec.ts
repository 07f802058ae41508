import { expect } from '@playwright/test';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { conformance } from '../../helpers/checklist/conformance.ts';
import { expectApiError, test } from '../../fixtures/index.ts';

// Mandates: set up with mandate_data on a customer's payment, then off-session payments with mandate_id,
// held to the mandate's type, amount and currency; revoked mandates pay nothing.

const customerId = (name: string) => `cus_conf_${name}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
const acceptance = { acceptance_type: 'online' as const, accepted_at: new Date().toISOString(), online: { ip_address: '127.0.0.1', user_agent: 'golive' } };

test(
  'a multi-use mandate pays off session up to its amount, in its currency, until revoked',
  conformance('errors.lifecycle', 'errors.api'),
  async ({ gateway, connectorProfile }) => {
    const customer_id = customerId('mandate');
    const setup = await gateway.payments.create({
      amount: 1000,
      currency: 'USD',
      confirm: true,
      customer_id,
      setup_future_usage: 'off_session',
      ...payWithCard(connectorProfile.cards.success),
      mandate_data: { customer_acceptance: acceptance, mandate_type: { multi_use: { amount: 5000, currency: 'USD' } } },
    });
    expect(setup.status).toBe('succeeded');
    const mandateId = setup.mandate_id;
    expect(typeof mandateId).toBe('string');
    const mandate = await gateway.customers.retrieveMandate(String(mandateId));
    expect({ status: mandate.status, customer_id: mandate.customer_id, last4: mandate.card?.last4_digits }).toEqual({
      status: 'active',
      customer_id,
      last4: connectorProfile.cards.success.number.slice(-4),
    });
    expect((await gateway.customers.mandates(customer_id)).map((m) => m.mandate_id)).toEqual([mandateId]);

    const offSession = { currency: 'USD', confirm: true, off_session: true, customer_id, mandate_id: String(mandateId) };
    expect((await gateway.payments.create({ ...offSession, amount: 3000 })).status).toBe('succeeded');
    await expectApiError(gateway.payments.create({ ...offSession, amount: 2500 }), {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'HE_03',
      message: 'Mandate Validation Failed',
    });
    await expectApiError(gateway.payments.create({ ...offSession, amount: 100, currency: 'EUR' }), {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'HE_03',
      message: 'Mandate Validation Failed',
    });
    await expectApiError(gateway.payments.create({ ...offSession, amount: 100, off_session: false }), {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_16',
      message: '`off_session` should be `true` for mandates',
    });

    expect(await gateway.customers.revokeMandate(String(mandateId))).toMatchObject({ mandate_id: mandateId, status: 'revoked' });
    await expectApiError(gateway.payments.create({ ...offSession, amount: 100 }), {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'HE_03',
      message: 'Mandate Validation Failed',
    });
  },
);

test('a single-use mandate pays once', conformance('errors.lifecycle'), async ({ gateway, connectorProfile }) => {
  const customer_id = customerId('single');
  const setup = await gateway.payments.create({
    amount: 500,
    currency: 'USD',
    confirm: true,
    customer_id,
    setup_future_usage: 'off_session',
    ...payWithCard(connectorProfile.cards.success),
    mandate_data: { customer_acceptance: acceptance, mandate_type: { single_use: { amount: 2000, currency: 'USD' } } },
  });
  const offSession = { amount: 2000, currency: 'USD', confirm: true, off_session: true, customer_id, mandate_id: String(setup.mandate_id) };
  expect((await gateway.payments.create(offSession)).status).toBe('succeeded');
  expect((await gateway.customers.retrieveMandate(String(setup.mandate_id))).status).toBe('inactive');
  await expectApiError(gateway.payments.create(offSession), { httpStatus: 400, type: 'invalid_request', code: 'HE_03', message: 'Mandate Validation Failed' });
});

test('mandate_data needs a customer (IR_16); an unknown mandate is not found (HE_02)', conformance('errors.api'), async ({ gateway }) => {
  await expectApiError(
    gateway.payments.create({
      amount: 500,
      currency: 'USD',
      customer_id: null,
      mandate_data: { customer_acceptance: acceptance, mandate_type: { multi_use: null } },
    }),
    { httpStatus: 400, type: 'invalid_request', code: 'IR_16', message: '`customer_id` is mandatory for mandates' },
  );
  await expectApiError(gateway.customers.retrieveMandate('man_doesnotexist000000'), {
    httpStatus: 404,
    type: 'invalid_request',
    code: 'HE_02',
    message: 'Mandate does not exist in our records',
  });
});
