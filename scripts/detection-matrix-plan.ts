import { z } from 'zod';
import { MerchantSetupDefect } from '../sandbox/defects.ts';
import { StorefrontDefect } from '../sandbox/storefront/defects.ts';

// What scripts/detection-matrix.ts asks of its one Playwright run against an embedded storefront, and
// how scripts/detection-matrix.config.ts receives it (an environment variable: Playwright loads the
// config in every worker too).

export const DetectionMatrixPlan = z.object({
  storefront: z.enum(['reference', 'spa']),
  projects: z.array(
    z.object({
      name: z.string().min(1),
      // The single-page shop's defects are named as the reference storefront's.
      storefrontDefects: z.array(StorefrontDefect),
      merchantSetupDefects: z.array(MerchantSetupDefect),
      /** A regular expression over test titles and tags; null runs every check (the correct integration). */
      grep: z.string().nullable(),
    }),
  ),
});
export type DetectionMatrixPlan = z.infer<typeof DetectionMatrixPlan>;
export const DETECTION_MATRIX_PLAN_VARIABLE = 'GOLIVE_DETECTION_MATRIX_PLAN';

export function planFromEnvironment(): DetectionMatrixPlan {
  const raw = process.env[DETECTION_MATRIX_PLAN_VARIABLE];
  if (!raw)
    throw new Error(`${DETECTION_MATRIX_PLAN_VARIABLE}: expected the plan scripts/detection-matrix.ts writes; run the matrix with npm run detection-matrix`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${DETECTION_MATRIX_PLAN_VARIABLE}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = DetectionMatrixPlan.safeParse(json);
  if (!parsed.success) throw new Error(`${DETECTION_MATRIX_PLAN_VARIABLE}: not a detection-matrix plan:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
