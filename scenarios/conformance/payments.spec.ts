import { expect } from '@playwright/test';
import { z } from 'zod';
import { payWithCard, testCardData } from '../../helpers/cards/card-data.ts';
import { conformance } from '../../helpers/checklist/conformance.ts';
import { PaymentsResponse } from '../../helpers/schemas/index.ts';
import { testCards } from '../../helpers/cards/test-cards.ts';
import { expectApiError, test } from '../../fixtures/index.ts';

// /payments as Hyperswitch answers it: request validation (nulls, unknown fields, types, card checks),
// update, list, session tokens, and the fields a response carries.

const now = new Date();
const futureYear = String(now.getUTCFullYear() + 3);
const card = (overrides: Record<string, unknown> = {}) => ({
  card_number: testCards.visa.number,
  card_exp_month: '12',
  card_exp_year: futureYear,
  card_holder_name: 'Golive Tester',
  card_cvc: '123',
  ...overrides,
});
const customerFor = (name: string) => `cus_conf_${name}_${test.info().testId.slice(0, 8)}_${Date.now()}`;
const billing = {
  address: { line1: '1 Test Street', city: 'Amsterdam', zip: '1012', country: 'NL', first_name: 'Golive', last_name: 'Tester' },
  email: 'tester@example.com',
};

test.describe('create: request validation', () => {
  test('null is accepted for every optional field', conformance('errors.api'), async ({ gateway, deployment, connectorProfile }) => {
    const payment = await gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', {
      amount: 1000,
      currency: 'USD',
      confirm: true,
      capture_method: null,
      authentication_type: null,
      customer_id: null,
      description: null,
      return_url: null,
      billing: null,
      shipping: null,
      metadata: null,
      browser_info: null,
      setup_future_usage: null,
      profile_id: null,
      payment_method: 'card',
      payment_method_type: null,
      payment_method_data: { card: { ...testCardData(connectorProfile.cards.success), card_holder_name: null }, billing: null },
    });
    expect(payment.status).toBe(connectorProfile.expect.autoCapture);
    expect({ customer_id: payment.customer_id ?? null, description: payment['description'] ?? null, metadata: payment.metadata ?? null }).toEqual({
      customer_id: null,
      description: null,
      metadata: null,
    });
  });

  test('an unknown field is refused (IR_06, deny_unknown_fields)', conformance('errors.api'), async ({ gateway, deployment }) => {
    await expectApiError(gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', { amount: 1000, currency: 'USD', colour: 'blue' }), {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_06',
      message: /^Json deserialize error: unknown field `colour`, expected one of /,
    });
  });

  test(
    'a missing amount or currency is named (IR_04); a card without its CVC fails deserialisation (IR_06)',
    conformance('errors.api'),
    async ({ gateway, deployment }) => {
      await expectApiError(gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', { currency: 'USD' }), {
        httpStatus: 400,
        type: 'invalid_request',
        code: 'IR_04',
        message: 'Missing required param: amount',
      });
      await expectApiError(gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', { amount: 1000 }), {
        httpStatus: 400,
        type: 'invalid_request',
        code: 'IR_04',
        message: 'Missing required param: currency',
      });
      const { card_cvc: _cvc, ...withoutCvc } = card();
      await expectApiError(
        gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', {
          amount: 1000,
          currency: 'USD',
          payment_method: 'card',
          payment_method_data: { card: withoutCvc },
        }),
        { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: missing field `card_cvc`' },
      );
    },
  );

  test('a wrong type or an unknown enum value fails deserialisation (IR_06)', conformance('errors.api'), async ({ gateway, deployment }) => {
    await expectApiError(gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', { amount: '1000', currency: 'USD' }), {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_06',
      message: /^Json deserialize error/,
    });
    await expectApiError(gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', { amount: 1000, currency: 'USD', capture_method: 'auto' }), {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_06',
      message: /^Json deserialize error: unknown variant `auto`, expected one of `automatic`, `manual`/,
    });
    await expectApiError(gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', { amount: 1000, currency: 'United' }), {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_06',
      message: /^Json deserialize error: .*unknown variant `United`/,
    });
  });
});

