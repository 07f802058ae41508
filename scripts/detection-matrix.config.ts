import { fileURLToPath } from 'node:url';
import { defineConfig, type Project } from '@playwright/test';
import { planFromEnvironment } from './detection-matrix-plan.ts';
import base from '../playwright.config.ts';
import type { SandboxStorefront } from '../fixtures/internal/checkout-world.ts';
import type { MerchantSetupDefect } from '../sandbox/defects.ts';
import type { StorefrontDefect } from '../sandbox/storefront/defects.ts';

// The detection matrix against an embedded storefront as one Playwright run (scripts/detection-matrix.ts
// writes the plan): a project for the correct integration and one per seeded defect, each running
// only the checks of the items its defect must fail. One run instead of one per defect spares each
// defect a Playwright start, its test loading and its global set-up (on the 2-core machine the
// reference storefront's matrix went from 437 s to 371 s).

interface MatrixWorkerOptions {
  sandboxStorefront: SandboxStorefront;
  storefrontDefects: StorefrontDefect[];
  merchantSetupDefects: MerchantSetupDefect[];
  defectProject: boolean;
}

const plan = planFromEnvironment();
const goLive = base.projects?.find((project) => project.name === 'go-live');
if (!goLive) throw new Error('playwright.config.ts has no go-live project for the detection matrix to run');
const repository = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const projects: Project<object, MatrixWorkerOptions>[] = plan.projects.map((project) => ({
  name: project.name,
  testDir: repository('scenarios/go-live'),
  use: {
    ...goLive.use,
    sandboxStorefront: plan.storefront,
    storefrontDefects: project.storefrontDefects,
    merchantSetupDefects: project.merchantSetupDefects,
    defectProject: project.storefrontDefects.length + project.merchantSetupDefects.length > 0,
  },
  ...(project.grep === null ? {} : { grep: new RegExp(project.grep) }),
  // A defect's few checks stay on one worker: each worker starts a sandbox of its own.
  fullyParallel: project.grep === null,
}));

export default defineConfig<object, MatrixWorkerOptions>({
  ...base,
  globalSetup: repository('fixtures/internal/global-setup.ts'),
  retries: 0,
  reporter: [['json']],
  projects,
});
