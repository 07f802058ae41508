import type { AllureConfig } from 'allure';
import { FAILURE_CATEGORIES, categorizeFailure, type FailureCategory } from './failure-kind.ts';

// Allure's categories, from the same classification the detection matrix uses: each failed or
// broken test reads as a merchant defect, OwnGateway behaving differently, or a harness error.

type CategoryRule = Extract<NonNullable<AllureConfig['categories']>, readonly unknown[]>[number];

/** What Allure hands a category matcher about one test result (the fields golive reads). */
export interface FailedResult {
  status: string;
  labels: readonly { name: string; value?: string }[];
  message?: string;
}

export function failureCategoryOf(result: FailedResult): FailureCategory | null {
  if (result.status !== 'failed' && result.status !== 'broken') return null;
  const tags = result.labels.filter((label) => label.name === 'tag' && label.value).map((label) => label.value!);
  return categorizeFailure(result.message ?? '', tags);
}

export const allureCategories: CategoryRule[] = (Object.keys(FAILURE_CATEGORIES) as FailureCategory[]).map((category) => ({
  id: `golive-${category}`,
  name: FAILURE_CATEGORIES[category],
  matchers: (result: FailedResult) => failureCategoryOf(result) === category,
  // Grouped by checklist section, so the reader sees which items each kind of failure touches.
  groupBy: [{ label: 'epic' }],
  expand: category === 'merchant',
}));
