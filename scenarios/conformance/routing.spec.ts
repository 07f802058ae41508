import { z } from 'zod';
import { conformance } from '../../helpers/checklist/conformance.ts';
import { expect, expectApiError, test } from '../../fixtures/index.ts';

// How the router answers before any handler runs (crates/router/src/core/errors/error_handlers.rs).

const UNRECOGNIZED_URL = { httpStatus: 404, type: 'invalid_request', code: 'IR_02', message: 'Unrecognized request URL' };
const METHOD_NOT_ALLOWED = { httpStatus: 405, type: 'invalid_request', code: 'IR_03', message: 'The HTTP method is not applicable for this API' };

test('an unknown path answers 404 IR_02 "Unrecognized request URL"', conformance('errors.api'), async ({ gateway, deployment }) => {
  await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'GET', '/no_such_resource'), UNRECOGNIZED_URL);
  await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'POST', '/payments/pay_x/no_such_action', {}), UNRECOGNIZED_URL);
  await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'GET', '/payments/pay_x/confirm/extra'), UNRECOGNIZED_URL);
});

test('an unknown path answers 404 even without an API key: routing comes before authentication', conformance('errors.api'), async ({ gateway }) => {
  await expectApiError(gateway.raw(z.unknown(), '', 'GET', '/no_such_resource'), UNRECOGNIZED_URL);
});

test('a known path with the wrong method answers 405 IR_03', conformance('errors.api'), async ({ gateway, deployment }) => {
  await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'DELETE', '/payments'), METHOD_NOT_ALLOWED);
  await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'GET', '/payments/pay_x/confirm'), METHOD_NOT_ALLOWED);
  await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'GET', '/payments/pay_x/capture'), METHOD_NOT_ALLOWED);
  await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'GET', '/refunds'), METHOD_NOT_ALLOWED);
  await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'DELETE', '/refunds/list'), METHOD_NOT_ALLOWED);
  await expectApiError(gateway.raw(z.unknown(), deployment.apiKey, 'GET', '/payments/session_tokens'), METHOD_NOT_ALLOWED);
});

test('literal paths are never read as ids: /payments/list and /refunds/list are the list endpoints', conformance('errors.api'), async ({ gateway }) => {
  // A "list" id would answer 404 HE_02 "Payment does not exist"; the list endpoint answers 200.
  expect(Array.isArray((await gateway.payments.list({ limit: 1 })).data), 'GET /payments/list answers a list').toBe(true);
  expect(Array.isArray((await gateway.refunds.list({ limit: 1 })).data), 'POST /refunds/list answers a list').toBe(true);
});
