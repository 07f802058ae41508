import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { CHECKLIST_TAG_PREFIX } from '../helpers/checklist/checklist.ts';
import { DETECTION_MATRIX_PLAN_VARIABLE, type DetectionMatrixPlan } from '../scripts/detection-matrix-plan.ts';
import { cli } from '../scripts/node-bin.ts';

// The detection matrix's one Playwright run is only as good as its projects: the correct integration
// must run every go-live check, and a defect's project only the checks of the items it must fail
// (else a defect could be "caught" by a check of another item, or its run would cost the whole suite).

interface Listed {
  specs?: { title: string; tags: string[]; tests: { projectName: string }[] }[];
  suites?: Listed[];
}
const Listed: z.ZodType<Listed> = z.lazy(() =>
  z.object({
    specs: z.array(z.object({ title: z.string(), tags: z.array(z.string()), tests: z.array(z.object({ projectName: z.string() })) })).optional(),
    suites: z.array(Listed).optional(),
  }),
);
const ListedReport = z.object({ suites: z.array(Listed) });

/** Tags of every listed test, per project. */
function listTags(configArgs: string[], env: Record<string, string>): Map<string, string[][]> {
  const [command, args] = cli('playwright', ['test', '--list', '--reporter=json', ...configArgs]);
  const run = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, GOLIVE_CONTAINERS: 'off', PLAYWRIGHT_JSON_OUTPUT_NAME: '', ...env } });
  expect(run.status, run.stderr).toBe(0);
  const byProject = new Map<string, string[][]>();
  const walk = (suite: Listed) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests) byProject.set(t.projectName, [...(byProject.get(t.projectName) ?? []), spec.tags]);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of ListedReport.parse(JSON.parse(run.stdout)).suites) walk(suite);
  return byProject;
}

test('the matrix runs every go-live check for the correct integration and only its items checks for a defect', () => {
  test.setTimeout(60_000);
  const plan: DetectionMatrixPlan = {
    storefront: 'reference',
    projects: [
      { name: 'correct-integration', storefrontDefects: [], merchantSetupDefects: [], grep: null },
      { name: 'no-error-on-decline', storefrontDefects: ['no-error-on-decline'], merchantSetupDefects: [], grep: `${CHECKLIST_TAG_PREFIX}errors\\.sdk` },
    ],
  };
  const matrix = listTags(['--config=scripts/detection-matrix.config.ts'], { [DETECTION_MATRIX_PLAN_VARIABLE]: JSON.stringify(plan) });
  const goLive = listTags(['--project=go-live'], {});

  expect([...matrix.keys()].sort()).toEqual(['correct-integration', 'no-error-on-decline']);
  expect(matrix.get('correct-integration')?.length, 'every go-live check').toBe(goLive.get('go-live')?.length);
  const defectChecks = matrix.get('no-error-on-decline') ?? [];
  expect(defectChecks.length, 'some checks of errors.sdk').toBeGreaterThan(0);
  for (const tags of defectChecks) expect(tags).toContain('checklist:errors.sdk');
  const everyErrorsSdkCheck = (goLive.get('go-live') ?? []).filter((tags) => tags.includes('checklist:errors.sdk'));
  expect(defectChecks.length, 'every check of errors.sdk').toBe(everyErrorsSdkCheck.length);
});

test('a missing or malformed plan is refused with the variable named', () => {
  test.setTimeout(60_000);
  const [command, args] = cli('playwright', ['test', '--list', '--config=scripts/detection-matrix.config.ts']);
  for (const [value, said] of [
    ['', /GOLIVE_DETECTION_MATRIX_PLAN: expected the plan scripts\/detection-matrix\.ts writes/],
    ['{"storefront":"vendure","projects":[]}', /GOLIVE_DETECTION_MATRIX_PLAN: not a detection-matrix plan[\s\S]*storefront/],
    ['{"storefront":', /GOLIVE_DETECTION_MATRIX_PLAN: not JSON/],
  ] as const) {
    const run = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, [DETECTION_MATRIX_PLAN_VARIABLE]: value } });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(said);
  }
});
