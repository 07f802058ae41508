import { expect } from '@playwright/test';
import { z } from 'zod';
import { conformance } from '../../helpers/checklist/conformance.ts';
import { PaymentsResponse } from '../../helpers/schemas/index.ts';
import { verifyReturnUrlSignature } from '../../helpers/signatures/return-url.ts';
import { notImplementedBy, type ProfileMethods } from '../../helpers/connectors/connector-profiles.ts';
import { testGiftCards, type BankDebitType } from '../../helpers/connectors/test-payment-methods.ts';
import { completeRedirectOverHttp, expectApiError, skipWhereNotImplemented, test } from '../../fixtures/index.ts';

// The payment methods that are not cards, as Hyperswitch takes them: pay later, bank redirects and wallets
// that send the customer to the provider's page (requires_customer_action + redirect_to_url), bank debits
// that stay processing until the bank settles them (a connector webhook), gift cards and wallet tokens
// answered at once; each refused as Hyperswitch refuses it; and the account's payment-method list. Debits,
// gift cards and wallets pay with the active connector profile's test data (GOLIVE_CONNECTOR_PROFILE), so
// each connector's own test accounts, balances and error codes are exercised.

const returnUrl = 'https://shop.golive.test/checkout/complete?order=7';
const REDIRECT_URL = (gatewayUrl: string, paymentId: string, merchantId: string) => `${gatewayUrl}/payments/redirect/${paymentId}/${merchantId}/`;

interface MethodCase {
  name: string;
  payment_method: string;
  payment_method_type: string;
  currency: string;
  data: Record<string, unknown>;
}

const redirectMethods: MethodCase[] = [
  {
    name: 'Klarna',
    payment_method: 'pay_later',
    payment_method_type: 'klarna',
    currency: 'EUR',
    data: { pay_later: { klarna_redirect: { billing_email: 'tester@example.com', billing_country: 'NL' } } },
  },
  { name: 'Affirm', payment_method: 'pay_later', payment_method_type: 'affirm', currency: 'USD', data: { pay_later: { affirm_redirect: {} } } },
  {
    name: 'Afterpay / Clearpay',
    payment_method: 'pay_later',
    payment_method_type: 'afterpay_clearpay',
    currency: 'USD',
    data: { pay_later: { afterpay_clearpay_redirect: { billing_email: 'tester@example.com', billing_name: 'Golive Tester' } } },
  },
  {
    name: 'iDEAL',
    payment_method: 'bank_redirect',
    payment_method_type: 'ideal',
    currency: 'EUR',
    data: { bank_redirect: { ideal: { bank_name: 'ing', country: 'NL' } } },
  },
  {
    name: 'EPS',
    payment_method: 'bank_redirect',
    payment_method_type: 'eps',
    currency: 'EUR',
    data: { bank_redirect: { eps: { bank_name: 'bank_austria', country: 'AT' } } },
  },
  {
    name: 'Sofort',
    payment_method: 'bank_redirect',
    payment_method_type: 'sofort',
    currency: 'EUR',
    data: { bank_redirect: { sofort: { country: 'DE', preferred_language: 'de' } } },
  },
  {
    name: 'giropay',
    payment_method: 'bank_redirect',
    payment_method_type: 'giropay',
    currency: 'EUR',
    data: { bank_redirect: { giropay: { country: 'DE' } } },
  },
  {
    name: 'PayPal',
    payment_method: 'wallet',
    payment_method_type: 'paypal',
    currency: 'USD',
    data: { wallet: { paypal_redirect: { email: 'tester@example.com' } } },
  },
];

const givex = (card: { number: string; cvc: string }) => ({ gift_card: { givex: { number: card.number, cvc: card.cvc } } });
const googlePay = (last4: string) => ({
  wallet: {
    google_pay: {
      type: 'CARD',
      description: `Visa •••• ${last4}`,
      info: { card_network: 'VISA', card_details: last4 },
      tokenization_data: { type: 'PAYMENT_GATEWAY', token: '{"signature":"sandbox","protocolVersion":"ECv2","signedMessage":"{}"}' },
    },
  },
});
const applePay = (last4: string) => ({
  wallet: {
    apple_pay: {
      payment_data: 'eyJzYW5kYm94Ijp0cnVlfQ==',
      payment_method: { display_name: `Visa ${last4}`, network: 'Visa', type: 'debit' },
      transaction_identifier: 'sandbox-apple-pay-transaction',
    },
  },
});

