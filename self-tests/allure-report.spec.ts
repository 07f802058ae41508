import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checklistItem, type ChecklistItemId } from '../helpers/checklist/checklist.ts';
import { isLoopbackUrl } from '../helpers/configuration/loopback.ts';
import { localRunDirectory } from '../helpers/configuration/run-files.ts';
import type { ChecklistReport } from '../reporting/checklist-report.ts';
import { FAILURE_CATEGORIES } from '../reporting/failure-kind.ts';
import { secretsInText } from '../reporting/scan-for-secrets.ts';
import { serveDirectory, type ServedDirectory } from './support/serve-directory.ts';

// The artefact OwnGateway opens, looked at the way a person would: a small certification run with one
// seeded defect (the secret key shipped in the storefront's bundle), its Allure report built by
// `certify` and opened in Chromium.

const FAILING: ChecklistItemId = 'api-keys.not-exposed';
const PASSING: ChecklistItemId = 'experience.pay-button';
const DEFECT = 'secret-key-in-bundle';

/** What a viewer of the page could read or copy: the text and DOM of every frame (attachments render in frames). */
async function expectNoSecretOnPage(page: Page): Promise<void> {
  const rendered = await Promise.all(
    page.frames().map(
      async (frame) =>
        `${await frame
          .locator('body')
          .innerText()
          .catch(() => '')}\n${await frame.content()}`,
    ),
  );
  expect.soft(secretsInText(rendered.join('\n'), []), `secrets rendered at ${page.url()}`).toEqual([]);
}

