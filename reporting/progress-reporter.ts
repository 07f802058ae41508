import { stripVTControlCharacters } from 'node:util';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { checklistIdsFromTags, checklistItem, gatewayCheckIdsFromTags } from '../helpers/checklist/checklist.ts';

// `npm run certify`'s console: one line per finished test with tests done / total and the checklist
// item it is evidence for, so a long run shows where it is; failures name their first error line.
// The details live in the reports, which certify lists at the end.

const MARK: Record<TestResult['status'], string> = { passed: '✓', failed: '✘', timedOut: '✘', interrupted: '!', skipped: '-' };

/** The checklist item a test speaks to, as a reader of the checklist names it. */
export function checklistLabel(tags: readonly string[]): string | null {
  const merchant = checklistIdsFromTags(tags)[0];
  if (merchant) return `${checklistItem(merchant).section} › ${checklistItem(merchant).item}`;
  const gateway = gatewayCheckIdsFromTags(tags)[0];
  return gateway ? `OwnGateway, for ${checklistItem(gateway).section} › ${checklistItem(gateway).item}` : null;
}

export default class ProgressReporter implements Reporter {
  private total = 0;
  private done = 0;
  private readonly counts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  private started = 0;

  printsToStdio(): boolean {
    return true;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.total = suite.allTests().length;
    this.started = performance.now();
    console.log(`golive: ${this.total} tests on ${config.workers} worker(s)`);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // A retried test counts once, when its last attempt ends.
    const retrying = (result.status === 'failed' || result.status === 'timedOut') && result.retry < test.retries;
    if (retrying) {
      console.log(`  retry   ${test.titlePath().slice(1).join(' › ')}: ${firstLine(result)}`);
      return;
    }
    this.done += 1;
    const outcome = test.outcome();
    this.counts[outcome === 'expected' ? 'passed' : outcome === 'unexpected' ? 'failed' : outcome] += 1;
    const width = String(this.total).length;
    const item = checklistLabel(test.tags) ?? 'not a checklist item';
    const skipReason = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip')?.description;
    const detail = outcome === 'unexpected' ? `\n      ${firstLine(result)}` : outcome === 'skipped' && skipReason ? ` — skipped: ${skipReason}` : '';
    console.log(
      `${String(this.done).padStart(width)}/${this.total} ${MARK[result.status]} [${test.parent.project()?.name ?? ''}] ${item}\n      ${test.title} (${(result.duration / 1000).toFixed(1)} s)${detail}`,
    );
  }

  onEnd(result: FullResult): void {
    const { passed, failed, skipped, flaky } = this.counts;
    console.log(
      `\ngolive: ${this.done}/${this.total} tests ran in ${((performance.now() - this.started) / 1000).toFixed(0)} s: ${passed} passed, ${failed} failed, ${flaky} flaky, ${skipped} skipped (${result.status})`,
    );
  }
}

function firstLine(result: TestResult): string {
  // Playwright colours its messages; the console line stays plain.
  return (
    stripVTControlCharacters(result.error?.message ?? result.status)
      .split('\n')
      .find((line) => line.trim()) ?? result.status
  );
}
