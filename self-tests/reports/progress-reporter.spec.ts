import { expect, test } from '@playwright/test';
import type { FullConfig, FullResult, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import ProgressReporter, { checklistLabel } from '../../reporting/progress-reporter.ts';

// certify's console: done / total with the checklist item, a retried test counted once, failures named.

function fakeTest(title: string, tags: string[], outcome: ReturnType<TestCase['outcome']>, retries = 0): TestCase {
  return {
    title,
    tags,
    retries,
    annotations: [],
    outcome: () => outcome,
    titlePath: () => ['', 'go-live', title],
    parent: { project: () => ({ name: 'go-live' }) },
  } as unknown as TestCase;
}
const result = (status: TestResult['status'], retry = 0, message?: string): TestResult =>
  ({ status, retry, duration: 1200, annotations: [], ...(message ? { error: { message } } : {}) }) as unknown as TestResult;

test('each finished test prints done / total and its checklist item; a retried test counts once', () => {
  const lines: string[] = [];
  const log = console.log;
  console.log = (line: string) => lines.push(line);
  try {
    const reporter = new ProgressReporter();
    const flaky = fakeTest('webhook arrives', ['@gateway-check:webhooks.merchant-endpoint'], 'flaky', 1);
    const failing = fakeTest('key hidden', ['@checklist:api-keys.not-exposed'], 'unexpected');
    reporter.onBegin({ workers: 2 } as FullConfig, { allTests: () => [flaky, failing] } as unknown as Suite);
    reporter.onTestEnd(flaky, result('failed', 0, 'Error: \u001b[31mexpect(received)\u001b[39m'));
    reporter.onTestEnd(flaky, result('passed', 1));
    reporter.onTestEnd(failing, result('failed', 0, '\nError: places the browser saw the secret key\nmore'));
    reporter.onEnd({ status: 'failed' } as FullResult);
  } finally {
    console.log = log;
  }
  expect(lines[0]).toBe('golive: 2 tests on 2 worker(s)');
  expect(lines[1]).toMatch(/^ {2}retry {3}go-live › webhook arrives: Error: expect\(received\)$/);
  expect(lines[2]).toMatch(/^1\/2 ✓ \[go-live\] OwnGateway, for Set up Webhooks › A webhook endpoint/);
  expect(lines[3]).toMatch(
    /^2\/2 ✘ \[go-live\] Secure your api-keys › The secret key \(api-key\) is not exposed[^\n]*\n {6}key hidden \(1\.2 s\)\n {6}Error: places the browser saw the secret key$/,
  );
  expect(lines[4]).toMatch(/2\/2 tests ran in \d+ s: 0 passed, 1 failed, 1 flaky, 0 skipped \(failed\)/);
});

test('a test that is no checklist evidence says so', () => {
  expect(checklistLabel(['@read-only'])).toBeNull();
  expect(checklistLabel(['@checklist:errors.api', '@gateway-check:errors.api'])).toBe(
    'Error Handling › The API integration handles all the possible error scenarios',
  );
});
