import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { checklist } from '../../helpers/checklist.ts';
import { blendOver, contrastRatio, parseCssColor, type Rgba } from '../../helpers/contrast.ts';
import { testCards } from '../../helpers/test-cards.ts';
import { expect, test } from '../../fixtures/checkout.ts';

// Customize and sanity check the payment experience: the pay button stands out and the SDK wears
// the merchant's styling.

/** The button's text and background colours as painted: translucent layers composited over what is behind. */
async function paintedColours(page: Page, selector: string): Promise<{ text: Rgba; background: Rgba }> {
  const layers = await page.locator(selector).evaluate((element) => {
    const backgrounds: string[] = [];
    for (let node: Element | null = element; node; node = node.parentElement) backgrounds.push(getComputedStyle(node).backgroundColor);
    return { text: getComputedStyle(element).color, backgrounds };
  });
  let background: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of layers.backgrounds.reverse()) background = blendOver(parseCssColor(layer), background);
  return { text: blendOver(parseCssColor(layers.text), background), background };
}

const viewports = [{ width: 375, height: 667 }, { width: 1280, height: 800 }] as const;

test.describe('Customize and sanity check the payment experience', () => {
  for (const viewport of viewports) {
    test(`the pay button is visible without scrolling, large enough, named and high-contrast at ${viewport.width}x${viewport.height}`, checklist('experience.pay-button'), async ({ page, merchant, checkout }) => {
      await page.setViewportSize(viewport);
      await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 1 }]);
      await checkout.waitForForm();
      await checkout.enterCard(testCards.visa);
      const button = merchant.payButton(page);
      await expect(button, 'enabled once the form is complete').toBeEnabled();
      await page.evaluate(() => window.scrollTo(0, 0));
      const box = await button.boundingBox();
      expect(box, 'the button is rendered').not.toBeNull();
      expect(box!.y + box!.height, 'inside the first screen, without scrolling').toBeLessThanOrEqual(viewport.height);
      expect(Math.min(box!.width, box!.height), 'at least 44x44 CSS px').toBeGreaterThanOrEqual(44);
      await expect(button).toHaveAccessibleName(/\S/);
      const colours = await paintedColours(page, '#submit');
      const ratio = contrastRatio(colours.text, colours.background);
      test.info().annotations.push({ type: 'pay button contrast', description: `${ratio.toFixed(2)}:1` });
      expect(ratio, 'contrast of the label against the button').toBeGreaterThanOrEqual(4.5);
      await test.info().attach(`checkout at ${viewport.width}x${viewport.height}`, { body: await page.screenshot(), contentType: 'image/png' });
    });
  }

  test('the checkout has no serious or critical accessibility violation', checklist('experience.pay-button'), async ({ page, merchant, checkout }) => {
    await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 1 }]);
    await checkout.waitForForm();
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('the appearance the merchant configured is what Unified Checkout shows', checklist('experience.styling'), async ({ page, merchant, checkout }) => {
    const expected = JSON.parse(process.env.GOLIVE_EXPECTED_APPEARANCE ?? '{"variables":{"colorPrimary":"#0b57d0","borderRadius":"8px"}}') as { variables: { colorPrimary?: string; borderRadius?: string } };
    await merchant.startCheckout(page, [{ sku: 'mug-001', quantity: 1 }]);
    await checkout.waitForForm();
    const cardNumber = checkout.frame.locator('[data-testid=cardNoInput]');
    await cardNumber.focus();
    const styles = () => cardNumber.evaluate((input) => { const s = getComputedStyle(input); return { borderRadius: s.borderTopLeftRadius, borderColor: s.borderTopColor }; });
    if (expected.variables.borderRadius) expect((await styles()).borderRadius, 'borderRadius reaches the inputs').toBe(expected.variables.borderRadius);
    if (expected.variables.colorPrimary) {
      const primary = parseCssColor(expected.variables.colorPrimary);
      // Polled: the focus ring fades in with a CSS transition.
      await expect.poll(async () => parseCssColor((await styles()).borderColor), { message: 'colorPrimary marks the focused input' }).toEqual(primary);
    }
    await test.info().attach('Unified Checkout with the merchant appearance', { body: await page.screenshot(), contentType: 'image/png' });
  });
});
