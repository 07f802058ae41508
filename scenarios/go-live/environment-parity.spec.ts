import { checklist, readOnly } from '../../helpers/checklist/checklist.ts';
import { isLoopbackUrl } from '../../helpers/configuration/loopback.ts';
import { scanBuildForEnvironment } from '../../helpers/merchant-site/build-environment-scan.ts';
import { HYPER_LOADER_PATH, loaderOrigin, publicHttpsFindings } from '../../helpers/merchant-site/environment-parity.ts';
import { parseScanPaths } from '../../helpers/secrets/secret-exposure.ts';
import { environmentSettings, expect, test } from '../../fixtures/index.ts';

// Configuration drift: the production site or account still pointing at another environment. Each
// finding names the setting or the request it was seen in.

/** A key's environment prefix only (pk_snd_…): the report never holds a key. */
const keyPrefix = (key: string) => `${key.split('_').slice(0, 2).join('_')}_…`;

/** The sandbox and a staging-shaped rehearsal run every part on this machine: loopback there is the stand-in, not drift. */
const urlRules = (gatewayUrl: string) => ({ stagingHosts: environmentSettings().GOLIVE_STAGING_HOSTS, localStandIn: isLoopbackUrl(gatewayUrl) });

test.describe('After go-live: environment parity', () => {
  test(
    "the checkout page loads HyperLoader.js from OwnGateway, not a copy on the shop's host, and Unified Checkout calls the target's OwnGateway with the target's publishable key",
    checklist('after-go-live.environment-parity'),
    async ({ page, merchant, storefront, deployment, gateway }) => {
      const loaders: string[] = [];
      const sdkCalls: { origin: string; key: string }[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (HYPER_LOADER_PATH.test(url.pathname)) loaders.push(`${url.origin}${url.pathname}`);
        const key = request.headers()['api-key'];
        if (key?.startsWith('pk_')) sdkCalls.push({ origin: url.origin, key });
      });
      const placed = await merchant.startCheckout(page);
      // The return URL the shop gives its payments is where OwnGateway sends every customer back: https, public, not staging.
      const returnUrl = (await gateway.payments.retrieve(await placed.paymentId())).return_url;
      if (returnUrl) {
        test.info().annotations.push({
          type: 'observed',
          description: `the payment's return_url, set by the shop: ${new URL(returnUrl).origin}${new URL(returnUrl).pathname}`,
        });
        expect(
          publicHttpsFindings('the return_url the shop sets on its payments', returnUrl, urlRules(deployment.gatewayUrl)).map(
            (f) => `${f.setting} ${f.problem}`,
          ),
          "the shop's return URL is a production one",
        ).toEqual([]);
      }
      await expect.poll(() => loaders.length, { message: 'the checkout page loads HyperLoader.js' }).toBeGreaterThan(0);
      const owngateway = [...new Set([new URL(deployment.gatewayUrl).origin, ...(storefront.sdkUrl ? [new URL(storefront.sdkUrl).origin] : [])])];
      const shopOrigin = new URL(storefront.url!).origin;
      for (const loader of new Set(loaders)) {
        const verdict = loaderOrigin(loader, shopOrigin, owngateway);
        test.info().annotations.push({ type: 'observed', description: `HyperLoader.js from ${loader}` });
        expect(
          verdict,
          `HyperLoader.js is loaded from ${loader}, ${verdict === 'merchant-copy' ? "a copy on the shop's own host" : "not an origin of OwnGateway's"}; load it from OwnGateway (${owngateway.join(', ')}) so the SDK stays current and its frames match`,
        ).not.toBe('merchant-copy');
        if (verdict === 'unknown')
          test.skip(
            !storefront.sdkUrl,
            `HyperLoader.js comes from ${new URL(loader).origin}, which is not OwnGateway's API origin: set OWNGATEWAY_SDK_URL to the URL OwnGateway serves it from to judge it; not run`,
          );
        expect(verdict, `HyperLoader.js is loaded from ${loader}, not from OwnGateway (${owngateway.join(', ')})`).toBe('owngateway');
      }
      await expect.poll(() => sdkCalls.length, { message: 'Unified Checkout calls OwnGateway with a publishable key' }).toBeGreaterThan(0);
      const apiOrigin = new URL(deployment.gatewayUrl).origin;
      for (const call of sdkCalls) {
        expect(call.origin, `Unified Checkout calls ${call.origin}, not the target's OwnGateway ${apiOrigin} (a base URL from another environment)`).toBe(
          apiOrigin,
        );
        expect(
          call.key === deployment.publishableKey,
          `the page hands Unified Checkout a publishable key (${keyPrefix(call.key)}) that is not the target's (${keyPrefix(deployment.publishableKey)})`,
        ).toBe(true);
      }
    },
  );

  test(
    "the merchant account's webhook and return URLs are https, on a public host, not the staging one",
    readOnly(checklist('after-go-live.environment-parity')),
    async ({ gateway, deployment }) => {
      test.skip(!deployment.adminApiKey, 'reading the merchant account needs OWNGATEWAY_ADMIN_API_KEY; not run');
      const account = await gateway.admin.retrieveMerchant(deployment.merchantId);
      const settings = { 'webhook_details.webhook_url': account.webhook_details?.webhook_url, return_url: account.return_url };
      const present = Object.entries(settings).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
      test.skip(present.length === 0, 'the merchant account has neither a webhook URL nor a return URL to judge; not run');
      const rules = urlRules(deployment.gatewayUrl);
      for (const [setting, url] of present)
        test.info().annotations.push({ type: 'observed', description: `merchant account ${setting}: ${new URL(url).origin}` });
      const findings = present.flatMap(([setting, url]) => publicHttpsFindings(setting, url, rules));
      expect(
        findings.map((f) => `merchant account ${f.setting} ${f.problem}`),
        "the merchant account's URLs are production ones",
      ).toEqual([]);
    },
  );

  test(
    "the scanned build names only the target's OwnGateway and holds keys of the target's environment only",
    readOnly(checklist('after-go-live.environment-parity')),
    async ({ target, storefront, deployment }) => {
      const configured = parseScanPaths(target.GOLIVE_SCAN_PATHS);
      // Without a list, the sandbox's own storefront deployment is scanned; a real site's files golive cannot see.
      const scanPaths = configured.length ? configured : storefront.deploymentDir ? [storefront.deploymentDir] : [];
      test.skip(!scanPaths.length, "GOLIVE_SCAN_PATHS is not set: list the build output to scan for other environments' OwnGateway URLs and keys; not run");
      const keyEnvironment = /^pk_([a-z]+)_/.exec(deployment.publishableKey)?.[1];
      test.skip(!keyEnvironment, "the target's publishable key has no environment prefix (pk_snd_…, pk_prd_…) to hold the build's keys against; not run");
      const origins = [deployment.gatewayUrl, storefront.sdkUrl, storefront.gatewayProxyUrl].flatMap((url) => (url ? [new URL(url).origin] : []));
      const scan = await scanBuildForEnvironment(scanPaths, {
        keyEnvironment: keyEnvironment!,
        allowedOrigins: [...new Set(origins)],
        owngatewayHost: new URL(deployment.gatewayUrl).hostname,
        stagingHosts: environmentSettings().GOLIVE_STAGING_HOSTS,
      });
      test.skip(scan.files === 0, `nothing readable as text under ${scanPaths.join(', ')}; not run`);
      test.info().annotations.push({
        type: 'observed',
        description: `${scan.files} text file(s) scanned under ${scanPaths.length} path(s)${scan.problems.length ? `; ${scan.problems.join('; ')}` : ''}`,
      });
      expect(scan.problems, 'every scan path exists').toEqual([]);
      expect(
        scan.findings.map((f) => `${f.file}: ${f.found} ${f.problem}`),
        "the build holds no other environment's OwnGateway URL or key",
      ).toEqual([]);
    },
  );
});