test.describe("redirect methods: the provider's page, then back to the merchant with a signed return URL", () => {
  for (const method of redirectMethods) {
    for (const decision of ['authorize', 'fail'] as const) {
      const expected = decision === 'authorize' ? 'succeeded' : 'failed';
      test(
        `${method.name}: ${decision} on the page ends ${expected}`,
        conformance('errors.lifecycle', 'payments.verify-signed-payload'),
        async ({ gateway, deployment, connectorProfile }) => {
          skipWhereNotImplemented(connectorProfile, method.payment_method_type, method.name);
          const amount = 2500;
          const pending = await gateway.payments.create({
            amount,
            currency: method.currency,
            confirm: true,
            return_url: returnUrl,
            payment_method: method.payment_method,
            payment_method_type: method.payment_method_type,
            payment_method_data: method.data,
          });
          expect({
            status: pending.status,
            type: pending.next_action?.type,
            payment_method: pending.payment_method,
            payment_method_type: pending['payment_method_type'],
          }).toEqual({
            status: 'requires_customer_action',
            type: 'redirect_to_url',
            payment_method: method.payment_method,
            payment_method_type: method.payment_method_type,
          });
          expect(pending.next_action?.redirect_to_url).toContain(REDIRECT_URL(deployment.gatewayUrl, pending.payment_id, deployment.merchantId));

          const { pageHtml, landed } = await test.step(`the customer presses ${decision} on the ${method.name} page`, () =>
            completeRedirectOverHttp(pending.next_action!.redirect_to_url!, decision));
          expect(pageHtml, "the provider's page offers both answers").toMatch(
            /data-testid="redirect-authorize"[^>]*>Authorize<[\s\S]*data-testid="redirect-fail"[^>]*>Fail</,
          );
          expect(`${landed.origin}${landed.pathname}`).toBe('https://shop.golive.test/checkout/complete');
          expect(Object.fromEntries(landed.searchParams)).toMatchObject({
            order: '7',
            status: expected,
            payment_id: pending.payment_id,
            amount: String(amount),
            manual_retry_allowed: String(expected === 'failed'),
          });
          expect(verifyReturnUrlSignature(landed, deployment.paymentResponseHashKey)).toMatchObject({ valid: true });

          const final = await gateway.payments.retrieve(pending.payment_id);
          expect({
            status: final.status,
            amount_received: final.amount_received ?? null,
            next_action: final.next_action ?? null,
            payment_method: final.payment_method,
          }).toEqual({ status: expected, amount_received: expected === 'succeeded' ? amount : null, next_action: null, payment_method: method.payment_method });
          if (expected === 'failed') expect(final.error_code).toBeTruthy();
        },
      );
    }
  }

  test('POST /payments/list filters by payment_method and payment_method_type', conformance('errors.lifecycle'), async ({ gateway, connectorProfile }) => {
    for (const method of [redirectMethods[0]!, redirectMethods[3]!]) skipWhereNotImplemented(connectorProfile, method.payment_method_type, method.name);
    const customer_id = `cus_conf_pmt_list_${Date.now()}`;
    const klarna = await gateway.payments.create({
      amount: 1000,
      currency: 'EUR',
      customer_id,
      return_url: returnUrl,
      confirm: true,
      ...pick(redirectMethods[0]!),
    });
    await gateway.payments.create({ amount: 1000, currency: 'EUR', customer_id, return_url: returnUrl, confirm: true, ...pick(redirectMethods[3]!) });
    const byMethod = await gateway.payments.listByFilter({ customer_id, payment_method: ['pay_later'], limit: 10 });
    expect(byMethod.data.map((p) => p.payment_id)).toEqual([klarna.payment_id]);
    expect((await gateway.payments.listByFilter({ customer_id, payment_method: ['bank_redirect'], limit: 10 })).count).toBe(1);
  });

  test('an iDEAL payment shows the bank, not more, in payment_method_data', conformance('errors.lifecycle'), async ({ gateway, connectorProfile }) => {
    skipWhereNotImplemented(connectorProfile, 'ideal', 'iDEAL');
    const payment = await gateway.payments.create({
      amount: 1000,
      currency: 'EUR',
      confirm: true,
      return_url: returnUrl,
      payment_method: 'bank_redirect',
      payment_method_type: 'ideal',
      payment_method_data: { bank_redirect: { ideal: { bank_name: 'rabobank' } } },
    });
    expect(payment.payment_method_data?.bank_redirect).toMatchObject({ bank_name: 'rabobank' });
  });
});

