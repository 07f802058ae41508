import { join } from 'node:path';
import { localRunDirectory } from '../helpers/configuration/run-files.ts';
import type { ChecklistReport, ItemVerdict } from './checklist-report.ts';

// What `certify` and `report:merge` print last: the checklist as a table, then where each report is.

const VERDICT: Record<ItemVerdict, string> = { pass: 'pass', fail: 'FAIL', attested: 'attested', missing: 'missing', 'not-run': 'not run' };

function clip(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

export function renderChecklistSummary(checklist: ChecklistReport, reportsDir: string, columns = process.stdout.columns || 120): string {
  const sectionWidth = Math.max(...checklist.items.map((item) => item.section.length));
  const itemWidth = Math.max(30, columns - sectionWidth - 17);
  const rule = `+${'-'.repeat(10)}+${'-'.repeat(sectionWidth + 2)}+${'-'.repeat(itemWidth + 2)}+`;
  const row = (verdict: string, section: string, item: string) => `| ${clip(verdict, 8)} | ${clip(section, sectionWidth)} | ${clip(item, itemWidth)} |`;
  const gatewayFailed = checklist.gateway.reduce((sum, entry) => sum + entry.failed, 0);
  const gatewayRan = checklist.gateway.reduce((sum, entry) => sum + entry.passed + entry.failed, 0);
  return [
    rule,
    row('verdict', 'section', 'item'),
    rule,
    ...checklist.items.map((item) => row(VERDICT[item.verdict], item.section, item.item)),
    rule,
    `OwnGateway's own behaviour (never counted for the merchant): ${gatewayRan} check(s) ran, ${gatewayFailed} failed.`,
    ...(checklist.flaky.length ? [`${checklist.flaky.length} test(s) passed only on retry (see the checklist report).`] : []),
    '',
    `golive: checklist ${checklist.passed ? 'PASSED' : 'NOT PASSED'} on target ${checklist.target}`,
    'Reports:',
    `  checklist        ${join(reportsDir, 'go-live-checklist.md')} (and .json)`,
    `  Allure           ${join(reportsDir, 'allure-report', 'index.html')} (serve it: npx allure open ${join(reportsDir, 'allure-report')})`,
    `  JUnit XML        ${join(reportsDir, 'junit.xml')}`,
    `  local only       ${join(localRunDirectory(reportsDir), 'playwright-report')} (Playwright HTML, with the traces of retried failures: npx playwright show-report ${join(localRunDirectory(reportsDir), 'playwright-report')})`,
    // Traces are recorded on a retry only (playwright.config.ts); a local run retries nothing.
    ...(checklist.passed
      ? []
      : ['To watch each failed test step by step: npx playwright test --last-failed --trace=on (it prints the show-trace command of each)']),
  ].join('\n');
}
