import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildChecklistReport } from '../../reporting/checklist-report.ts';
import { checklistGateFindings } from '../../reporting/checklist-quality-gate.ts';

// The report's quality gate reads the checklist verdicts golive computed, and fails closed.

test('the gate blocks on a failed or not-run required item, and on a missing checklist report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'golive-gate-'));
  try {
    expect(checklistGateFindings(join(dir, 'absent.json')).blocking).toEqual([expect.stringContaining('no checklist report')]);
    writeFileSync(join(dir, 'garbage.json'), JSON.stringify({ items: 'none' }));
    expect(checklistGateFindings(join(dir, 'garbage.json')).blocking).toEqual([expect.stringContaining('is not a golive checklist report')]);
    const report = buildChecklistReport(
      {
        suites: [
          {
            title: 'all',
            specs: [
              {
                title: 'key hidden',
                file: 'x.spec.ts',
                tags: ['checklist:api-keys.not-exposed'],
                tests: [
                  {
                    projectName: 'go-live',
                    status: 'unexpected',
                    annotations: [],
                    results: [{ retry: 0, status: 'failed', errors: [{ message: 'expect(received).toEqual(expected)' }], annotations: [] }],
                  },
                ],
              },
            ],
          },
        ],
      },
      [],
      'sandbox',
    );
    writeFileSync(join(dir, 'checklist.json'), JSON.stringify(report));
    const { blocking, blockingIds } = checklistGateFindings(join(dir, 'checklist.json'));
    expect(blockingIds).toContain('api-keys.not-exposed');
    expect(blocking.find((line) => line.startsWith('fail: Secure your api-keys'))).toBeDefined();
    // On the sandbox nobody can attest, so a missing attestation alone does not block.
    expect(blockingIds).not.toContain('agreement.signed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