/** A bank debit as the active profile pays it: payment_method_data for the account that settles and the one the bank returns. */
function debitCase(methods: ProfileMethods, type: BankDebitType) {
  switch (type) {
    case 'ach': {
      const debit = methods.ach;
      const data = (account: typeof debit.settles) => ({
        bank_debit: { ach_bank_debit: { ...account, bank_account_holder_name: debit.holderName, bank_type: 'checking' } },
      });
      return { debit, settles: data(debit.settles), returned: debit.returned && data(debit.returned), secret: debit.settles.account_number };
    }
    case 'bacs': {
      const debit = methods.bacs;
      const data = (account: typeof debit.settles) => ({ bank_debit: { bacs_bank_debit: { ...account, bank_account_holder_name: debit.holderName } } });
      return { debit, settles: data(debit.settles), returned: debit.returned && data(debit.returned), secret: debit.settles.account_number };
    }
    case 'sepa': {
      const debit = methods.sepa;
      const data = (account: typeof debit.settles) => ({ bank_debit: { sepa_bank_debit: { ...account, bank_account_holder_name: debit.holderName } } });
      return { debit, settles: data(debit.settles), returned: debit.returned && data(debit.returned), secret: debit.settles.iban };
    }
  }
}

test.describe("bank debits: processing until the bank settles or returns the debit (connector webhook), with the connector's test accounts", () => {
  const debits = [
    { name: 'ACH', type: 'ach' },
    { name: 'BACS', type: 'bacs' },
    { name: 'SEPA', type: 'sepa' },
  ] as const;
  for (const { name, type } of debits) {
    test(`${name}: a debit that settles ends succeeded`, conformance('errors.lifecycle'), async ({ gateway, connectorProfile }) => {
      skipWhereNotImplemented(connectorProfile, type, `${name} debits`);
      const { debit, settles, secret } = debitCase(connectorProfile.methods, type);
      const payment = await gateway.payments.create({
        amount: 4200,
        currency: debit.currency,
        confirm: true,
        payment_method: 'bank_debit',
        payment_method_type: type,
        payment_method_data: settles,
      });
      expect({ status: payment.status, next_action: payment.next_action ?? null }).toEqual({ status: debit.afterConfirm, next_action: null });
      expect(payment.payment_method_data?.bank_debit?.[type]).toBeDefined();
      expect(JSON.stringify(payment), 'the full account number or IBAN never comes back').not.toContain(secret);
      await expect
        .poll(async () => (await gateway.payments.retrieve(payment.payment_id)).status, { message: "settled by the connector's webhook" })
        .toBe('succeeded');
    });

    test(`${name}: a debit the bank returns ends failed with the connector's code`, conformance('errors.lifecycle'), async ({ gateway, connectorProfile }) => {
      skipWhereNotImplemented(connectorProfile, type, `${name} debits`);
      const { debit, returned } = debitCase(connectorProfile.methods, type);
      test.skip(!returned, `${connectorProfile.connector}'s test environment documents no ${name} account whose debit is returned`);
      const payment = await gateway.payments.create({
        amount: 4200,
        currency: debit.currency,
        confirm: true,
        payment_method: 'bank_debit',
        payment_method_type: type,
        payment_method_data: returned!,
      });
      expect({ status: payment.status, next_action: payment.next_action ?? null }).toEqual({ status: debit.afterConfirm, next_action: null });
      await expect
        .poll(async () => (await gateway.payments.retrieve(payment.payment_id)).status, { message: "returned, reported by the connector's webhook" })
        .toBe('failed');
      expect((await gateway.payments.retrieve(payment.payment_id)).error_code).toBe(debit.returnedErrorCode);
    });
  }
});

