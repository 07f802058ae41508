import { availableParallelism } from 'node:os';
import { defineConfig, devices, type ReporterDescription } from '@playwright/test';
import { ensureRunSeed } from './fixtures/internal/run-seed.ts';
import { chromiumLaunchOptions } from './fixtures/internal/system-chromium.ts';
import { shareCompileCache } from './helpers/configuration/compile-cache.ts';
import { localRunDirectory, reportsDirectory } from './helpers/configuration/run-files.ts';

const chromiumLaunch = chromiumLaunchOptions();

// Workers (forked from here) and the processes they start reuse V8's compiled code between runs.
shareCompileCache();

const reportsDir = reportsDirectory();
// Traces, videos, raw screenshots, the HTML report that embeds them and shard blobs stay beside the
// shared reports, never in them: they carry typed card numbers and client secrets.
const localDir = localRunDirectory(reportsDir);

// A failure's "error-context" attachment otherwise carries an ARIA snapshot of the page, typed card
// numbers included, into the reports OwnGateway receives; the error and its code frame stay.
if (process.env.GOLIVE_CERTIFY) process.env.PLAYWRIGHT_NO_COPY_PROMPT ??= '1';

// `npm test` stays quiet; `npm run certify` (GOLIVE_CERTIFY=1) writes every report OwnGateway receives.
const certifyReporters: ReporterDescription[] = [
  // Tests done / total and the checklist item of each, instead of one line per test start.
  ['./reporting/progress-reporter.ts'],
  [
    'allure-playwright',
    {
      resultsDir: `${reportsDir}/allure-results`,
      detail: true,
      suiteTitle: true,
      environmentInfo: {
        target: process.env.GOLIVE_TARGET ?? 'sandbox',
        node: process.version,
        containers: process.env.GOLIVE_CONTAINERS ?? 'auto',
        seed: String(ensureRunSeed()),
      },
    },
  ],
  ['html', { outputFolder: `${localDir}/playwright-report`, open: 'never' }],
  ['junit', { outputFile: `${reportsDir}/junit.xml` }],
  ['json', { outputFile: `${reportsDir}/results.json` }],
  ...(process.env.GOLIVE_SHARD ? [['blob', { outputDir: `${localDir}/blob-report` }] as ReporterDescription] : []),
];

export default defineConfig({
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // Playwright's default is half the cores: one worker on a 2-core machine. The tests mostly wait (on the
  // browser, on the sandbox's timers), so two workers there finish go-live in ~100 s instead of ~130 s.
  workers: process.env.CI ? 2 : Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  outputDir: `${localDir}/test-results`,
  globalSetup: './fixtures/internal/global-setup.ts',
  reporter: process.env.GOLIVE_CERTIFY ? certifyReporters : [['list']],
  use: {
    // Traced when a failed test is retried (CI retries once), as Playwright advises: recording every test
    // in case it fails cost certify a fifth of its CPU. Locally, `--trace=retain-on-failure` (or
    // `--last-failed --trace=on`) records them. No screencast: its frames cost more CPU than the rest of
    // the trace together, and the failure screenshot shows the final page.
    trace: { mode: 'on-first-retry', snapshots: true, screenshots: false, sources: true },
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunch,
  },
  // npm test names these projects but go-live, whose checks run there as the detection matrix's
  // correct-integration project: a new project goes into package.json's test script too.
  projects: [
    { name: 'unit', testDir: 'self-tests' },
    // A worker costs over a second to start (its process, its own sandbox and webhook sink): the API and webhook
    // projects finish sooner on one worker than the second one takes to start, and the other slot
    // goes on to the browser projects meanwhile.
    // One worker, so file by file: each test of its own costs a round trip to the runner (~40 ms), and the
    // API tests are 56 of those for 3 s of work.
    { name: 'api', testDir: 'scenarios/lifecycle', workers: 1, fullyParallel: false },
    { name: 'checkout', testDir: 'scenarios/checkout', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } },
    { name: 'webhooks', testDir: 'scenarios/webhooks', workers: 1, fullyParallel: false },
    { name: 'go-live', testDir: 'scenarios/go-live', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } },
    { name: 'conformance', testDir: 'scenarios/conformance' },
  ],
});