// One certification run, one built report; each step checks one thing a reader of the report relies on.
test('the Allure report of a failing certification shows sections, the failing assertion, its category, evidence and verdict, and no secret', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), 'golive-allure-'));
  let served: ServedDirectory | null = null;
  // A missing element fails its step quickly rather than the whole run's five minutes.
  page.setDefaultTimeout(20_000);
  try {
    const grep = [FAILING, PASSING].map((id) => `@checklist:${id.replaceAll('.', '\\.')}`).join('|');
    // A nested Playwright run must not inherit this run's worker variables.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(PLAYWRIGHT_|TEST_)/.test(key)));
    const run = spawnSync(
      process.execPath,
      ['scripts/certify.ts', '--project=go-live', '--grep', grep, '--workers=1', '--retries=0', '--trace=retain-on-failure'],
      {
        env: { ...env, GOLIVE_REPORTS_DIR: work, GOLIVE_DEFECT: DEFECT, GOLIVE_TARGET: 'sandbox' },
        encoding: 'utf8',
      },
    );
    const output = `certify output:\n${run.stdout}\n${run.stderr}`;
    // The seeded defect fails the checklist: certify must say so, and still build the report.
    expect(run.status, output).not.toBe(0);
    expect(existsSync(join(work, 'allure-report', 'index.html')), output).toBe(true);
    const checklist = JSON.parse(readFileSync(join(work, 'go-live-checklist.json'), 'utf8')) as ChecklistReport;
    const failed = checklist.items.find((entry) => entry.id === FAILING)?.tests.find((t) => t.outcome === 'failed');
    expect(failed, `the seeded defect ${DEFECT} must fail a test of ${FAILING}`).toBeDefined();
    const failedTitle = failed!.title.split(' › ').at(-1)!;
    served = await serveDirectory(join(work, 'allure-report'));
    const home = served.url;
    // The shared report calls no one: every request it makes stays on this machine.
    const offMachine: string[] = [];
    page.on('request', (request) => {
      if (!isLoopbackUrl(request.url()) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) offMachine.push(request.url());
    });
    await page.route(
      (url) => !isLoopbackUrl(url.href) && url.protocol.startsWith('http'),
      (route) => route.abort(),
    );
    const openFailedTest = async () => {
      await page.goto(home);
      await page.getByText(failedTitle, { exact: true }).first().click();
      await expect(page.getByText(failed!.error!).first()).toBeVisible();
    };

    await test.step('the checklist sections appear as epics', async () => {
      await page.goto(home);
      for (const id of [FAILING, PASSING]) await expect.soft(page.getByText(checklistItem(id).section, { exact: true }).first()).toBeVisible();
      await expectNoSecretOnPage(page);
      expect.soft(offMachine, "the report loads nothing from outside this machine (Allure's analytics are stripped)").toEqual([]);
    });

    await test.step('the failed item shows its failing assertion, categorised as a merchant defect', async () => {
      await openFailedTest();
      await expect.soft(page.getByText(/expect\(received\)/).first()).toBeVisible();
      await expect.soft(page.getByText(`Category: ${FAILURE_CATEGORIES.merchant}`)).toBeVisible();
      await page.goto(`${home}#categories`);
      await expect.soft(page.getByText(FAILURE_CATEGORIES.merchant).first()).toBeVisible();
      await expect.soft(page.getByText(FAILURE_CATEGORIES.gateway)).toHaveCount(0);
      await expect.soft(page.getByText(FAILURE_CATEGORIES.harness)).toHaveCount(0);
    });

    await test.step('the failure carries its masked screenshot; the trace and raw screenshot stay in the local folder', async () => {
      await openFailedTest();
      // golive's masked screenshot is attached in the page fixture's tear-down, under "After Hooks".
      await page.getByText('After Hooks', { exact: true }).click();
      const pageFixtures = page.getByText('Fixture "page"', { exact: true });
      for (let i = 0; i < (await pageFixtures.count()); i++) if (await pageFixtures.nth(i).isVisible()) await pageFixtures.nth(i).click();
      await page
        .getByText(/^failure screenshot/)
        .first()
        .click();
      const image = page.locator('img[src^="blob:"]').first();
      await expect.soft(image).toBeVisible();
      await expect.soft.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      // Playwright's own trace and screenshot show the card fields as typed: never in the shared report.
      await expect.soft(page.getByText('application/vnd.allure.playwright-trace')).toHaveCount(0);
      await expect.soft(page.getByText('image/png', { exact: true }), 'only the masked screenshot is a picture in the report').toHaveCount(1);
      expect
        .soft(
          readdirSync(join(work, 'allure-report', 'data', 'attachments')).filter((file) => file.endsWith('.zip')),
          'traces in the shared report',
        )
        .toEqual([]);
      const localTraces = readdirSync(localRunDirectory(work), { recursive: true, encoding: 'utf8' }).filter((file) => basename(file) === 'trace.zip');
      expect.soft(localTraces.length, `traces under ${localRunDirectory(work)}`).toBe(1);
    });

    await test.step("no secret is rendered with the failed test's text attachments open", async () => {
      let opened = 0;
      for (const type of ['application/json', 'text/markdown', 'text/plain']) {
        const types = page.getByText(type, { exact: true });
        for (let i = 0; i < (await types.count()); i++) {
          // An attachment opens from its name, in the row that reads "number | name | type | size".
          const row = types.nth(i).locator('xpath=../../..');
          const name = (await row.innerText())
            .split('\n')
            .map((part) => part.trim())
            .filter(Boolean)[1]!;
          await row.getByText(name, { exact: true }).click();
          opened += 1;
        }
      }
      // Playwright's error context is there for every failure: at least it must have been looked at.
      expect.soft(opened, 'text attachments opened').toBeGreaterThan(0);
      await expect.soft.poll(() => page.frames().length, 'opened attachments render in frames').toBeGreaterThan(1);
      await expectNoSecretOnPage(page);
    });

    await test.step("the checklist verdict is the report's quality gate", async () => {
      await page.goto(`${home}#qualityGate`);
      await expect.soft(page.getByText(/go-live checklist is NOT PASSED/)).toBeVisible();
      await expect.soft(page.getByText(`fail: ${checklistItem(FAILING).section} › ${checklistItem(FAILING).item}`, { exact: false })).toBeVisible();
      await expectNoSecretOnPage(page);
    });

    await test.step('the checklist table is attached to the report', async () => {
      await page.goto(`${home}#globalAttachments`);
      await page.getByText('go-live-checklist.md').click();
      const table = page.frameLocator('iframe').first();
      await expect.soft(table.getByRole('heading', { name: 'OwnGateway go-live checklist' })).toBeVisible();
      await expect.soft(table.getByRole('cell', { name: checklistItem(FAILING).item })).toBeVisible();
      await expectNoSecretOnPage(page);
    });

    await test.step('the environment names the target once, not one gateway per worker', async () => {
      await page.goto(home);
      await expect.soft(page.getByText('golive_version', { exact: true })).toBeVisible();
      await expect.soft(page.getByText('embedded OwnGateway sandbox, one per Playwright worker on 127.0.0.1')).toBeVisible();
      const environment = readFileSync(join(work, 'allure-results', 'environment.properties'), 'utf8');
      expect.soft(environment.match(/^gateway_url=/gm)).toHaveLength(1);
      expect.soft(environment).not.toMatch(/http:\/\/127\.0\.0\.1:\d+/);
    });
  } finally {
    await served?.stop();
    rmSync(work, { recursive: true, force: true });
    rmSync(localRunDirectory(work), { recursive: true, force: true });
  }
});
