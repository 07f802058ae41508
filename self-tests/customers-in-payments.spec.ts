import { expect, test } from '../fixtures/internal/world.ts';

// Self-test against the embedded sandbox: the payments the scenarios make carry the test's faker
// customer, which the gateway keeps (customer_id) and shows (the card holder's name).

test("a payment made through the gateway fixture names the test's customer", async ({ paidPayment, customers, gateway }) => {
  const customer = customers.for('EUR');
  const payment = await paidPayment({ amount: 1999, currency: 'EUR' });
  const stored = await gateway.payments.retrieve(payment.payment_id);
  expect(stored.customer_id).toBe(customer.id);
  expect(stored.payment_method_data?.card?.card_holder_name).toBe(`${customer.firstName} ${customer.lastName}`);
  expect(customer.billing.country).toBe('DE');
});
