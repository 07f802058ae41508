import { join } from 'node:path';

// Where a run leaves its side files: what each worker ran against (inside reports/, for the report's
// environment section) and the secrets it used (outside reports/, for the final scan, then deleted).
export const reportsDirectory = (): string => process.env.GOLIVE_REPORTS_DIR ?? 'reports';
export const runEnvironmentDirectory = (reportsDir = reportsDirectory()): string => join(reportsDir, 'run-environment');
export const RUN_SECRETS_DIR = join('.golive', 'run-secrets');