test.describe("answered at once: gift cards and wallet tokens, with the connector's test data", () => {
  const direct = [
    {
      name: 'Givex gift card with balance',
      expected: 'succeeded',
      payment: ({ giftCard }: ProfileMethods) => ({
        payment_method: 'gift_card',
        type: 'givex',
        amount: giftCard.withBalance.amount,
        currency: giftCard.withBalance.currency,
        data: givex(giftCard.withBalance),
        shown: { gift_card: { givex: { last4: giftCard.withBalance.number.slice(-4) } } },
      }),
    },
    {
      name: 'Givex gift card without enough balance',
      expected: 'failed',
      payment: ({ giftCard }: ProfileMethods) => ({
        payment_method: 'gift_card',
        type: 'givex',
        amount: giftCard.noBalance.amount,
        currency: giftCard.noBalance.currency,
        data: givex(giftCard.noBalance),
        error: giftCard.noBalanceErrorCode,
      }),
    },
    {
      name: 'Google Pay',
      expected: 'succeeded',
      payment: ({ wallet }: ProfileMethods) => ({
        payment_method: 'wallet',
        type: 'google_pay',
        amount: 1500,
        currency: 'USD',
        data: googlePay(wallet.approvedLast4),
        shown: { wallet: { google_pay: { last4: wallet.approvedLast4, card_network: 'VISA' } } },
      }),
    },
    {
      name: 'Google Pay, declined card',
      expected: 'failed',
      payment: ({ wallet }: ProfileMethods) => ({
        payment_method: 'wallet',
        type: 'google_pay',
        amount: 1500,
        currency: 'USD',
        data: googlePay(wallet.declinedLast4),
        error: wallet.declinedErrorCode,
      }),
    },
    {
      name: 'Apple Pay',
      expected: 'succeeded',
      payment: ({ wallet }: ProfileMethods) => ({
        payment_method: 'wallet',
        type: 'apple_pay',
        amount: 1500,
        currency: 'USD',
        data: applePay(wallet.approvedLast4),
        shown: { wallet: { apple_pay: { last4: wallet.approvedLast4, card_network: 'Visa' } } },
      }),
    },
    {
      name: 'Apple Pay, declined card',
      expected: 'failed',
      payment: ({ wallet }: ProfileMethods) => ({
        payment_method: 'wallet',
        type: 'apple_pay',
        amount: 1500,
        currency: 'USD',
        data: applePay(wallet.declinedLast4),
        error: wallet.declinedErrorCode,
      }),
    },
  ];
  for (const method of direct) {
    test(`${method.name} ends ${method.expected}`, conformance('errors.lifecycle'), async ({ gateway, connectorProfile }) => {
      const paid: {
        payment_method: string;
        type: string;
        amount: number;
        currency: string;
        data: Record<string, unknown>;
        shown?: Record<string, unknown>;
        error?: string;
      } = method.payment(connectorProfile.methods);
      skipWhereNotImplemented(connectorProfile, paid.type, method.name);
      const payment = await gateway.payments.create({
        amount: paid.amount,
        currency: paid.currency,
        confirm: true,
        payment_method: paid.payment_method,
        payment_method_type: paid.type,
        payment_method_data: paid.data,
      });
      expect({ status: payment.status, next_action: payment.next_action ?? null, payment_method_type: payment['payment_method_type'] }).toEqual({
        status: method.expected,
        next_action: null,
        payment_method_type: paid.type,
      });
      if (paid.shown) expect(payment.payment_method_data).toMatchObject(paid.shown);
      if (paid.error) expect(payment.error_code).toBe(paid.error);
      expect((await gateway.payments.retrieve(payment.payment_id)).status).toBe(method.expected);
    });
  }
});

