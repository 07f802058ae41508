import { expect } from '@playwright/test';
import { z } from 'zod';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { conformance } from '../../helpers/checklist/conformance.ts';
import { testCards } from '../../helpers/cards/test-cards.ts';
import { expectApiError, test } from '../../fixtures/index.ts';

// Saved payment methods, the merchant's payment-method list Unified Checkout renders from, and paying
// with what was saved: payment_token (on session, with the CVC) and recurring_details (off session).

const customerId = (name: string) => `cus_conf_${name}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
const futureYear = String(new Date().getUTCFullYear() + 3);
const acceptance = { acceptance_type: 'online' as const, accepted_at: new Date().toISOString(), online: { ip_address: '127.0.0.1', user_agent: 'golive' } };

test(
  'GET /account/payment_methods lists the enabled card types with networks, connectors and required fields',
  conformance('connectors.configured', 'errors.sdk'),
  async ({ gateway, deployment }) => {
    const payment = await gateway.payments.create({ amount: 1000, currency: 'USD' });
    const list = await gateway.paymentMethods.listForAccount({ clientSecret: payment.client_secret ?? '', publishableKey: deployment.publishableKey });
    expect(list.currency).toBe('USD');
    const card = list.payment_methods.find((m) => m.payment_method === 'card');
    expect(card?.payment_method_types.map((t) => t.payment_method_type)).toContain('credit');
    const credit = card!.payment_method_types.find((t) => t.payment_method_type === 'credit')!;
    expect(credit.card_networks?.find((n) => n.card_network === 'Visa')?.eligible_connectors.length).toBeGreaterThan(0);
    expect(Object.keys(credit.required_fields ?? {})).toEqual(
      expect.arrayContaining([
        'payment_method_data.card.card_number',
        'payment_method_data.card.card_exp_month',
        'payment_method_data.card.card_exp_year',
        'payment_method_data.card.card_cvc',
      ]),
    );
  },
);

test(
  'GET /account/payment_methods with the publishable key needs the client_secret (IR_08, IR_09)',
  conformance('errors.sdk'),
  async ({ gateway, deployment }) => {
    await expectApiError(gateway.paymentMethods.listForAccount({ publishableKey: deployment.publishableKey }), {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_08',
    });
    const payment = await gateway.payments.create({ amount: 1000, currency: 'USD' });
    await expectApiError(
      gateway.paymentMethods.listForAccount({ clientSecret: `${payment.payment_id}_secret_wrong`, publishableKey: deployment.publishableKey }),
      { httpStatus: 400, type: 'invalid_request', code: 'IR_09' },
    );
  },
);

test(
  '/payment_methods: create, retrieve, update and delete a saved card; the number never comes back',
  conformance('errors.lifecycle'),
  async ({ gateway }) => {
    const customer_id = customerId('pm');
    const saved = await gateway.paymentMethods.create({
      payment_method: 'card',
      payment_method_type: 'credit',
      customer_id,
      card: { card_number: testCards.visa.number, card_exp_month: '12', card_exp_year: futureYear, card_holder_name: 'Golive Tester' },
    });
    expect(saved.card).toMatchObject({ last4_digits: '4242', card_network: 'Visa', expiry_month: '12', saved_to_locker: true });
    expect(JSON.stringify(saved)).not.toContain(testCards.visa.number);
    expect((await gateway.paymentMethods.retrieve(saved.payment_method_id)).customer_id).toBe(customer_id);
    expect((await gateway.paymentMethods.update(saved.payment_method_id, { card: { card_exp_month: '11' } })).card?.expiry_month).toBe('11');
    expect(await gateway.paymentMethods.delete(saved.payment_method_id)).toMatchObject({ payment_method_id: saved.payment_method_id, deleted: true });
    await expectApiError(gateway.paymentMethods.retrieve(saved.payment_method_id), {
      httpStatus: 404,
      type: 'invalid_request',
      code: 'HE_02',
      message: 'Payment method does not exist in our records',
    });
  },
);

test('a saved card with an invalid number is refused as the payment request would be (IR_06)', conformance('errors.api'), async ({ gateway }) => {
  await expectApiError(
    gateway.paymentMethods.create({
      payment_method: 'card',
      customer_id: customerId('bad'),
      card: { card_number: '4242424242424241', card_exp_month: '12', card_exp_year: futureYear },
    }),
    { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: card number invalid' },
  );
});

test(
  'setup_future_usage with customer_acceptance saves the card; the customer pays again with its payment_token',
  conformance('errors.lifecycle'),
  async ({ gateway, deployment, connectorProfile }) => {
    const customer_id = customerId('save');
    const first = await gateway.payments.create({
      amount: 1000,
      currency: 'USD',
      confirm: true,
      customer_id,
      setup_future_usage: 'on_session',
      customer_acceptance: acceptance,
      ...payWithCard(connectorProfile.cards.success),
    });
    expect(first.status).toBe('succeeded');

    const second = await gateway.payments.create({ amount: 2500, currency: 'USD', customer_id });
    const saved = await gateway.customers.paymentMethodsForPayment(second.client_secret ?? '', deployment.publishableKey);
    expect(saved.customer_payment_methods).toHaveLength(1);
    const method = saved.customer_payment_methods[0]!;
    expect(method.card).toMatchObject({ last4_digits: connectorProfile.cards.success.number.slice(-4) });
    const paid = await gateway.payments.confirm(second.payment_id, {
      payment_method: 'card',
      payment_token: method.payment_token,
      payment_method_data: { card_token: { card_cvc: '123' } },
    });
    expect({ status: paid.status, last4: paid.payment_method_data?.card?.last4 }).toEqual({ status: 'succeeded', last4: method.card?.last4_digits });
  },
);

test('without customer_acceptance nothing is saved', conformance('errors.lifecycle'), async ({ gateway, connectorProfile }) => {
  const customer_id = customerId('nosave');
  await gateway.payments.create({
    amount: 1000,
    currency: 'USD',
    confirm: true,
    customer_id,
    setup_future_usage: 'on_session',
    ...payWithCard(connectorProfile.cards.success),
  });
  expect((await gateway.customers.paymentMethods(customer_id)).customer_payment_methods).toEqual([]);
});

test(
  "off session, recurring_details pays with a saved payment method; its rules are Hyperswitch's",
  conformance('errors.lifecycle', 'errors.api'),
  async ({ gateway, deployment, connectorProfile }) => {
    const customer_id = customerId('mit');
    await gateway.payments.create({
      amount: 1000,
      currency: 'USD',
      confirm: true,
      customer_id,
      setup_future_usage: 'off_session',
      customer_acceptance: acceptance,
      ...payWithCard(connectorProfile.cards.success),
    });
    const [saved] = (await gateway.customers.paymentMethods(customer_id)).customer_payment_methods;
    expect(saved).toBeDefined();
    const recurring_details = { type: 'payment_method_id', data: saved!.payment_method_id };
    const mit = await gateway.raw(z.looseObject({ status: z.string() }), deployment.apiKey, 'POST', '/payments', {
      amount: 700,
      currency: 'USD',
      confirm: true,
      off_session: true,
      customer_id,
      recurring_details,
    });
    expect(mit.status).toBe('succeeded');
    await expectApiError(
      gateway.raw(z.unknown(), deployment.apiKey, 'POST', '/payments', {
        amount: 700,
        currency: 'USD',
        confirm: true,
        off_session: false,
        customer_id,
        recurring_details,
      }),
      { httpStatus: 400, type: 'invalid_request', code: 'IR_16', message: '`off_session` should be `true` for mandates' },
    );
    await expectApiError(
      gateway.raw(z.unknown(), deployment.apiKey, 'POST', '/payments', { amount: 700, currency: 'USD', confirm: true, off_session: true, recurring_details }),
      { httpStatus: 400, type: 'invalid_request', code: 'IR_04', message: 'Missing required param: customer_id' },
    );
    await expectApiError(
      gateway.raw(z.unknown(), deployment.apiKey, 'POST', '/payments', {
        amount: 700,
        currency: 'USD',
        confirm: true,
        off_session: true,
        customer_id: customerId('someoneelse'),
        recurring_details,
      }),
      { httpStatus: 400, type: 'invalid_request', code: 'IR_16', message: 'customer_id must match mandate customer_id' },
    );
  },
);

test('setup_future_usage without a customer is refused (IR_16)', conformance('errors.api'), async ({ gateway }) => {
  await expectApiError(gateway.payments.create({ amount: 1000, currency: 'USD', customer_id: null, setup_future_usage: 'off_session' }), {
    httpStatus: 400,
    type: 'invalid_request',
    code: 'IR_16',
    message: 'customer_id is mandatory when setup_future_usage is given',
  });
});
