import { expect, test } from '@playwright/test';
import { ApiError } from '../../sandbox/gateway/model/api-error.ts';
import { resolveRoute } from '../../sandbox/gateway/http/resolve-route.ts';
import { pathSegments, Router } from '../../sandbox/http/router.ts';

// The gateway's router answers as actix-web does for Hyperswitch: the first resource whose path
// matches owns the request; the wrong method there is 405 IR_03, no matching path 404 IR_02.

const router = new Router<string>()
  .on('GET', '/payments/list', 'list')
  .on('POST', '/payments/list', 'list-by-filter')
  .on('GET', '/payments/:payment_id', 'retrieve')
  .on('POST', '/payments/:payment_id', 'update')
  .on('POST', '/payments/:payment_id/confirm', 'confirm');

const resolve = (method: string, path: string) => resolveRoute(router, method, pathSegments(path));
const errorOf = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return error instanceof ApiError ? { status: error.status, code: error.code, message: error.message } : error;
  }
  return null;
};

test('a literal segment registered first wins over a parameter: "list" is never a payment id', () => {
  expect(resolve('GET', '/payments/list').handler).toBe('list');
  expect(resolve('POST', '/payments/list').handler).toBe('list-by-filter');
  expect(resolve('GET', '/payments/pay_1')).toEqual({ handler: 'retrieve', params: { payment_id: 'pay_1' } });
});

test('the wrong method on a known path is 405 IR_03, even where a later resource would match', () => {
  expect(errorOf(() => resolve('DELETE', '/payments/list'))).toEqual({ status: 405, code: 'IR_03', message: 'The HTTP method is not applicable for this API' });
  expect(errorOf(() => resolve('GET', '/payments/pay_1/confirm'))).toEqual({
    status: 405,
    code: 'IR_03',
    message: 'The HTTP method is not applicable for this API',
  });
});

test('an unknown path is 404 IR_02', () => {
  for (const path of ['/', '/refunds', '/payments/pay_1/confirm/extra', '/payments/pay_1/unknown']) {
    expect(
      errorOf(() => resolve('GET', path)),
      path,
    ).toEqual({ status: 404, code: 'IR_02', message: 'Unrecognized request URL' });
  }
});
