import { AxeBuilder } from '@axe-core/playwright';
import { checklist } from '../../helpers/checklist/checklist.ts';
import { parseCssColor } from '../../helpers/merchant-site/css-color.ts';
import { expectedAppearance } from '../../helpers/merchant-site/appearance.ts';
import { expect, test } from '../../fixtures/index.ts';

// Customize and sanity check the payment experience: the pay button stands out and the SDK wears
// the merchant's styling.

const viewports = [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
] as const;
const PAY_BUTTON_MARK = 'data-golive-pay-button';

test.describe('Customize and sanity check the payment experience', () => {
  for (const viewport of viewports) {
    test(
      `the pay button is visible without scrolling, large enough, named and high-contrast at ${viewport.width}x${viewport.height}`,
      checklist('experience.pay-button'),
      async ({ page, merchant, checkout, payingCard }) => {
        await page.setViewportSize(viewport);
        await merchant.startCheckout(page);
        await checkout.enterCard(payingCard);
        const button = merchant.payButton(page);
        await expect(button, 'usable once the form is complete').toBeEnabled();
        await page.evaluate(() => window.scrollTo(0, 0));
        // Measured where the customer sees it, once the page stops moving it: Unified Checkout resizes its
        // frame by message, a moment after the form says it is complete (a field error typed away).
        let previous: string | undefined;
        let unchanged = 0;
        await expect
          .poll(
            async () => {
              const reading = JSON.stringify(await button.boundingBox());
              unchanged = reading === previous ? unchanged + 1 : 0;
              previous = reading;
              return unchanged;
            },
            { message: 'the checkout stops moving the pay button', intervals: [100], timeout: 5_000 },
          )
          .toBeGreaterThanOrEqual(2);
        const box = await button.boundingBox();
        expect(box, 'the button is rendered').not.toBeNull();
        expect(box!.y + box!.height, 'inside the first screen, without scrolling').toBeLessThanOrEqual(viewport.height);
        expect(Math.min(box!.width, box!.height), 'at least 44x44 CSS px').toBeGreaterThanOrEqual(44);
        await expect(button).toHaveAccessibleName(/\S/);
        // axe measures contrast as painted (layers, opacity); it needs a selector, so the adapter's element is marked.
        await button.evaluate((element, mark) => element.setAttribute(mark, ''), PAY_BUTTON_MARK);
        const contrast = await new AxeBuilder({ page }).include(`[${PAY_BUTTON_MARK}]`).withRules(['color-contrast']).analyze();
        const measured = [...contrast.violations, ...contrast.passes, ...contrast.incomplete]
          .flatMap((rule) => rule.nodes)
          .map((node) => node.any[0]?.data as { contrastRatio?: number } | undefined);
        test.info().annotations.push({
          type: 'pay button contrast',
          description: measured.map((d) => (d?.contrastRatio ? `${d.contrastRatio}:1` : 'not measured')).join(', ') || 'not measured',
        });
        expect(
          contrast.violations.flatMap((v) => v.nodes.map((n) => n.failureSummary ?? v.help)),
          'the label stands out against the button (WCAG AA)',
        ).toEqual([]);
        expect(contrast.passes.length, "axe could measure the button's contrast").toBeGreaterThan(0);
        await test.info().attach(`checkout at ${viewport.width}x${viewport.height}`, { body: await page.screenshot(), contentType: 'image/png' });
      },
    );
  }

  test('the checkout has no serious or critical accessibility violation', checklist('experience.pay-button'), async ({ page, merchant, checkout }) => {
    await merchant.startCheckout(page);
    await checkout.waitForForm();
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test(
    'the appearance the merchant configured is what Unified Checkout shows',
    checklist('experience.styling'),
    async ({ page, merchant, checkout, storefront }) => {
      const declared = expectedAppearance(process.env.GOLIVE_EXPECTED_APPEARANCE, storefront.appearance);
      test.skip(!declared.ok, declared.ok ? '' : declared.reason);
      const expected = declared.ok ? declared.variables : {};
      test.info().annotations.push({ type: 'expected appearance', description: JSON.stringify(expected) });
      await merchant.startCheckout(page);
      await checkout.waitForForm();
      const cardNumber = checkout.frame.locator('[data-testid=cardNoInput]');
      await cardNumber.focus();
      const styles = () =>
        cardNumber.evaluate((input) => {
          const s = getComputedStyle(input);
          return { borderRadius: s.borderTopLeftRadius, borderColor: s.borderTopColor };
        });
      if (expected.borderRadius) expect((await styles()).borderRadius, 'borderRadius reaches the inputs').toBe(expected.borderRadius);
      if (expected.colorPrimary) {
        const primary = parseCssColor(expected.colorPrimary);
        // Polled: the focus ring fades in with a CSS transition.
        await expect.poll(async () => parseCssColor((await styles()).borderColor), { message: 'colorPrimary marks the focused input' }).toEqual(primary);
      }
      await test.info().attach('Unified Checkout with the merchant appearance', { body: await page.screenshot(), contentType: 'image/png' });
    },
  );
});
