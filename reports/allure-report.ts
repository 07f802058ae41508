import { AllureReport, readConfig } from '@allurereport/core';

// Builds the Allure 3 report from allurerc.mjs, as `allure generate` does, and also evaluates the
// quality gate (the go-live checklist) so its verdict is inside the report: `allure generate`
// never evaluates gates (only `allure run` and `allure quality-gate` do, allure3 discussion #3441).

export interface AllureGateResult { rule: string; success: boolean; message: string }

export async function generateAllureReport(input: { resultsDir: string; output: string; config?: string }): Promise<AllureGateResult[]> {
  const config = await readConfig(process.cwd(), input.config ?? 'allurerc.mjs', { output: input.output });
  const report = new AllureReport(config);
  await report.start();
  await report.readDirectory(input.resultsDir);
  const { results } = await report.validate({ trs: await report.store.allTestResults({ includeRetries: false }) });
  report.realtimeDispatcher.sendQualityGateResults(results);
  await report.done();
  return results.map(({ rule, success, message }) => ({ rule, success, message }));
}
