import { expect, test } from '@playwright/test';
import { buildChecklistReport, type PlaywrightJsonReport } from '../../reporting/checklist-report.ts';

// The verdict rules OwnGateway signs off on: only merchant evidence carries a merchant item, a
// skipped or supporting-only item is "not run", and OwnGateway's own checks are listed apart.

type Status = 'expected' | 'unexpected' | 'skipped';
function spec(title: string, tags: string[], status: Status, extra: { skip?: string; error?: string; observed?: string } = {}) {
  return {
    title,
    file: 'x.spec.ts',
    tags,
    tests: [
      {
        projectName: 'go-live',
        status,
        annotations: [...(extra.skip ? [{ type: 'skip', description: extra.skip }] : [])],
        results: [
          {
            retry: 0,
            status: status === 'unexpected' ? 'failed' : status === 'skipped' ? 'skipped' : 'passed',
            errors: extra.error ? [{ message: extra.error }] : [],
            annotations: extra.observed ? [{ type: 'observed', description: extra.observed }] : [],
          },
        ],
      },
    ],
  };
}
const run = (...specs: ReturnType<typeof spec>[]): PlaywrightJsonReport => ({ suites: [{ title: 'all', specs }] });
const verdict = (report: PlaywrightJsonReport, id: string) => buildChecklistReport(report, [], 'staging').items.find((item) => item.id === id)!;

test('a passing OwnGateway check never turns a merchant item green', () => {
  const report = run(spec('gateway answers errors', ['gateway-check:errors.api'], 'expected'));
  const item = verdict(report, 'errors.api');
  expect(item.verdict).toBe('not-run');
  expect(item.reason).toMatch(/OwnGateway check\(s\) ran; they never count/);
  expect(buildChecklistReport(report, [], 'staging').gateway).toEqual([expect.objectContaining({ id: 'errors.api', passed: 1, failed: 0 })]);
});

test('a merchant item whose checks were all skipped is not run, with the reasons, and blocks', () => {
  const report = run(spec('scan', ['checklist:api-keys.single-location'], 'skipped', { skip: 'GOLIVE_SCAN_PATHS is not set' }));
  const built = buildChecklistReport(report, [], 'staging');
  expect(built.items.find((i) => i.id === 'api-keys.single-location')).toMatchObject({
    verdict: 'not-run',
    reason: expect.stringContaining('GOLIVE_SCAN_PATHS is not set'),
  });
  expect(built.passed).toBe(false);
});

test('supporting evidence alone does not pass an item, but can fail it', () => {
  expect(verdict(run(spec('secret set', ['checklist:webhooks.connector-secret', 'supporting'], 'expected')), 'webhooks.connector-secret').verdict).toBe(
    'not-run',
  );
  expect(
    verdict(
      run(spec('secret set', ['checklist:webhooks.connector-secret', 'supporting'], 'unexpected', { error: 'Error: expect(received).toBeTruthy()' })),
      'webhooks.connector-secret',
    ).verdict,
  ).toBe('fail');
  expect(
    verdict(
      run(
        spec('secret set', ['checklist:webhooks.connector-secret', 'supporting'], 'expected'),
        spec('signed webhook accepted', ['checklist:webhooks.connector-secret'], 'expected', { observed: 'connector webhooks at https://og.example' }),
      ),
      'webhooks.connector-secret',
    ),
  ).toMatchObject({ verdict: 'pass', observed: ['connector webhooks at https://og.example'] });
});

test('a failed merchant check fails its item, and the failure is classified', () => {
  const item = verdict(
    run(spec('forged webhook', ['checklist:webhooks.merchant-endpoint'], 'unexpected', { error: 'Error: not trusted\n\nexpect(received).toEqual(expected)' })),
    'webhooks.merchant-endpoint',
  );
  expect(item.verdict).toBe('fail');
  expect(item.tests[0]!.failureKind).toBe('assertion');
  const timedOut = verdict(run(spec('slow', ['checklist:errors.sdk'], 'unexpected', { error: 'Test timeout of 30000ms exceeded.' })), 'errors.sdk');
  expect(timedOut.tests[0]!.failureKind).toBe('timeout');
});

test('production-readiness asks only what a read or a scan can prove, and attestations for the rest of the setup', () => {
  const attestations = ['agreement.signed', 'connectors.methods-enabled-at-processor', 'connectors.raw-card-processing'].map((item) => ({
    item,
    who: 'ops@shop.test',
    when: '2026-11-30',
    evidence: 'https://docs.shop.test/aoc',
  })) as Parameters<typeof buildChecklistReport>[1];
  const live = run(
    spec('connectors live', ['checklist:connectors.configured', 'read-only'], 'expected'),
    spec('key in one place', ['checklist:api-keys.single-location', 'read-only'], 'expected'),
    spec('tampered return url', ['checklist:payments.verify-signed-payload'], 'skipped', {
      skip: 'production-readiness: only read-only checks run; this one creates payments',
    }),
  );
  const built = buildChecklistReport(live, attestations, 'production-readiness');
  expect(built.passed).toBe(true);
  expect(built.items.find((i) => i.id === 'payments.verify-signed-payload')).toMatchObject({
    verdict: 'not-run',
    reason: expect.stringMatching(/not part of production-readiness.*staging certification/),
  });
  expect(built.items.find((i) => i.id === 'connectors.raw-card-processing')?.verdict).toBe('attested');
  // The same results on staging leave every payment item unproven: the profile, not the run, is lenient.
  expect(buildChecklistReport(live, attestations, 'staging').passed).toBe(false);
  // A read that fails, or a missing scan, still blocks production-readiness.
  const noScan = run(spec('connectors live', ['checklist:connectors.configured', 'read-only'], 'expected'));
  expect(buildChecklistReport(noScan, attestations, 'production-readiness')).toMatchObject({ passed: false });
  expect(buildChecklistReport(live, attestations.slice(1), 'production-readiness').items.find((i) => i.id === 'agreement.signed')?.verdict).toBe('missing');
});

test('a check marked as expected to fail that failed fails its item: the verdict is what happened, not what was expected', () => {
  const failedAsExpected = spec('release on partial capture', ['checklist:payments.verify-amount-status'], 'expected', {
    error: 'Error: expect(received).toBe(expected)',
  });
  const attempt = failedAsExpected.tests[0]!;
  attempt.annotations.push({ type: 'fail', description: 'a seeded defect is expected to fail this check' });
  attempt.results[0]!.status = 'failed';
  const item = verdict(run(failedAsExpected), 'payments.verify-amount-status');
  expect(item.verdict).toBe('fail');
  expect(item.tests).toEqual([expect.objectContaining({ outcome: 'failed', failureKind: 'assertion', error: 'Error: expect(received).toBe(expected)' })]);
});

test('a check that failed, then passed on its retry, is flaky whatever Playwright expected', () => {
  const retried = spec('refund', ['checklist:errors.lifecycle'], 'expected');
  retried.tests[0]!.results.unshift({ retry: 0, status: 'timedOut', errors: [{ message: 'Test timeout of 30000ms exceeded.' }], annotations: [] });
  expect(verdict(run(retried), 'errors.lifecycle').tests).toEqual([expect.objectContaining({ outcome: 'flaky', retries: 1 })]);
});