/** Every non-card method, as the active profile pays it: the cases a connector that does not implement one must refuse. */
const everyMethod: {
  name: string;
  type: string;
  body: (methods: ProfileMethods) => { currency: string; payment_method: string; payment_method_type: string; payment_method_data: Record<string, unknown> };
}[] = [
  ...redirectMethods.map((method) => ({ name: method.name, type: method.payment_method_type, body: () => ({ currency: method.currency, ...pick(method) }) })),
  ...(['ach', 'bacs', 'sepa'] as const).map((type) => ({
    name: `${type.toUpperCase()} debit`,
    type,
    body: (methods: ProfileMethods) => {
      const { debit, settles } = debitCase(methods, type);
      return { currency: debit.currency, payment_method: 'bank_debit', payment_method_type: type, payment_method_data: settles };
    },
  })),
  {
    name: 'Givex gift card',
    type: 'givex',
    body: ({ giftCard }) => ({
      currency: giftCard.withBalance.currency,
      payment_method: 'gift_card',
      payment_method_type: 'givex',
      payment_method_data: givex(giftCard.withBalance),
    }),
  },
  {
    name: 'Google Pay',
    type: 'google_pay',
    body: ({ wallet }) => ({
      currency: 'USD',
      payment_method: 'wallet',
      payment_method_type: 'google_pay',
      payment_method_data: googlePay(wallet.approvedLast4),
    }),
  },
  {
    name: 'Apple Pay',
    type: 'apple_pay',
    body: ({ wallet }) => ({
      currency: 'USD',
      payment_method: 'wallet',
      payment_method_type: 'apple_pay',
      payment_method_data: applePay(wallet.approvedLast4),
    }),
  },
];

// Routing picks the connector account by payment_methods_enabled alone; the connector's transformer then
// refuses a method it does not build: IR_00 (501) "Selected payment method through <connector> is not implemented".
const notImplementedError = (connector: string) => ({
  httpStatus: 501,
  type: 'invalid_request',
  code: 'IR_00',
  message: new RegExp(`^Selected payment method through ${connector} is not implemented$`, 'i'),
});

test.describe('a method the routed connector does not implement: refused with IR_00, nothing charged', () => {
  for (const method of everyMethod) {
    test(
      `${method.name}, where the connector does not implement it, is refused with IR_00 and nothing is charged`,
      conformance('errors.api', 'connectors.configured'),
      async ({ gateway, deployment, connectorProfile }) => {
        test.skip(!notImplementedBy(connectorProfile, method.type), `${connectorProfile.connector} implements ${method.name}: nothing to refuse, not run`);
        const customer_id = `cus_conf_pmt_ni_${test.info().testId.slice(0, 8)}_${Date.now()}`;
        await expectApiError(
          gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', {
            amount: 1000,
            confirm: true,
            customer_id,
            return_url: returnUrl,
            ...method.body(connectorProfile.methods),
          }),
          notImplementedError(connectorProfile.connector),
        );
        // Hyperswitch has stored the payment by then (create inserts it before the connector is asked), the sandbox has not: either way none is paid.
        const left = (await gateway.payments.list({ customer_id, limit: 10 })).data;
        expect(
          left.filter((payment) => payment.status === 'succeeded' || (payment.amount_received ?? 0) > 0).map((payment) => payment.payment_id),
          'a refused payment is never charged',
        ).toEqual([]);
      },
    );
  }

  test(
    'confirm with a method the connector does not implement is refused with IR_00 and charges nothing',
    conformance('errors.api', 'errors.lifecycle'),
    async ({ gateway, connectorProfile }) => {
      const method = everyMethod.find((candidate) => notImplementedBy(connectorProfile, candidate.type));
      test.skip(!method, `${connectorProfile.connector} implements every non-card method: nothing to refuse, not run`);
      const { currency, ...paysWith } = method!.body(connectorProfile.methods);
      const payment = await gateway.payments.create({ amount: 1000, currency, return_url: returnUrl });
      await expectApiError(gateway.payments.confirm(payment.payment_id, paysWith), notImplementedError(connectorProfile.connector));
      const after = await gateway.payments.retrieve(payment.payment_id);
      expect(
        { amount_received: after.amount_received ?? null, connector_transaction_id: after['connector_transaction_id'] ?? null },
        'nothing reached the processor',
      ).toEqual({ amount_received: null, connector_transaction_id: null });
      expect(after.status, 'not taken for paid').not.toBe('succeeded');
    },
  );
});

