import { expect, test } from '@playwright/test';
import { connectorProfile, connectorProfileNames } from '../../helpers/connectors/connector-profiles.ts';
import { ApiError } from '../../sandbox/gateway/model/api-error.ts';
import { connectorImplements, constrainedConnectors, refuseUnimplementedMethod } from '../../sandbox/gateway/rules/connector-method-support.ts';
import { MODELLED_TYPES } from '../../sandbox/gateway/rules/payment-method-data.ts';

// The sandbox refuses what Hyperswitch's connector transformers do not build; the profiles say what the
// scenarios expect OwnGateway to refuse. They must agree, or a run on the sandbox proves nothing about a profile.

const refusal = (connector: string, type: (typeof MODELLED_TYPES)[number]) => {
  try {
    refuseUnimplementedMethod(connector, type);
  } catch (error) {
    return error instanceof ApiError ? { status: error.status, code: error.code, type: error.type, message: error.message } : error;
  }
  return null;
};

for (const name of connectorProfileNames) {
  test(`the ${name} profile marks exactly the methods the sandbox refuses on ${name}`, () => {
    const profile = connectorProfile(name);
    expect([...profile.notImplemented].sort()).toEqual(MODELLED_TYPES.filter((type) => !connectorImplements(profile.connector, type)).sort());
  });
}

test('every real connector is constrained, and the dummy connectors take every modelled method', () => {
  expect([...constrainedConnectors].sort()).toEqual(['adyen', 'checkout', 'stripe']);
  for (const dummy of ['stripe_test', 'adyen_test', 'checkout_test']) {
    expect(
      MODELLED_TYPES.filter((type) => !connectorImplements(dummy, type)),
      dummy,
    ).toEqual([]);
  }
});

test('Checkout.com takes only the wallet tokens; Stripe no PayPal, Givex or Sofort; Adyen no giropay or Sofort', () => {
  const implemented = (connector: string) => MODELLED_TYPES.filter((type) => connectorImplements(connector, type));
  expect(implemented('checkout')).toEqual(['google_pay', 'apple_pay']);
  expect(MODELLED_TYPES.filter((type) => !connectorImplements('stripe', type)).sort()).toEqual(['givex', 'paypal', 'sofort']);
  expect(MODELLED_TYPES.filter((type) => !connectorImplements('adyen', type)).sort()).toEqual(['giropay', 'sofort']);
});

test("a refusal is Hyperswitch's IR_00 with the name the transformer spells", () => {
  expect(refusal('stripe', 'givex')).toEqual({
    status: 501,
    code: 'IR_00',
    type: 'invalid_request',
    message: 'Selected payment method through stripe is not implemented',
  });
  expect(refusal('adyen', 'sofort')).toEqual({
    status: 501,
    code: 'IR_00',
    type: 'invalid_request',
    message: 'Selected payment method through Adyen is not implemented',
  });
  expect(refusal('checkout', 'sepa')).toEqual({
    status: 501,
    code: 'IR_00',
    type: 'invalid_request',
    message: 'Selected payment method through checkout is not implemented',
  });
  expect(refusal('stripe', 'sepa')).toBeNull();
  expect(refusal('stripe_test', 'givex')).toBeNull();
});
