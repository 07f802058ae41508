import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { runEnvironmentDirectory } from '../helpers/configuration/run-files.ts';

// The report's environment section, once for the whole run: each worker records what it ran against
// (fixtures/run-environment.ts), and the sandbox starts one gateway per worker on its own port, so
// listing every worker's URL says nothing useful. One line per fact instead.

const WorkerEnvironment = z.object({
  target: z.string(),
  gateway_url: z.string(),
  storefront_url: z.string().optional(),
  connector: z.string(),
  connector_mode: z.string(),
  connector_mode_reason: z.string().optional(),
  seed: z.string().optional(),
});

function readProperties(path: string): Map<string, string> {
  const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
  return new Map(
    lines
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim()] as [string, string]),
  );
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

function goliveVersion(): string {
  const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')));
  const commit = gitCommit();
  return commit ? `${version} (${commit})` : version;
}

const distinct = (values: readonly (string | undefined)[]): string[] => [...new Set(values.filter((v): v is string => !!v))].sort();

/** The environment facts of a run, one value each, from what the workers recorded. */
export function runEnvironmentFacts(reportsDir: string, reporterProperties: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const dir = runEnvironmentDirectory(reportsDir);
  const workers = (existsSync(dir) ? readdirSync(dir) : []).flatMap((file) => {
    const parsed = WorkerEnvironment.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${join(dir, file)} is not a run-environment record:\n${z.prettifyError(parsed.error)}`);
    return [parsed.data];
  });
  const target = distinct([...workers.map((w) => w.target), reporterProperties.get('target')]).join(', ') || 'unknown';
  const sandbox = target === 'sandbox';
  const facts = new Map<string, string>([
    ['target', target],
    // The sandbox starts one gateway and one storefront per worker, each on a port of its own.
    [
      'gateway_url',
      sandbox ? 'embedded OwnGateway sandbox, one per Playwright worker on 127.0.0.1' : distinct(workers.map((w) => w.gateway_url)).join(', ') || 'unknown',
    ],
    [
      'storefront_url',
      sandbox
        ? 'embedded reference storefront, one per Playwright worker on 127.0.0.1'
        : distinct(workers.map((w) => w.storefront_url)).join(', ') || 'not set: checks that visit the site did not run',
    ],
    ['connector', distinct(workers.map((w) => w.connector)).join(', ') || 'unknown'],
    [
      'connector_mode',
      distinct(
        workers.map((w) =>
          w.connector_mode_reason && w.connector_mode_reason !== w.connector_mode ? `${w.connector_mode} (${w.connector_mode_reason})` : w.connector_mode,
        ),
      ).join('; ') || 'unknown',
    ],
    ['node', reporterProperties.get('node') ?? process.version],
  ]);
  const seed = distinct([process.env.GOLIVE_SEED, reporterProperties.get('seed'), ...workers.map((w) => w.seed)]);
  if (seed.length) facts.set('seed', seed.join(', '));
  facts.set('golive_version', goliveVersion());
  return facts;
}

/** Rewrites allure-results/environment.properties: the reporter's own keys, then golive's facts, once each. */
export function writeAllureEnvironment(reportsDir: string): void {
  const path = join(reportsDir, 'allure-results', 'environment.properties');
  const reporter = readProperties(path);
  // "containers" is what was asked for; connector_mode says what ran, and why.
  reporter.delete('containers');
  const merged = new Map([...reporter, ...runEnvironmentFacts(reportsDir, reporter)]);
  writeFileSync(path, [...merged].map(([key, value]) => `${key}=${value}`).join('\n') + '\n');
}
