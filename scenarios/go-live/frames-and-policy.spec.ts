import { checklist } from '../../helpers/checklist/checklist.ts';
import { policyFindings, unifiedCheckoutNeeds } from '../../helpers/merchant-site/content-security-policy.ts';
import { HYPER_LOADER_PATH } from '../../helpers/merchant-site/environment-parity.ts';
import { cspViolations, expect, test } from '../../fixtures/index.ts';

// Blocked frames: a Content-Security-Policy written for the shop that blocks one of Unified
// Checkout's origins fails payments in production only, and the customer sees a spinner. The
// checkout page's policies (headers and <meta>) are held against what the SDK loads, and the page's
// own violation reports say which directive blocked what.

/** The part of a payment a blocked SDK resource breaks, by what was blocked. */
function flowOf(directive: string, blocked: string): string {
  if (directive.startsWith('script-src')) return 'loading Unified Checkout';
  if (directive === 'frame-src' || directive === 'child-src') {
    // A cross-origin frame's report names only its origin; the path, where given, tells the two frames apart.
    if (blocked.endsWith('/fullscreenIndex.html')) return 'the 3DS overlay or a wallet sheet';
    return blocked.endsWith('/index.html') ? 'the card form' : "Unified Checkout's frames (the card form, the 3DS overlay)";
  }
  return directive === 'connect-src' ? 'a call to OwnGateway from the page' : 'part of Unified Checkout';
}

test.describe('After go-live: frames and policy', () => {
  test(
    "the checkout page's Content-Security-Policy (header and <meta>) lets Unified Checkout load its script, frames and API calls, and the card form meets no violation",
    checklist('after-go-live.frames-and-policy'),
    async ({ page, merchant, deployment }) => {
      const loaders: string[] = [];
      let documentHeaders: Promise<Record<string, string>> = Promise.resolve({});
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (HYPER_LOADER_PATH.test(url.pathname)) loaders.push(`${url.origin}${url.pathname}`);
      });
      page.on('response', (response) => {
        // The headers of the document now on screen: each navigation replaces the last one's.
        if (response.frame() === page.mainFrame() && response.request().isNavigationRequest()) documentHeaders = response.allHeaders();
      });
      await merchant.startCheckout(page);
      await expect.poll(() => loaders.length, { message: 'the checkout page loads HyperLoader.js' }).toBeGreaterThan(0);
      const cardField = merchant.unifiedCheckout(page).locator('input').first();
      // Whichever comes first, the card form or the page's report of a blocked resource: no timeout stands for a block.
      await expect
        .poll(async () => (await cspViolations(page)).length > 0 || (await cardField.isVisible().catch(() => false)), {
          message: 'the card form appears, or the page reports a Content-Security-Policy violation',
          timeout: 15_000,
        })
        .toBe(true);
      const loader = new URL(loaders[0]!);
      const owngateway = [loader.origin, new URL(deployment.gatewayUrl).origin];
      const violations = (await cspViolations(page)).filter((v) => owngateway.some((origin) => v.blocked.startsWith(origin)));
      expect
        .soft(
          violations.map((v) => `${v.directive} blocked ${v.blocked}: ${flowOf(v.directive, v.blocked)} cannot work`),
          'the page reports no Content-Security-Policy violation against Unified Checkout',
        )
        .toEqual([]);
      // Several header lines arrive joined by commas, and one line may carry several policies the same way.
      const headerPolicies = ((await documentHeaders)['content-security-policy'] ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      const metas = await page
        .locator('meta[http-equiv="Content-Security-Policy" i]')
        .evaluateAll((elements) => elements.map((e) => e.getAttribute('content') ?? ''));
      const policies = [
        ...headerPolicies.map((text) => ({ source: 'the Content-Security-Policy header', text })),
        ...metas.map((text) => ({ source: 'a <meta http-equiv="Content-Security-Policy">', text })),
      ];
      test.info().annotations.push({
        type: 'observed',
        description: policies.length
          ? `${policies.length} polic${policies.length === 1 ? 'y' : 'ies'} on the checkout page: ${policies.map((p) => `${p.source}: ${p.text}`).join(' | ')}`
          : 'the checkout page carries no Content-Security-Policy (nothing to block Unified Checkout)',
      });
      const findings = policyFindings(policies, unifiedCheckoutNeeds(loader.href, new URL(deployment.gatewayUrl).origin), new URL(page.url()));
      expect(
        findings.map((f) => `${f.policy}: ${f.directive} does not allow ${f.url}, which ${f.flow} needs`),
        "the checkout page's policies allow everything Unified Checkout loads from OwnGateway",
      ).toEqual([]);
    },
  );
});
