import { expect, test } from '@playwright/test';
import { environmentFindingsInText } from '../helpers/merchant-site/build-environment-scan.ts';
import { loaderOrigin, publicHttpsFindings } from '../helpers/merchant-site/environment-parity.ts';

const live = { stagingHosts: ['staging.shop.example', 'sandbox.owngateway.example'], localStandIn: false };

test('a public https URL is fine; http, tunnels, private and local hosts and the staging host are each named', () => {
  expect(publicHttpsFindings('webhook_url', 'https://shop.example/hooks', live)).toEqual([]);
  const problems = (url: string) => publicHttpsFindings('webhook_url', url, live).map((f) => f.problem);
  expect(problems('http://shop.example/hooks')).toEqual(['uses http, not https']);
  expect(problems('https://abc123.ngrok-free.app/hooks')).toEqual(['points at a tunnel (ngrok-free.app)']);
  expect(problems('https://10.0.3.4/hooks')).toEqual(['points at a private address (10.0.3.4)']);
  expect(problems('https://shop.internal/hooks')).toEqual(['points at a host only a private network resolves (shop.internal)']);
  expect(problems('https://api.staging.shop.example/hooks')).toEqual(['points at the staging host staging.shop.example']);
  expect(problems('http://127.0.0.1:4000/hooks')[0]).toMatch(/points at this machine/);
  expect(problems('not a url')[0]).toMatch(/is not a URL/);
  expect(publicHttpsFindings('webhook_url', 'http://127.0.0.1:4000/hooks', { ...live, localStandIn: true })).toEqual([]);
});

test("HyperLoader.js from OwnGateway's origins passes; a copy on the shop's own host is named as one", () => {
  const owngateway = ['https://api.owngateway.example', 'https://checkout.owngateway.example'];
  expect(loaderOrigin('https://checkout.owngateway.example/v1/HyperLoader.js', 'https://shop.example', owngateway)).toBe('owngateway');
  expect(loaderOrigin('https://shop.example/vendor/HyperLoader.js', 'https://shop.example', owngateway)).toBe('merchant-copy');
  expect(loaderOrigin('https://cdn.elsewhere.example/HyperLoader.js', 'https://shop.example', owngateway)).toBe('unknown');
});

test("a build naming another environment's OwnGateway, a staging host or another environment's key is found, naming the file; the target's own URLs and keys are not", () => {
  const rules = {
    keyEnvironment: 'prd',
    allowedOrigins: ['https://api.owngateway.example', 'https://checkout.owngateway.example'],
    owngatewayHost: 'api.owngateway.example',
    stagingHosts: ['staging.shop.example'],
  };
  const text = [
    'OWNGATEWAY_BASE_URL=https://api.owngateway.example',
    'sdk: "https://checkout.owngateway.example/v1/HyperLoader.js"',
    'publishable: "pk_prd_0123456789abcdef0123"',
    'fallback: "https://sandbox.owngateway.example"',
    'key: "pk_snd_0123456789abcdef0123"',
    'api: "https://api.staging.shop.example/x"',
    'docs: "https://example.org/"',
  ].join('\n');
  expect(environmentFindingsInText('dist/app.js', text, rules).map((f) => `${f.file}: ${f.found} ${f.problem}`)).toEqual([
    "dist/app.js: pk_snd_… is a publishable key of the snd environment; the target's keys are prd",
    "dist/app.js: https://sandbox.owngateway.example is on OwnGateway's domain (owngateway.example) but is not the target's OwnGateway (https://api.owngateway.example, https://checkout.owngateway.example): another environment",
    'dist/app.js: https://api.staging.shop.example is the staging host staging.shop.example',
  ]);
  const local = { ...rules, keyEnvironment: 'snd', allowedOrigins: ['http://127.0.0.1:4000'], owngatewayHost: '127.0.0.1' };
  expect(environmentFindingsInText('.env', 'OWNGATEWAY_BASE_URL=http://127.0.0.1:4000\nDEV=http://localhost:8080', local).map((f) => f.found)).toEqual([
    'http://localhost:8080',
  ]);
});
