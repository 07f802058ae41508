// How a failed test failed: an assertion golive made (about the merchant or OwnGateway), or the
// harness itself (a test timeout, a crash, a set-up error). The detection matrix counts only
// assertions as caught defects; the report's categories use the same split.

export type FailureKind = 'assertion' | 'timeout' | 'crash';

export function classifyFailure(message: string): FailureKind {
  if (/Test timeout of \d+ms exceeded/.test(message)) return 'timeout';
  return /\bexpect(\.poll)?\(|\bexpect\.poll\b|Expected:|Received:/.test(message) ? 'assertion' : 'crash';
}
