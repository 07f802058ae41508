import { expect, test } from '@playwright/test';
import { readCommandLine, type CommandSpec } from '../../helpers/configuration/command-line.ts';

const matrix = {
  command: 'npm run detection-matrix',
  synopsis: '[-- [--concurrency N] [defect ...]]',
  describe: [
    ['defect', 'one or more seeded defects'],
    ['--concurrency', 'runs side by side'],
  ],
  options: { concurrency: { type: 'string' } },
  allowPositionals: true,
} as const satisfies CommandSpec<{ concurrency: { type: 'string' } }>;

test('options and positionals are read; --help answers with the usage', () => {
  expect(readCommandLine(matrix, ['--concurrency', '3', 'a', 'b'])).toEqual({
    kind: 'run',
    values: { concurrency: '3' },
    positionals: ['a', 'b'],
    passThrough: [],
  });
  const help = readCommandLine(matrix, ['--help']);
  expect(help).toEqual({
    kind: 'help',
    text: 'usage: npm run detection-matrix [-- [--concurrency N] [defect ...]]\n  defect         one or more seeded defects\n  --concurrency  runs side by side\n  --help         this text',
  });
});

test('an unknown flag is refused by name, with the usage', () => {
  const line = readCommandLine(matrix, ['--concurency', '3']);
  expect(line.kind).toBe('error');
  expect(line.kind === 'error' && line.text).toMatch(/^npm run detection-matrix: Unknown option '--concurency'[\s\S]*usage: npm run detection-matrix/);
});

test('a command that takes nothing refuses arguments', () => {
  const line = readCommandLine({ command: 'npm run init', options: {} }, ['golive.config.ts']);
  expect(line.kind === 'error' && line.text).toMatch(/Unexpected argument 'golive.config.ts'/);
});

test('a wrapping command keeps its own flags and hands the rest on, in order', () => {
  const certify = { command: 'npm run certify', options: { 'i-know-this-is-production': { type: 'boolean' } }, passThrough: true } as const;
  expect(readCommandLine(certify, ['--project=api', '--i-know-this-is-production', '--shard', '1/2', '-g', 'refund'])).toEqual({
    kind: 'run',
    values: { 'i-know-this-is-production': true },
    positionals: [],
    passThrough: ['--project=api', '--shard', '1/2', '-g', 'refund'],
  });
  expect(readCommandLine(certify, ['--repeat-each=5', '--help']).kind).toBe('help');
});
