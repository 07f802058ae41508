import { resolve } from 'node:path';
import { checklist, readOnly } from '../../helpers/checklist/checklist.ts';
import {
  describeKeyScan,
  findKeyInTexts,
  isExternalKeyLocation,
  judgeKeyLocation,
  parseScanPaths,
  scanPathsForKey,
  sourceMapUrl,
} from '../../helpers/secrets/secret-exposure.ts';
import { loadAttestations } from '../../helpers/checklist/attestations.ts';
import { expect, test } from '../../fixtures/index.ts';

// Secure your api-keys: the secret key never reaches anything the browser can see, and lives in one place.
test.describe('Secure your api-keys', () => {
  test(
    'the secret key appears nowhere the browser sees on the storefront; only the publishable key does',
    checklist('api-keys.not-exposed'),
    async ({ page, merchant, checkout, deployment, payingCard }) => {
      const seen: { location: string; text: string }[] = [];
      // Response bodies arrive asynchronously; every read is awaited before anything is asserted.
      const reading: Promise<void>[] = [];
      page.on('request', (request) =>
        seen.push({
          location: `request ${request.method()} ${request.url()}`,
          text: `${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`,
        }),
      );
      page.on('response', (response) => {
        reading.push(
          (async () => {
            const body = await response.text().catch(() => '');
            seen.push({ location: `response ${response.url()}`, text: `${JSON.stringify(await response.allHeaders().catch(() => ({})))}\n${body}` });
          })(),
        );
      });
      await merchant.startCheckout(page);
      await checkout.enterCard(payingCard);
      const pageState = await page.evaluate(() => ({
        html: document.documentElement.outerHTML,
        inlineScripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent).join('\n'),
        scriptUrls: [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src),
        localStorage: JSON.stringify({ ...localStorage }),
        sessionStorage: JSON.stringify({ ...sessionStorage }),
      }));
      for (const url of pageState.scriptUrls) {
        const script = await page.request.get(url).catch(() => null);
        const mapUrl = script?.ok() ? sourceMapUrl(url, await script.text(), script.headers()) : `${url}.map`;
        const map = mapUrl ? await page.request.get(mapUrl).catch(() => null) : null;
        if (map?.ok()) seen.push({ location: `source map ${mapUrl}`, text: await map.text() });
      }
      const cookies = await page.context().cookies();
      seen.push(
        { location: 'DOM', text: pageState.html },
        { location: 'inline scripts', text: pageState.inlineScripts },
        { location: 'localStorage', text: pageState.localStorage },
        { location: 'sessionStorage', text: pageState.sessionStorage },
        { location: 'cookies', text: JSON.stringify(cookies) },
      );
      // Late requests are caught while the network settles; a page that never goes quiet (a poll, a
      // beacon, a connection held open) is scanned for what it sent and received by then, and says so.
      const quiet = await page.waitForLoadState('networkidle', { timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (!quiet)
        test.info().annotations.push({
          type: 'network never quiet',
          description: 'the checkout kept the network busy for 10 s; everything it exchanged until then was scanned',
        });
      await Promise.all(reading);
      const exposures = findKeyInTexts(seen, deployment.apiKey);
      expect(
        exposures.map((e) => e.location),
        'places the browser saw the secret key',
      ).toEqual([]);
      expect(findKeyInTexts(seen, deployment.publishableKey).length, 'the publishable key is what the page uses').toBeGreaterThan(0);
    },
  );

  test(
    'the secret key is stored in the one place the merchant declares, and nowhere else it could be',
    readOnly(checklist('api-keys.single-location')),
    async ({ deployment, storefront, target }) => {
      // The merchant's declaration; in the sandbox, the reference storefront's own (its deployment's .env).
      const declared = target.GOLIVE_SECRET_KEY_LOCATION ?? storefront.secretKeyLocation;
      const configured = parseScanPaths(target.GOLIVE_SCAN_PATHS);
      // Without a list, the sandbox's own storefront deployment is scanned; a real site's files golive cannot see.
      const scanPaths = configured.length ? configured : storefront.deploymentDir ? [storefront.deploymentDir] : [];
      test.skip(!declared, 'GOLIVE_SECRET_KEY_LOCATION is not set: declare the one file that holds the secret key (e.g. deploy/.env)');
      test.skip(
        !scanPaths.length,
        'GOLIVE_SCAN_PATHS is not set: list where the key could also be (repositories, build output, env files, mobile app bundles)',
      );
      const scan = await scanPathsForKey(isExternalKeyLocation(declared!) ? scanPaths : [...scanPaths, declared!], deployment.apiKey);
      const declaredPlace = isExternalKeyLocation(declared!) ? declared! : resolve(declared!);
      test.info().annotations.push({ type: 'observed', description: `${describeKeyScan(scan, scanPaths)}; declared key location ${declaredPlace}` });
      await test.info().attach('secret key scan', {
        contentType: 'application/json',
        body: JSON.stringify(
          {
            declared: declaredPlace,
            scanPaths: scanPaths.map((p) => resolve(p)),
            files: scan.files,
            bytes: scan.bytes,
            archives: scan.archives,
            archiveEntries: scan.archiveEntries,
            keyFoundIn: scan.occurrences,
            problems: scan.problems,
          },
          null,
          2,
        ),
      });
      // A key kept in a secret manager or the platform's database is attested, and still proven absent from the files.
      const attested = loadAttestations().find((a) => a.item === 'api-keys.single-location' && a.evidence.includes(declared!));
      const verdict = judgeKeyLocation(scan, declared!, attested);
      test.skip(verdict.verdict === 'not run', verdict.verdict === 'not run' ? verdict.reason : '');
      // The failure's first line says where the key was found (or not), for the report and the detection matrix.
      expect(verdict.verdict, verdict.verdict === 'fail' ? verdict.message : 'the secret key is at its declared place and nowhere else').toBe('pass');
    },
  );
});
