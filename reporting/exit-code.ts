// What `certify` and `report:merge` exit with, so a script (or CI) can tell a merchant's failing
// checklist from a report that must not be shared, and neither hides the other.
export const ExitCode = {
  passed: 0,
  checklistNotPassed: 1,
  /** Bad configuration or arguments, or the reports could not be produced at all. */
  unusable: 2,
  /** The checklist passed, but a secret reached the shared reports: do not send them. */
  secretsInReports: 3,
  /** The checklist did not pass AND a secret reached the shared reports. */
  checklistNotPassedAndSecretsInReports: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function certificationExitCode(outcome: { checklistPassed: boolean; secretsInReports: boolean }): ExitCode {
  if (outcome.secretsInReports) return outcome.checklistPassed ? ExitCode.secretsInReports : ExitCode.checklistNotPassedAndSecretsInReports;
  return outcome.checklistPassed ? ExitCode.passed : ExitCode.checklistNotPassed;
}