// Each refused before any connector is called: nothing is stored, so the customer has no payment afterwards.
const cardCases = [
  {
    name: 'a card number of the wrong length',
    card: card({ card_number: '123456' }),
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: invalid card number length' },
  },
  {
    name: 'a card number failing the Luhn check',
    card: card({ card_number: '4242424242424241' }),
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: card number invalid' },
  },
  {
    name: 'a card number with letters',
    card: card({ card_number: '4242ABCD42424242' }),
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: invalid character found in card number' },
  },
  {
    name: 'a CVC of six digits',
    card: card({ card_cvc: '123456' }),
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_16', message: 'Invalid card_cvc length' },
  },
  {
    name: 'a CVC of two digits',
    card: card({ card_cvc: '12' }),
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_16', message: 'Invalid card_cvc length' },
  },
  {
    name: 'a CVC that is not a number',
    card: card({ card_cvc: '12a' }),
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_07', message: 'Invalid value provided: card_cvc' },
  },
  {
    name: 'expiry month 00',
    card: card({ card_exp_month: '00' }),
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_16', message: 'Invalid Expiry Month' },
  },
  {
    name: 'expiry month 13',
    card: card({ card_exp_month: '13' }),
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_16', message: 'Invalid Expiry Month' },
  },
  {
    name: 'an expiry year in the past',
    card: card({ card_exp_year: '2023' }),
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_16', message: 'Invalid Expiry Year' },
  },
  {
    name: 'a two-digit expiry year in the past',
    card: card({ card_exp_year: '23' }),
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_16', message: 'Invalid Expiry Year' },
  },
];

test.describe('card checks', () => {
  for (const { name, card: badCard, expected } of cardCases) {
    test(`${name} is refused with ${expected.code} and nothing is stored`, conformance('errors.api'), async ({ gateway, deployment }) => {
      const customer_id = customerFor('card');
      await expectApiError(
        gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', {
          amount: 1000,
          currency: 'USD',
          confirm: true,
          customer_id,
          payment_method: 'card',
          payment_method_data: { card: badCard },
        }),
        expected,
      );
      expect((await gateway.payments.list({ customer_id, limit: 100 })).data).toEqual([]);
    });
  }

  test(
    'an expired card (this year, last month) is refused with IR_16 "Card Expired" and never reaches the connector',
    conformance('errors.api'),
    async ({ gateway }) => {
      test.skip(now.getUTCMonth() === 0, 'in January last month is in an earlier year, which is "Invalid Expiry Year" (checked above)');
      const expired = card({ card_exp_month: String(now.getUTCMonth()).padStart(2, '0'), card_exp_year: String(now.getUTCFullYear()) });
      const payment = await gateway.payments.create({ amount: 1000, currency: 'USD', customer_id: customerFor('expired') });
      await expectApiError(gateway.payments.confirm(payment.payment_id, { payment_method: 'card', payment_method_data: { card: expired } }), {
        httpStatus: 400,
        type: 'invalid_request',
        code: 'IR_16',
        message: 'Card Expired',
      });
      const after = await gateway.payments.retrieve(payment.payment_id);
      expect({ status: after.status, connector_transaction_id: after.connector_transaction_id ?? null, attempt_count: after.attempt_count }).toEqual({
        status: 'requires_payment_method',
        connector_transaction_id: null,
        attempt_count: 1,
      });
    },
  );
});

