import { expect, test } from '@playwright/test';
import { failureCategoryOf } from '../../reporting/allure-categories.ts';
import { FAILURE_CATEGORIES } from '../../reporting/failure-kind.ts';

// The report's categories blame whom the detection matrix blames: an assertion in merchant evidence is
// a merchant defect, one in a check of OwnGateway is the gateway's, anything else is the harness's.

const assertion = 'Error: places the browser saw the secret key\n\nexpect(received).toEqual(expected) // deep equality';
const tag = (value: string) => ({ name: 'tag', value });

test("an assertion in merchant evidence is a merchant defect, in a gateway check the gateway's", () => {
  expect(failureCategoryOf({ status: 'failed', labels: [tag('checklist:api-keys.not-exposed')], message: assertion })).toBe('merchant');
  expect(failureCategoryOf({ status: 'failed', labels: [tag('gateway-check:errors.api')], message: assertion })).toBe('gateway');
  // A test that is both counts against the merchant: its merchant assertion is what the item rests on.
  expect(failureCategoryOf({ status: 'failed', labels: [tag('gateway-check:errors.api'), tag('checklist:errors.api')], message: assertion })).toBe('merchant');
});

test('timeouts, crashes and untagged failures are harness errors; passes and skips have no category', () => {
  expect(failureCategoryOf({ status: 'broken', labels: [tag('checklist:errors.sdk')], message: 'Test timeout of 30000ms exceeded.' })).toBe('harness');
  expect(failureCategoryOf({ status: 'broken', labels: [tag('gateway-check:errors.api')], message: 'Error: connect ECONNREFUSED 127.0.0.1:4242' })).toBe(
    'harness',
  );
  expect(failureCategoryOf({ status: 'failed', labels: [], message: assertion })).toBe('harness');
  expect(failureCategoryOf({ status: 'broken', labels: [tag('checklist:errors.sdk')] })).toBe('harness');
  expect(failureCategoryOf({ status: 'passed', labels: [tag('checklist:errors.sdk')] })).toBeNull();
  expect(failureCategoryOf({ status: 'skipped', labels: [tag('checklist:errors.sdk')] })).toBeNull();
  expect(Object.keys(FAILURE_CATEGORIES)).toEqual(['merchant', 'gateway', 'harness']);
});
