import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { TargetConfig } from '../helpers/configuration/target.ts';
import { runSecretsDirectory } from '../helpers/configuration/run-files.ts';

// The secrets the final report scan looks for, on every path (certify, a shard, report:merge): the
// target's keys from the environment, and what each worker of the run recorded (the sandbox makes
// fresh keys per worker). Shapeless secrets (hash key, webhook secrets) are found only by value, so
// an empty list is an error, never a silent "no secrets found".

const RecordedSecrets = z.array(z.string());

/** What the workers that wrote into these reports folders recorded (one JSON list per worker). */
export function recordedRunSecrets(reportsDirs: readonly string[]): string[] {
  return reportsDirs.flatMap((reportsDir) => {
    const dir = runSecretsDirectory(reportsDir);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).flatMap((file) => {
      const parsed = RecordedSecrets.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) throw new Error(`${join(dir, file)}: expected a JSON list of the run's secrets:\n${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
  });
}

/** The keys a real target is configured with; the sandbox's are made per run and only recorded. */
export function configuredSecrets(config: TargetConfig): string[] {
  if (config.target === 'sandbox') return [];
  return [
    config.OWNGATEWAY_API_KEY,
    config.OWNGATEWAY_PUBLISHABLE_KEY,
    config.OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY,
    config.OWNGATEWAY_ADMIN_API_KEY,
    config.OWNGATEWAY_CONNECTOR_WEBHOOK_SECRET,
  ].filter((secret): secret is string => !!secret);
}

export function runSecrets(input: { config: TargetConfig; reportsDirs: readonly string[] }): string[] {
  const secrets = [...new Set([...configuredSecrets(input.config), ...recordedRunSecrets(input.reportsDirs)])].filter((s) => s.length >= 8);
  if (!secrets.length) {
    throw new Error(
      `no secrets to scan the reports for: no worker recorded the run's keys under ${input.reportsDirs.map((d) => runSecretsDirectory(d)).join(', ')}` +
        (input.config.target === 'sandbox'
          ? ' (the sandbox makes its keys per run: scan where the run happened, e.g. run report:merge on the machine that ran the shards)'
          : ''),
    );
  }
  return secrets;
}
