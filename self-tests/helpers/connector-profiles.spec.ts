import { expect, test } from '@playwright/test';
import { loadTargetConfig } from '../../helpers/configuration/target.ts';
import { connectorProfile, ProfileCard } from '../../helpers/connectors/connector-profiles.ts';
import { connectorCardFunding, connectorCardOutcome } from '../../helpers/cards/connector-test-cards.ts';
import { luhnValid } from '../../helpers/cards/test-cards.ts';

// A profile is what the scenarios expect of a connector; the simulator's tables are what the sandbox's
// connector does. They must agree, or a run on the sandbox proves nothing about the profile.

const outcome = (connector: string, card: ProfileCard, threeDsRequested: boolean) =>
  connectorCardOutcome(connector, { number: card.number, holderName: card.holderName, threeDsRequested });

for (const name of ['stripe', 'adyen', 'checkout'] as const) {
  test(`the ${name} profile's cards do at ${name}'s test environment what the profile expects`, () => {
    const profile = connectorProfile(name);
    const { cards } = profile;
    expect(profile.connector).toBe(name);
    const all = [cards.success, cards.debit, cards.threeDsChallenge, cards.threeDsFrictionless, ...profile.declines.map((d) => d.card)];
    expect(
      all.filter((card) => !luhnValid(card.number)).map((card) => card.label),
      'numbers failing Luhn',
    ).toEqual([]);
    expect(outcome(name, cards.success, false)).toEqual({ kind: 'success' });
    expect(outcome(name, cards.debit, false)).toEqual({ kind: 'success' });
    expect(connectorCardFunding(name, cards.debit.number)).toBe('debit');
    expect(outcome(name, cards.threeDsChallenge, true)).toEqual({ kind: 'challenge' });
    // Frictionless: asked for 3DS, authorised without a challenge.
    expect(outcome(name, cards.threeDsFrictionless, true).kind).toMatch(/^(frictionless|success)$/);
    for (const decline of profile.declines) {
      expect(outcome(name, decline.card, false), decline.card.label).toMatchObject({ kind: 'decline', code: decline.errorCode });
    }
    expect(connectorCardOutcome(name, { number: '4012888888881881', threeDsRequested: false })).toMatchObject({
      kind: 'decline',
      code: profile.unknownCardErrorCode,
    });
  });
}

test('Adyen declines are chosen by holder name, and at least one is typed by number alone (the card form collects no holder name)', () => {
  const { declines } = connectorProfile('adyen');
  expect(declines.filter((d) => d.card.holderName).length).toBeGreaterThan(1);
  expect(declines.some((d) => !d.card.holderName)).toBe(true);
});

test('a profile card is refused with the field named: an Amex CVC has four digits', () => {
  const parsed = ProfileCard.safeParse({ number: '378282246310005', brand: 'AmericanExpress', label: 'Amex', cvc: '123' });
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues[0]).toMatchObject({ path: ['cvc'], message: 'expected 4 digits for AmericanExpress, got 3' });
});

test('an unknown GOLIVE_CONNECTOR_PROFILE is refused with the names it could be', () => {
  expect(() => connectorProfile('paypal')).toThrow(/GOLIVE_CONNECTOR_PROFILE: expected one of stripe_test, .*adyen, checkout, got "paypal"/);
  expect(() => loadTargetConfig({ GOLIVE_CONNECTOR_PROFILE: 'paypal' })).toThrow(/expected one of stripe_test, .*checkout\n.*at GOLIVE_CONNECTOR_PROFILE/);
  expect(loadTargetConfig({ GOLIVE_CONNECTOR_PROFILE: 'adyen' })).toMatchObject({ GOLIVE_CONNECTOR_PROFILE: 'adyen' });
});
