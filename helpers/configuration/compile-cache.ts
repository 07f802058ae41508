import { fileURLToPath } from 'node:url';

/**
 * Makes the Node processes started from here on (Playwright workers, sandbox servers, shops) reuse V8's
 * compiled code between runs: a Vendure shop or a worker then starts without recompiling its modules.
 * Kept under node_modules, so a fresh install starts with none; an explicit NODE_COMPILE_CACHE wins.
 */
export function shareCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  env.NODE_COMPILE_CACHE ??= fileURLToPath(new URL('../../node_modules/.cache/node-compile-cache', import.meta.url));
}
