import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

test('the nightly workflow parses and runs certify on every shard, then merges', async () => {
  const workflow = parse(await readFile('.github/workflows/golive-nightly.yml', 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { steps: { run?: string }[]; strategy?: { matrix?: { shard?: number[] } }; needs?: string }>;
  };
  expect(Object.keys(workflow.on)).toContain('schedule');
  const certify = workflow.jobs.certify;
  expect(certify?.strategy?.matrix?.shard?.length).toBeGreaterThan(1);
  expect(certify?.steps.some((step) => step.run?.includes('npm run certify -- --shard='))).toBe(true);
  expect(workflow.jobs.report?.needs).toBe('certify');
  expect(workflow.jobs.report?.steps.some((step) => step.run === 'npm run report:merge')).toBe(true);
});
