import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AllureReport, readConfig } from '@allurereport/core';

// Builds the Allure 3 report from allurerc.mjs, as `allure generate` does, and also evaluates the
// quality gate (the go-live checklist) so its verdict is inside the report: `allure generate`
// never evaluates gates (only `allure run` and `allure quality-gate` do, allure3 discussion #3441).

export interface AllureGateResult {
  rule: string;
  success: boolean;
  message: string;
}

export async function generateAllureReport(input: { resultsDir: string; output: string; config?: string }): Promise<AllureGateResult[]> {
  const config = await readConfig(process.cwd(), input.config ?? 'allurerc.mjs', { output: input.output });
  const report = new AllureReport(config);
  await report.start();
  await report.readDirectory(input.resultsDir);
  const { results } = await report.validate({ trs: await report.store.allTestResults({ includeRetries: false }) });
  report.realtimeDispatcher.sendQualityGateResults(results);
  await report.done();
  stripAnalytics(input.output);
  return results.map(({ rule, success, message }) => ({ rule, success, message }));
}

// Allure 3's HTML always loads Google's tag manager, with no setting to turn it off. The report is
// opened by OwnGateway's certification team and may hold a merchant's findings: it calls no one.
const ANALYTICS = /<script async src="https:\/\/www\.googletagmanager\.com\/[^"]*"><\/script>\s*<script>\s*window\.dataLayer[\s\S]*?<\/script>/g;

/** Removes the analytics snippet from every HTML page of a generated report; returns how many it removed. */
export function stripAnalytics(reportDir: string): number {
  let removed = 0;
  for (const entry of readdirSync(reportDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const html = readFileSync(path, 'utf8');
    const cleaned = html.replace(ANALYTICS, () => {
      removed += 1;
      return '';
    });
    if (cleaned !== html) writeFileSync(path, cleaned);
  }
  return removed;
}
