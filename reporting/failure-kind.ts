import { stripVTControlCharacters } from 'node:util';
import { checklistIdsFromTags, gatewayCheckIdsFromTags } from '../helpers/checklist/checklist.ts';

// How a failed test failed: an assertion golive made (about the merchant or OwnGateway), or the
// harness itself (a test timeout, a crash, a set-up error). The detection matrix counts only
// assertions as caught defects; the report's categories use the same split.

export type FailureKind = 'assertion' | 'timeout' | 'crash';

export function classifyFailure(colouredMessage: string): FailureKind {
  // Playwright's JSON results keep the matcher's colours: an escape code right before "expect(" hides its word boundary.
  const message = stripVTControlCharacters(colouredMessage);
  if (/Test timeout of \d+ms exceeded/.test(message)) return 'timeout';
  return /\bexpect(\.poll)?\(|\bexpect\.poll\b|Expected:|Received:/.test(message) ? 'assertion' : 'crash';
}

/** Whom a failure is about, as the report's categories name it. */
export const FAILURE_CATEGORIES = {
  merchant: 'Merchant defect: an assertion about the merchant failed',
  gateway: 'OwnGateway behaviour differs from what the checklist relies on',
  harness: 'Harness or set-up error (timeout, crash): nothing was proven either way',
} as const;
export type FailureCategory = keyof typeof FAILURE_CATEGORIES;

/**
 * Only an assertion blames someone: the merchant when the test is merchant evidence, OwnGateway
 * when it checks the gateway's own behaviour. A timeout, a crash, or an assertion in a test that
 * is neither, is the harness's.
 */
export function categorizeFailure(message: string, tags: readonly string[]): FailureCategory {
  if (classifyFailure(message) !== 'assertion') return 'harness';
  if (checklistIdsFromTags(tags).length) return 'merchant';
  if (gatewayCheckIdsFromTags(tags).length) return 'gateway';
  return 'harness';
}