test.describe('update: POST /payments/{payment_id}', () => {
  test('changes amount, description, billing and shipping of an unconfirmed payment', conformance('errors.lifecycle'), async ({ gateway }) => {
    const created = await gateway.payments.create({ amount: 1000, currency: 'USD' });
    const updated = await gateway.payments.update(created.payment_id, { amount: 1500, description: 'updated', billing, shipping: billing });
    expect({
      status: updated.status,
      amount: updated.amount,
      amount_capturable: updated.amount_capturable,
      description: updated['description'],
      billing: updated.billing,
      shipping: updated.shipping,
    }).toEqual({ status: 'requires_payment_method', amount: 1500, amount_capturable: 1500, description: 'updated', billing, shipping: billing });
  });

  test(
    'with card data the payment waits for confirmation; with confirm: true it is confirmed',
    conformance('errors.lifecycle'),
    async ({ gateway, connectorProfile }) => {
      const created = await gateway.payments.create({ amount: 1000, currency: 'USD' });
      const withCard = await gateway.payments.update(created.payment_id, { ...payWithCard(connectorProfile.cards.success) });
      expect(withCard.status).toBe('requires_confirmation');
      const confirmed = await gateway.payments.update(created.payment_id, { confirm: true });
      expect(confirmed.status).toBe(connectorProfile.expect.autoCapture);
    },
  );

  test('a succeeded payment cannot be updated (IR_16)', conformance('errors.api'), async ({ gateway, connectorProfile }) => {
    const paid = await gateway.payments.create({ amount: 1000, currency: 'USD', confirm: true, ...payWithCard(connectorProfile.cards.success) });
    expect(paid.status).toBe('succeeded');
    await expectApiError(gateway.payments.update(paid.payment_id, { description: 'too late' }), {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_16',
      message: 'You cannot update this payment because it has status succeeded',
    });
  });

  test('an unknown payment is not found (HE_02, 404)', conformance('errors.api'), async ({ gateway }) => {
    await expectApiError(gateway.payments.update('pay_doesnotexist00000000', { description: 'x' }), {
      httpStatus: 404,
      type: 'invalid_request',
      code: 'HE_02',
      message: 'Payment does not exist in our records',
    });
  });
});

test(
  'a response carries billing, shipping, browser_info and payment_method_data.billing as sent',
  conformance('errors.lifecycle'),
  async ({ gateway, connectorProfile }) => {
    const browser_info = {
      user_agent: 'golive',
      accept_header: 'text/html',
      language: 'en-GB',
      color_depth: 24,
      screen_height: 800,
      screen_width: 1280,
      time_zone: 0,
      java_enabled: false,
      java_script_enabled: true,
    };
    const paymentMethodData = { card: testCardData(connectorProfile.cards.success), billing };
    const payment = await gateway.payments.create({
      amount: 1000,
      currency: 'USD',
      confirm: true,
      payment_method: 'card',
      payment_method_data: paymentMethodData,
      billing,
      shipping: billing,
      browser_info,
    });
    const read = await gateway.payments.retrieve(payment.payment_id);
    expect({ billing: read.billing, shipping: read.shipping, browser_info: read.browser_info, pm_billing: read.payment_method_data?.billing }).toEqual({
      billing,
      shipping: billing,
      browser_info,
      pm_billing: billing,
    });
  },
);

