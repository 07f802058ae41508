import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isLoopbackUrl } from '../configuration/loopback.ts';

// Configuration drift in what the merchant deploys: OwnGateway URLs of another environment (the
// staging API, a developer's local gateway) and keys of another environment (a sandbox publishable
// key in a production build) found in the files of the build. Text files only, read whole; an
// archive is not opened here (the secret-key scan does that for the key itself).

export interface BuildScanRules {
  /** The key environment of the target, from its publishable key (pk_snd_… → snd). */
  keyEnvironment: string;
  /** Origins a build may name: OwnGateway's API and SDK for this target (and, in the sandbox, golive's proxy). */
  allowedOrigins: readonly string[];
  /** The target OwnGateway's host; a URL on the same domain or host with another origin is another environment. */
  owngatewayHost: string;
  stagingHosts: readonly string[];
}

export interface BuildFinding {
  file: string;
  found: string;
  problem: string;
}

const KEY = /\b(pk_)?(snd|prd|dev|integ)_[A-Za-z0-9]{16,}/g;
const URL_IN_TEXT = /\bhttps?:\/\/[A-Za-z0-9.-]+(?::\d+)?/g;
const SKIPPED = new Set(['.git', '.golive', 'node_modules', 'reports', 'reports-local', 'test-results']);
const MAX_BYTES = 16 * 1024 * 1024;

/** The domain a host belongs to, naively (its last two labels); an IP address is its own. */
function domainOf(host: string): string {
  return /^[\d.]+$/.test(host) || host.includes(':') ? host : host.split('.').slice(-2).join('.');
}

export function environmentFindingsInText(file: string, text: string, rules: BuildScanRules): BuildFinding[] {
  const findings = new Map<string, BuildFinding>();
  for (const [, publishable, environment] of text.matchAll(KEY)) {
    if (environment === rules.keyEnvironment) continue;
    // Only the prefix: the report never holds a key.
    const found = `${publishable ?? ''}${environment}_…`;
    findings.set(`key ${found}`, {
      file,
      found,
      problem: `is a ${publishable ? 'publishable' : 'secret'} key of the ${environment} environment; the target's keys are ${rules.keyEnvironment}`,
    });
  }
  const domain = domainOf(rules.owngatewayHost);
  for (const [match] of text.matchAll(URL_IN_TEXT)) {
    let url: URL;
    try {
      url = new URL(match);
    } catch {
      continue;
    }
    if (rules.allowedOrigins.includes(url.origin)) continue;
    const host = url.hostname.toLowerCase();
    const staging = rules.stagingHosts.find((staged) => host === staged || host.endsWith(`.${staged}`));
    const sameDomain = domainOf(host) === domain || (isLoopbackUrl(url.href) && isLoopbackUrl(`http://${rules.owngatewayHost}`));
    if (staging) findings.set(url.origin, { file, found: url.origin, problem: `is the staging host ${staging}` });
    else if (sameDomain && host !== '')
      findings.set(url.origin, {
        file,
        found: url.origin,
        problem: `is on OwnGateway's domain (${domain}) but is not the target's OwnGateway (${rules.allowedOrigins.join(', ')}): another environment`,
      });
  }
  return [...findings.values()];
}

export interface BuildScan {
  files: number;
  findings: BuildFinding[];
  problems: string[];
}

export async function scanBuildForEnvironment(paths: readonly string[], rules: BuildScanRules): Promise<BuildScan> {
  const scan: BuildScan = { files: 0, findings: [], problems: [] };
  const visit = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) {
      scan.problems.push(`${path}: does not exist`);
      return;
    }
    if (info.isDirectory()) {
      for (const name of (await readdir(path)).sort()) if (!SKIPPED.has(name)) await visit(join(path, name));
      return;
    }
    if (!info.isFile() || info.size > MAX_BYTES) return;
    const data = await readFile(path);
    // A file with NUL bytes near its start is binary (an image, an archive): not read as text.
    if (data.subarray(0, 1024).includes(0)) return;
    scan.files += 1;
    scan.findings.push(...environmentFindingsInText(path, data.toString('utf8'), rules));
  };
  for (const path of paths) await visit(path);
  return scan;
}
