import { expect, test } from '@playwright/test';
import { blendOver, contrastRatio, parseCssColor } from '../../helpers/contrast.ts';

test('black on white is the maximum ratio 21:1 and white on white is 1:1', () => {
  expect(contrastRatio(parseCssColor('#000'), parseCssColor('#ffffff'))).toBeCloseTo(21, 5);
  expect(contrastRatio(parseCssColor('rgb(255, 255, 255)'), parseCssColor('#fff'))).toBeCloseTo(1, 5);
});

test('matches the WCAG reference value for #767676 on white (4.54:1, the lightest AA grey)', () => {
  expect(contrastRatio(parseCssColor('#767676'), parseCssColor('#fff'))).toBeCloseTo(4.54, 2);
  expect(contrastRatio(parseCssColor('#777777'), parseCssColor('#fff'))).toBeLessThan(4.5);
});

test('parses the rgba() form Chromium returns and blends it over its backdrop', () => {
  const half = parseCssColor('rgba(0, 0, 0, 0.5)');
  expect(half).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
  expect(blendOver(half, parseCssColor('#ffffff'))).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
});

test('names what it expected when a colour cannot be read', () => {
  expect(() => parseCssColor('hsl(0 0% 0%)')).toThrow(/colour: expected rgb\(\), rgba\(\) or #hex/);
});
