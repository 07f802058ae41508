import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

// Where a run leaves its side files: what each worker ran against (inside reports/, for the report's
// environment section) and the secrets it used (outside reports/, for the final scan). Secrets are
// filed per reports folder, so shards and parallel runs in one checkout keep theirs apart and
// `report:merge` finds each shard's by the folder it wrote.
export const reportsDirectory = (): string => process.env.GOLIVE_REPORTS_DIR ?? 'reports';
export const runEnvironmentDirectory = (reportsDir = reportsDirectory()): string => join(reportsDir, 'run-environment');
export const runSecretsDirectory = (reportsDir = reportsDirectory()): string =>
  join('.golive', 'run-secrets', createHash('sha256').update(resolve(reportsDir)).digest('hex').slice(0, 16));

/**
 * What the run keeps for the merchant's eyes only, beside the shared reports folder, never inside it:
 * Playwright's traces, videos and raw screenshots (they hold typed card numbers and client secrets),
 * its HTML report (which embeds them) and shard blobs. `reports/` is what is sent; `reports-local/` is not.
 */
export const LOCAL_RUN_DIRECTORY_SUFFIX = '-local';
export const localRunDirectory = (reportsDir = reportsDirectory()): string => `${reportsDir.replace(/[\\/]+$/, '')}${LOCAL_RUN_DIRECTORY_SUFFIX}`;
