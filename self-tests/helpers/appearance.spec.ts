import { expect, test } from '@playwright/test';
import { expectedAppearance } from '../../helpers/merchant-site/appearance.ts';

// The styling check compares only what a merchant declared; nothing declared is "not run", never a pass.

test('nothing declared, or nothing checkable declared, is not an expectation', () => {
  expect(expectedAppearance(undefined, null)).toMatchObject({ ok: false, reason: expect.stringContaining('GOLIVE_EXPECTED_APPEARANCE is not set') });
  expect(expectedAppearance('{}', null)).toMatchObject({ ok: false, reason: expect.stringContaining('no variable golive can check') });
  expect(expectedAppearance('{"variables":{"fontFamily":"serif"}}', null)).toMatchObject({ ok: false });
});

test("the declaration wins over the sandbox storefront's appearance, and bad input names the field", () => {
  expect(expectedAppearance('{"variables":{"colorPrimary":"#112233"}}', { variables: { colorPrimary: '#000000', borderRadius: '8px' } })).toEqual({
    ok: true,
    variables: { colorPrimary: '#112233' },
  });
  expect(expectedAppearance(undefined, { variables: { colorPrimary: '#0b57d0', borderRadius: '8px' } })).toEqual({
    ok: true,
    variables: { colorPrimary: '#0b57d0', borderRadius: '8px' },
  });
  expect(() => expectedAppearance('{"variables":{"borderRadius":"round"}}', null)).toThrow(/borderRadius[\s\S]*px|px[\s\S]*borderRadius/);
  expect(() => expectedAppearance('not json', null)).toThrow(/GOLIVE_EXPECTED_APPEARANCE: expected JSON/);
});