// Each refused before anything is stored or any connector called.
const badRequests: { name: string; body: Record<string, unknown>; expected: { httpStatus: number; type: string; code: string; message: string | RegExp } }[] = [
  {
    name: 'pay-later data without payment_method',
    body: { payment_method_data: redirectMethods[0]!.data },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_04', message: 'Missing required param: payment_method' },
  },
  {
    name: 'card data without payment_method',
    body: { payment_method_data: { card: { card_number: '4242424242424242', card_exp_month: '12', card_exp_year: '35', card_cvc: '123' } } },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_04', message: 'Missing required param: payment_method' },
  },
  {
    name: 'payment_method card without data, token or mandate',
    body: { payment_method: 'card' },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_04', message: 'Missing required param: payment_method_data' },
  },
  {
    name: 'a non-card payment_method without payment_method_type',
    body: { payment_method: 'pay_later', payment_method_data: redirectMethods[0]!.data },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_04', message: 'Missing required param: payment_method_type' },
  },
  {
    name: 'a non-card payment_method without payment_method_data',
    body: { payment_method: 'bank_redirect', payment_method_type: 'ideal' },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_04', message: 'Missing required param: payment_method_data' },
  },
  {
    name: 'a payment_method_type of another method',
    body: { payment_method: 'pay_later', payment_method_type: 'ideal', payment_method_data: redirectMethods[0]!.data },
    expected: { httpStatus: 422, type: 'invalid_request', code: 'IR_06', message: "payment_method_type doesn't correspond to the specified payment_method" },
  },
  {
    name: 'payment_method_data of another method',
    body: { payment_method: 'bank_redirect', payment_method_type: 'ideal', payment_method_data: redirectMethods[0]!.data },
    expected: { httpStatus: 422, type: 'invalid_request', code: 'IR_06', message: "payment_method_data doesn't correspond to the specified payment_method" },
  },
  {
    name: 'an unknown payment_method',
    body: { payment_method: 'bnpl', payment_method_type: 'klarna', payment_method_data: redirectMethods[0]!.data },
    expected: {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_06',
      message: /^Json deserialize error: unknown variant `bnpl`, expected one of `card`, `card_redirect`, `pay_later`, /,
    },
  },
  {
    name: 'an unknown payment_method_type',
    body: { payment_method: 'pay_later', payment_method_type: 'klarna_redirect', payment_method_data: redirectMethods[0]!.data },
    expected: {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_06',
      message: /^Json deserialize error: unknown variant `klarna_redirect`, expected one of `ach`, `affirm`, /,
    },
  },
  {
    name: 'an unknown payment_method_data variant',
    body: { payment_method: 'pay_later', payment_method_type: 'klarna', payment_method_data: { paylater: { klarna_redirect: {} } } },
    expected: {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_06',
      message: /^Json deserialize error: unknown variant `paylater`, expected one of `card`, `card_redirect`, `wallet`, `pay_later`, /,
    },
  },
  {
    name: 'an unknown pay-later variant',
    body: { payment_method: 'pay_later', payment_method_type: 'klarna', payment_method_data: { pay_later: { klarna: {} } } },
    expected: {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_06',
      message: /^Json deserialize error: unknown variant `klarna`, expected one of `klarna_redirect`, `klarna_sdk`, `affirm_redirect`/,
    },
  },
  {
    name: 'an unknown iDEAL bank',
    body: { payment_method: 'bank_redirect', payment_method_type: 'ideal', payment_method_data: { bank_redirect: { ideal: { bank_name: 'golive_bank' } } } },
    expected: {
      httpStatus: 400,
      type: 'invalid_request',
      code: 'IR_06',
      message: /^Json deserialize error: unknown variant `golive_bank`, expected one of `american_express`, /,
    },
  },
  {
    name: 'a Klarna billing email that is not an email',
    body: {
      payment_method: 'pay_later',
      payment_method_type: 'klarna',
      payment_method_data: { pay_later: { klarna_redirect: { billing_email: 'not-an-email' } } },
    },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: Invalid email address format' },
  },
  {
    name: 'an ACH debit without its routing number',
    body: {
      payment_method: 'bank_debit',
      payment_method_type: 'ach',
      payment_method_data: { bank_debit: { ach_bank_debit: { account_number: '000123456789' } } },
    },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: missing field `routing_number`' },
  },
  {
    name: 'an ACH debit without its account number',
    body: {
      payment_method: 'bank_debit',
      payment_method_type: 'ach',
      payment_method_data: { bank_debit: { ach_bank_debit: { routing_number: '110000000' } } },
    },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: missing field `account_number`' },
  },
  {
    name: 'a BACS debit without its sort code',
    body: {
      payment_method: 'bank_debit',
      payment_method_type: 'bacs',
      payment_method_data: { bank_debit: { bacs_bank_debit: { account_number: '00012345' } } },
    },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: missing field `sort_code`' },
  },
  {
    name: 'a SEPA debit without its IBAN',
    body: {
      payment_method: 'bank_debit',
      payment_method_type: 'sepa',
      payment_method_data: { bank_debit: { sepa_bank_debit: { bank_account_holder_name: 'Golive Tester' } } },
    },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: missing field `iban`' },
  },
  {
    name: 'a Givex gift card without its CVC',
    body: {
      payment_method: 'gift_card',
      payment_method_type: 'givex',
      payment_method_data: { gift_card: { givex: { number: testGiftCards.withBalance.number } } },
    },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: missing field `cvc`' },
  },
  {
    name: 'a Google Pay token without tokenization_data',
    body: {
      payment_method: 'wallet',
      payment_method_type: 'google_pay',
      payment_method_data: { wallet: { google_pay: { type: 'CARD', description: 'Visa', info: { card_network: 'VISA', card_details: '4242' } } } },
    },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: missing field `tokenization_data`' },
  },
  {
    name: 'an Apple Pay token without transaction_identifier',
    body: {
      payment_method: 'wallet',
      payment_method_type: 'apple_pay',
      payment_method_data: { wallet: { apple_pay: { payment_data: 'e30=', payment_method: { display_name: 'Visa 4242', network: 'Visa', type: 'debit' } } } },
    },
    expected: { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: missing field `transaction_identifier`' },
  },
];

test.describe('request validation', () => {
  for (const { name, body, expected } of badRequests) {
    test(`${name} is refused with ${expected.code}`, conformance('errors.api'), async ({ gateway, deployment }) => {
      const customer_id = `cus_conf_pmt_${test.info().testId.slice(0, 8)}_${Date.now()}`;
      await expectApiError(
        gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', {
          amount: 1000,
          currency: 'EUR',
          confirm: true,
          customer_id,
          return_url: returnUrl,
          ...body,
        }),
        expected,
      );
      expect((await gateway.payments.list({ customer_id, limit: 10 })).data).toEqual([]);
    });
  }

  test('confirm refuses the same way as create', conformance('errors.api'), async ({ gateway }) => {
    const payment = await gateway.payments.create({ amount: 1000, currency: 'EUR', return_url: returnUrl });
    await expectApiError(
      gateway.payments.confirm(payment.payment_id, {
        payment_method: 'bank_debit',
        payment_method_type: 'sepa',
        payment_method_data: { bank_debit: { sepa_bank_debit: {} } },
      }),
      { httpStatus: 400, type: 'invalid_request', code: 'IR_06', message: 'Json deserialize error: missing field `iban`' },
    );
    expect((await gateway.payments.retrieve(payment.payment_id)).status).toBe('requires_payment_method');
  });
});

