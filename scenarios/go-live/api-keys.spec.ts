import { checklist, readOnly } from '../../helpers/checklist.ts';
import { findKeyInPaths, findKeyInTexts, parseScanPaths } from '../../helpers/secret-exposure.ts';
import { testCards } from '../../helpers/test-cards.ts';
import { expect, test } from '../../fixtures/checkout.ts';

// Secure your api-keys: the secret key never reaches anything the browser can see, and lives in one place.
test.describe('Secure your api-keys', () => {
  test('the secret key appears nowhere the browser sees on the storefront; only the publishable key does', checklist('api-keys.not-exposed'), async ({ page, merchant, checkout, deployment }) => {
    const seen: { location: string; text: string }[] = [];
    page.on('request', (request) => seen.push({ location: `request ${request.method()} ${request.url()}`, text: `${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}` }));
    page.on('response', async (response) => {
      const body = await response.text().catch(() => '');
      seen.push({ location: `response ${response.url()}`, text: `${JSON.stringify(await response.allHeaders().catch(() => ({})))}\n${body}` });
    });
    await merchant.startCheckout(page);
    await checkout.enterCard(testCards.visa);
    const pageState = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      inlineScripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent).join('\n'),
      scriptUrls: [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src),
      localStorage: JSON.stringify({ ...localStorage }),
      sessionStorage: JSON.stringify({ ...sessionStorage }),
    }));
    for (const url of pageState.scriptUrls) {
      const map = await page.request.get(`${url}.map`).catch(() => null);
      if (map?.ok()) seen.push({ location: `source map ${url}.map`, text: await map.text() });
    }
    const cookies = await page.context().cookies();
    seen.push(
      { location: 'DOM', text: pageState.html }, { location: 'inline scripts', text: pageState.inlineScripts },
      { location: 'localStorage', text: pageState.localStorage }, { location: 'sessionStorage', text: pageState.sessionStorage },
      { location: 'cookies', text: JSON.stringify(cookies) },
    );
    await page.waitForLoadState('networkidle');
    const exposures = findKeyInTexts(seen, deployment.apiKey);
    expect(exposures.map((e) => e.location), 'places the browser saw the secret key').toEqual([]);
    expect(findKeyInTexts(seen, deployment.publishableKey).length, 'the publishable key is what the page uses').toBeGreaterThan(0);
  });

  test('the secret key is stored in at most one place among GOLIVE_SCAN_PATHS', readOnly(checklist('api-keys.single-location')), async ({ deployment, storefront }) => {
    const configured = parseScanPaths(process.env.GOLIVE_SCAN_PATHS);
    // Without a list, the sandbox's own storefront deployment is scanned; a real site's files golive cannot see.
    const scanned = configured.length ? configured : storefront.deploymentDir ? [storefront.deploymentDir] : [];
    test.skip(!scanned.length, 'GOLIVE_SCAN_PATHS is not set: list where the key could live (repositories, env files, mobile app bundles)');
    test.info().annotations.push({ type: 'scanned paths', description: scanned.join(', ') });
    const places = await findKeyInPaths(scanned, deployment.apiKey);
    expect(places.length, `the key was found in: ${places.map((p) => p.location).join(', ') || 'nowhere'}`).toBeLessThanOrEqual(1);
  });
});