test.describe('list', () => {
  test('GET /payments/list filters by customer, newest first, and pages with starting_after', conformance('errors.lifecycle'), async ({ gateway }) => {
    const customer_id = customerFor('list');
    const first = await gateway.payments.create({ amount: 100, currency: 'USD', customer_id });
    const second = await gateway.payments.create({ amount: 200, currency: 'USD', customer_id });
    const third = await gateway.payments.create({ amount: 300, currency: 'USD', customer_id });
    const all = await gateway.payments.list({ customer_id, limit: 10 });
    expect(all.data.map((p) => p.payment_id)).toEqual([third.payment_id, second.payment_id, first.payment_id]);
    const page = await gateway.payments.list({ customer_id, limit: 1, starting_after: third.payment_id });
    expect({ size: page.size, ids: page.data.map((p) => p.payment_id) }).toEqual({ size: 1, ids: [second.payment_id] });
  });

  test('POST /payments/list filters by status and currency and reports the total', conformance('errors.lifecycle'), async ({ gateway }) => {
    const customer_id = customerFor('filter');
    await gateway.payments.create({ amount: 100, currency: 'EUR', customer_id });
    await gateway.payments.create({ amount: 100, currency: 'USD', customer_id });
    const found = await gateway.payments.listByFilter({ customer_id, currency: ['EUR'], status: ['requires_payment_method'], limit: 10 });
    expect({ count: found.count, total_count: found.total_count, currencies: found.data.map((p) => p.currency) }).toEqual({
      count: 1,
      total_count: 1,
      currencies: ['EUR'],
    });
  });

  test('an unknown filter is ignored (PaymentListFilterConstraints is not deny_unknown_fields)', conformance('errors.api'), async ({ gateway, deployment }) => {
    const customer_id = customerFor('unknown');
    const payment = await gateway.payments.create({ amount: 100, currency: 'USD', customer_id });
    const found = await gateway.raw(z.looseObject({ data: z.array(z.looseObject({ payment_id: z.string() })) }), deployment.apiKey, 'POST', '/payments/list', {
      colour: ['blue'],
      customer_id,
    });
    expect(found.data.map((p) => p.payment_id)).toEqual([payment.payment_id]);
  });
});

test.describe('session tokens', () => {
  test(
    'the publishable key with the client_secret gets the session tokens (none without wallets)',
    conformance('errors.sdk'),
    async ({ gateway, deployment }) => {
      const payment = await gateway.payments.create({ amount: 1000, currency: 'USD' });
      const sessions = await gateway.payments.sessionTokens(
        { payment_id: payment.payment_id, client_secret: payment.client_secret ?? '', wallets: [] },
        deployment.publishableKey,
      );
      expect({ payment_id: sessions.payment_id, session_token: sessions.session_token }).toEqual({ payment_id: payment.payment_id, session_token: [] });
    },
  );

  test('a wrong client_secret is refused (IR_09)', conformance('errors.sdk'), async ({ gateway, deployment }) => {
    const payment = await gateway.payments.create({ amount: 1000, currency: 'USD' });
    await expectApiError(
      gateway.payments.sessionTokens(
        { payment_id: payment.payment_id, client_secret: `${payment.payment_id}_secret_wrong`, wallets: [] },
        deployment.publishableKey,
      ),
      { httpStatus: 400, type: 'invalid_request', code: 'IR_09' },
    );
  });
});

test.describe('manual retry', () => {
  test(
    'a failed payment is confirmed again only with retry_action: manual_retry, as a new attempt',
    conformance('errors.api', 'errors.lifecycle'),
    async ({ gateway, connectorProfile }) => {
      const declineCard = connectorProfile.declines[0]!.card;
      const failed = await gateway.payments.create({ amount: 1000, currency: 'USD', confirm: true, ...payWithCard(declineCard) });
      expect({ status: failed.status, manual_retry_allowed: failed.manual_retry_allowed, attempt_count: failed.attempt_count }).toEqual({
        status: 'failed',
        manual_retry_allowed: true,
        attempt_count: 1,
      });
      const good = payWithCard(connectorProfile.cards.success);
      await expectApiError(gateway.payments.confirm(failed.payment_id, good), {
        httpStatus: 400,
        type: 'invalid_request',
        code: 'IR_16',
        message:
          'You cannot confirm this payment because it has status failed, you can pass `retry_action` as `manual_retry` in request to try this payment again',
      });
      const retried = await gateway.payments.confirm(failed.payment_id, { retry_action: 'manual_retry', ...good });
      expect({ status: retried.status, attempt_count: retried.attempt_count, manual_retry_allowed: retried.manual_retry_allowed }).toEqual({
        status: 'succeeded',
        attempt_count: 2,
        manual_retry_allowed: false,
      });
    },
  );

  test('manual_retry_allowed is null while a payment still waits for its payment method', conformance('errors.lifecycle'), async ({ gateway }) => {
    const payment = await gateway.payments.create({ amount: 1000, currency: 'USD' });
    expect(payment).toHaveProperty('manual_retry_allowed', null);
  });
});