test.describe("GET /account/payment_methods and routing by the connector accounts' payment_methods_enabled", () => {
  test(
    'lists the enabled non-card methods with their payment experience, banks, debit connectors and required fields',
    conformance('connectors.configured', 'errors.sdk'),
    async ({ gateway, deployment }) => {
      const payment = await gateway.payments.create({ amount: 1000, currency: 'EUR' });
      const list = await gateway.paymentMethods.listForAccount({ clientSecret: payment.client_secret ?? '', publishableKey: deployment.publishableKey });
      const typeOf = (method: string, type: string) =>
        list.payment_methods.find((m) => m.payment_method === method)?.payment_method_types.find((t) => t.payment_method_type === type);
      expect(typeOf('pay_later', 'klarna')?.payment_experience).toEqual([
        { payment_experience_type: 'redirect_to_url', eligible_connectors: [deployment.connector] },
      ]);
      expect(Object.keys(typeOf('pay_later', 'klarna')?.required_fields ?? {})).toContain('payment_method_data.billing.email');
      expect(typeOf('bank_redirect', 'ideal')?.bank_names?.[0]?.bank_name).toContain('ing');
      expect(typeOf('bank_debit', 'sepa')?.bank_debits).toEqual({ eligible_connectors: [deployment.connector] });
      expect(Object.keys(typeOf('bank_debit', 'ach')?.required_fields ?? {})).toEqual([
        'payment_method_data.bank_debit.ach_bank_debit.account_number',
        'payment_method_data.bank_debit.ach_bank_debit.routing_number',
      ]);
      expect(typeOf('gift_card', 'givex')).toBeDefined();
      expect(typeOf('wallet', 'paypal')?.payment_experience?.[0]?.payment_experience_type).toBe('redirect_to_url');
    },
  );

  test(
    'a method no connector account enables is neither listed nor accepted (IR_39)',
    conformance('connectors.configured', 'errors.api'),
    async ({ throwawayMerchant }) => {
      const { client, apiKey } = throwawayMerchant;
      await client.connectorAccounts.create({
        connector_type: 'payment_processor',
        connector_name: 'stripe_test',
        connector_account_details: { auth_type: 'HeaderKey', api_key: 'sk_conformance_pmt' },
        payment_methods_enabled: [
          { payment_method: 'card', payment_method_types: [{ payment_method_type: 'credit' }] },
          { payment_method: 'pay_later', payment_method_types: [{ payment_method_type: 'klarna', payment_experience: 'redirect_to_url' }] },
        ],
      });
      const list = await client.paymentMethods.listForAccount({});
      expect(list.payment_methods.map((m) => m.payment_method).sort()).toEqual(['card', 'pay_later']);
      expect(list.payment_methods.find((m) => m.payment_method === 'pay_later')?.payment_method_types.map((t) => t.payment_method_type)).toEqual(['klarna']);

      const klarna = await client.raw(PaymentsResponse, apiKey, 'POST', '/payments', {
        amount: 1000,
        currency: 'EUR',
        confirm: true,
        return_url: returnUrl,
        ...pick(redirectMethods[0]!),
      });
      expect(klarna.status).toBe('requires_customer_action');
      await expectApiError(
        client.raw(z.unknown(), apiKey, 'POST', '/payments', {
          amount: 1000,
          currency: 'EUR',
          confirm: true,
          return_url: returnUrl,
          ...pick(redirectMethods[3]!),
        }),
        { httpStatus: 400, type: 'invalid_request', code: 'IR_39', message: 'No eligible connector was found for the current payment method configuration' },
      );
    },
  );
});

const pick = (method: MethodCase) => ({
  payment_method: method.payment_method,
  payment_method_type: method.payment_method_type,
  payment_method_data: method.data,
});
