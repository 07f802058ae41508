import { expect, test } from '@playwright/test';
import { pathSegments, Router } from '../../sandbox/http/router.ts';

// The router every sandbox server shares: what it matches, and what it tells a server when nothing does.

test('a ":name" segment takes one segment and a last "*name" takes the rest', () => {
  const router = new Router<string>().get('/', 'home').get('/orders/:id', 'order').get('/assets/*file', 'asset');
  expect(router.match('GET', '/')).toEqual({ kind: 'found', handler: 'home', params: {} });
  expect(router.match('GET', '/orders/ord_1')).toEqual({ kind: 'found', handler: 'order', params: { id: 'ord_1' } });
  expect(router.match('GET', '/assets/js/app.js')).toEqual({ kind: 'found', handler: 'asset', params: { file: 'js/app.js' } });
  expect(router.match('GET', '/assets')).toEqual({ kind: 'not-found' });
  expect(router.match('GET', '/orders/ord_1/extra')).toEqual({ kind: 'not-found' });
});

test('a known path with another method is told apart from an unknown path, with the methods it has', () => {
  const router = new Router<string>().get('/cart', 'show').post('/cart', 'add');
  expect(router.match('DELETE', '/cart')).toEqual({ kind: 'method-not-allowed', allowed: ['GET', 'POST'] });
  expect(router.match('GET', '/basket')).toEqual({ kind: 'not-found' });
});

test('segments are decoded, and a malformed escape matches no literal instead of throwing', () => {
  expect(pathSegments('/payments/pay%201//confirm/')).toEqual(['payments', 'pay 1', 'confirm']);
  expect(pathSegments('/a/%E0%A4%A')).toEqual(['a', '%E0%A4%A']);
});

test('a pattern that cannot be matched as written is refused when it is registered', () => {
  expect(() => new Router<string>().get('/a/:id', 'x').get('/a/:id', 'y')).toThrow(/registered twice/);
  expect(() => new Router<string>().get('/:id', 'x')).toThrow(/literal segment/);
  expect(() => new Router<string>().get('/a/*rest/b', 'x')).toThrow(/must come last/);
});
