import { expect, test } from '@playwright/test';
import { parseCssColor } from '../../helpers/merchant-site/css-color.ts';

test('hex as merchants declare it and rgb() as Chromium computes it are the same colour', () => {
  expect(parseCssColor('#0b57d0')).toEqual(parseCssColor('rgb(11, 87, 208)'));
  expect(parseCssColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
});

test('parses the alpha of rgba() and of 8-digit hex', () => {
  expect(parseCssColor('rgba(0, 0, 0, 0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
  expect(parseCssColor('#00000080').a).toBeCloseTo(0.5, 2);
});

test('names what it expected when a colour cannot be read', () => {
  expect(() => parseCssColor('hsl(0 0% 0%)')).toThrow(/colour: expected rgb\(\), rgba\(\) or #hex/);
});
