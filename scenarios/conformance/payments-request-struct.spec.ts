import { expect } from '@playwright/test';
import { z } from 'zod';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { conformance } from '../../helpers/checklist/conformance.ts';
import { PaymentsResponse } from '../../helpers/schemas/index.ts';
import { test } from '../../fixtures/index.ts';

// Requests from Hyperswitch's own examples that use fields the OpenAPI views leave out but the structs the
// router deserialises have (PaymentsRequest for create, update and confirm; PaymentsCancelRequest for
// cancel): each is accepted and acts as Hyperswitch documents it.

const acceptance = { acceptance_type: 'online' as const, accepted_at: new Date().toISOString(), online: { ip_address: '127.0.0.1', user_agent: 'golive' } };
const customerId = (name: string) => `cus_struct_${name}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
const WithCancellation = PaymentsResponse.and(z.looseObject({ cancellation_reason: z.string().nullish() }));

test(
  'POST /payments with capture_on is accepted, and the payment is captured as its capture_method says',
  conformance('errors.api'),
  async ({ gateway, deployment, connectorProfile }) => {
    const payment = await gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', '/payments', {
      amount: 1000,
      currency: 'USD',
      confirm: true,
      capture_method: 'automatic',
      capture_on: '2029-09-10T10:11:12Z',
      ...payWithCard(connectorProfile.cards.success),
    });
    expect({ status: payment.status, capture_method: payment.capture_method }).toEqual({
      status: connectorProfile.expect.autoCapture,
      capture_method: 'automatic',
    });
  },
);

test(
  "POST /payments/{id}/confirm with a saved card's payment_token and the top-level card_cvc pays with that card",
  conformance('errors.api', 'errors.lifecycle'),
  async ({ gateway, deployment, connectorProfile }) => {
    const customer_id = customerId('cvc');
    const first = await gateway.payments.create({
      amount: 1000,
      currency: 'USD',
      confirm: true,
      customer_id,
      setup_future_usage: 'on_session',
      customer_acceptance: acceptance,
      ...payWithCard(connectorProfile.cards.success),
    });
    expect(first.status).toBe(connectorProfile.expect.autoCapture);
    const second = await gateway.payments.create({ amount: 2500, currency: 'USD', customer_id });
    const [saved] = (await gateway.customers.paymentMethodsForPayment(second.client_secret ?? '', deployment.publishableKey)).customer_payment_methods;
    expect(saved, 'the first payment saved its card').toBeDefined();
    const paid = await gateway.raw(PaymentsResponse, deployment.apiKey, 'POST', `/payments/${second.payment_id}/confirm`, {
      payment_method: 'card',
      payment_token: saved!.payment_token,
      card_cvc: '123',
    });
    expect({ status: paid.status, last4: paid.payment_method_data?.card?.last4 }).toEqual({
      status: connectorProfile.expect.autoCapture,
      last4: saved!.card?.last4_digits,
    });
  },
);

test(
  'POST /payments/{id}/cancel with cancellation_reason stores the reason and returns it',
  conformance('errors.api', 'errors.lifecycle'),
  async ({ gateway, deployment }) => {
    const payment = await gateway.payments.create({ amount: 1000, currency: 'USD' });
    const cancelled = await gateway.raw(WithCancellation, deployment.apiKey, 'POST', `/payments/${payment.payment_id}/cancel`, {
      cancellation_reason: 'requested_by_customer',
    });
    expect({ status: cancelled.status, reason: cancelled.cancellation_reason }).toEqual({ status: 'cancelled', reason: 'requested_by_customer' });
    const read = await gateway.raw(WithCancellation, deployment.apiKey, 'GET', `/payments/${payment.payment_id}`);
    expect(read.cancellation_reason).toBe('requested_by_customer');
  },
);
