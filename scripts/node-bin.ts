import { join } from 'node:path';

// Runs a package's CLI on this Node (24), whatever `node` the PATH would find: the CLIs' shebangs
// say `env node`, which outside npm scripts can be an older system Node.
const CLIS = { playwright: join('node_modules', '@playwright', 'test', 'cli.js'), allure: join('node_modules', 'allure', 'cli.js') } as const;

export function cli(name: keyof typeof CLIS, args: readonly string[]): [string, string[]] {
  return [process.execPath, [CLIS[name], ...args]];
}
