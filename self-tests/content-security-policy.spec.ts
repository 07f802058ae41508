import { expect, test } from '@playwright/test';
import { parsePolicy, policyAllows, policyFindings, sourceAllows, unifiedCheckoutNeeds } from '../helpers/merchant-site/content-security-policy.ts';

const page = new URL('https://shop.example/checkout/ord_1');
const allows = (source: string, url: string) => sourceAllows(source, new URL(url), page);

test('source expressions match as browsers match them: self, schemes, hosts with wildcards, ports and paths', () => {
  expect(allows("'self'", 'https://shop.example/app.js')).toBe(true);
  expect(allows("'self'", 'https://cdn.shop.example/app.js')).toBe(false);
  expect(allows('https:', 'https://checkout.owngateway.example/v1/HyperLoader.js')).toBe(true);
  expect(allows('*.owngateway.example', 'https://checkout.owngateway.example/x')).toBe(true);
  expect(allows('*.owngateway.example', 'https://owngateway.example/x')).toBe(false);
  expect(allows('https://checkout.owngateway.example', 'https://checkout.owngateway.example/index.html')).toBe(true);
  expect(allows('checkout.owngateway.example:8443', 'https://checkout.owngateway.example/index.html')).toBe(false);
  expect(allows('https://checkout.owngateway.example/v1/', 'https://checkout.owngateway.example/v1/index.html')).toBe(true);
  expect(allows('https://checkout.owngateway.example/v1/index.html', 'https://checkout.owngateway.example/v1/fullscreenIndex.html')).toBe(false);
  expect(allows("'none'", 'https://shop.example/')).toBe(false);
  expect(allows("'nonce-abc'", 'https://shop.example/')).toBe(false);
});

test('a directive falls back to child-src and default-src; with none of them nothing is restricted', () => {
  const frame = new URL('https://checkout.owngateway.example/index.html');
  expect(policyAllows(parsePolicy("default-src 'self'"), 'frame-src', frame, page)).toEqual({ allowed: false, directive: 'default-src' });
  expect(policyAllows(parsePolicy("default-src 'self'; child-src https://checkout.owngateway.example"), 'frame-src', frame, page)).toEqual({
    allowed: true,
    directive: 'child-src',
  });
  expect(policyAllows(parsePolicy("script-src 'self'"), 'frame-src', frame, page)).toEqual({ allowed: true, directive: null });
});

test("a policy that allows OwnGateway's origins passes; one missing the frames names the directive and each flow it breaks, per policy", () => {
  const needs = unifiedCheckoutNeeds('https://checkout.owngateway.example/HyperLoader.js', 'https://api.owngateway.example');
  const good =
    "script-src 'self' https://checkout.owngateway.example; frame-src https://checkout.owngateway.example; connect-src 'self' https://api.owngateway.example";
  expect(policyFindings([{ source: 'header', text: good }], needs, page)).toEqual([]);
  const framesBlocked = "script-src 'self' https://checkout.owngateway.example; frame-src 'self'";
  expect(
    policyFindings(
      [
        { source: 'header', text: good },
        { source: '<meta>', text: framesBlocked },
      ],
      needs,
      page,
    ).map((f) => `${f.policy} ${f.directive}: ${f.flow}`),
  ).toEqual(['<meta> frame-src: the card form (the payment element frame)', '<meta> frame-src: the 3DS overlay and wallet sheets (the fullscreen frame)']);
});
