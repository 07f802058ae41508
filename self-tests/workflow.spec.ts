import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

test('the nightly workflow parses and runs certify on every shard, then merges', async () => {
  const workflow = parse(await readFile('.github/workflows/golive-nightly.yml', 'utf8')) as {
    on: Record<string, unknown>;
    env: Record<string, string>;
    jobs: Record<string, { steps: { run?: string; name?: string }[]; strategy?: { matrix?: { shard?: number[] } }; needs?: string }>;
  };
  expect(Object.keys(workflow.on)).toContain('schedule');
  const certify = workflow.jobs.certify;
  expect(certify?.strategy?.matrix?.shard?.length).toBeGreaterThan(1);
  expect(certify?.steps.some((step) => step.run?.includes('npm run certify -- --shard='))).toBe(true);
  expect(workflow.jobs.report?.needs).toBe('certify');
  expect(workflow.jobs.report?.steps.some((step) => step.run === 'npm run report:merge')).toBe(true);
});

test('the nightly takes the site and its adapter as inputs and stops at once when either is missing', async () => {
  const workflow = parse(await readFile('.github/workflows/golive-nightly.yml', 'utf8')) as {
    on: { workflow_dispatch: { inputs: Record<string, unknown> } };
    env: Record<string, string>;
    jobs: { certify: { steps: { run?: string }[] } };
  };
  expect(Object.keys(workflow.on.workflow_dispatch.inputs)).toEqual(expect.arrayContaining(['storefront_url', 'merchant_adapter']));
  expect(workflow.env.GOLIVE_STOREFRONT_URL).toContain('inputs.storefront_url');
  expect(workflow.env.GOLIVE_MERCHANT_ADAPTER).toContain('inputs.merchant_adapter');
  const check = workflow.jobs.certify.steps[0]?.run ?? '';
  // The first step is the check itself, run as the shell would: nothing set fails, both set passes.
  const run = (env: Record<string, string>) => spawnSync('bash', ['-c', check], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  const none = run({});
  expect(none.status).toBe(1);
  expect(none.stdout).toMatch(/::error.*GOLIVE_STOREFRONT_URL.*GOLIVE_MERCHANT_ADAPTER/);
  expect(run({ GOLIVE_STOREFRONT_URL: 'https://shop.test', GOLIVE_MERCHANT_ADAPTER: 'golive.adapter.json' }).status).toBe(0);
});
