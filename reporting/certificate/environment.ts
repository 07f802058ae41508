import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EvidenceFile } from '../evidence/evidence-file.ts';
import { sha256Hex } from './statement.ts';

// environment.json, sealed with the rest: which OwnGateway (base URL, merchant, profiles) the run
// talked to, the run's id and window, golive's version and commit, the seed, and the digests of the
// adapter and attestations files the verdicts depend on.

const FileDigest = z.object({ path: z.string(), sha256: z.string() }).nullable();

export const CertificateEnvironment = z.object({
  target: z.string(),
  owngateway: z.array(z.object({ base_url: z.string().url(), merchant_id: z.string(), profile_ids: z.array(z.string()) })),
  run_id: z.string().nullable(),
  window: z.object({ start: z.iso.datetime(), end: z.iso.datetime() }),
  seed: z.string().nullable(),
  golive: z.object({ version: z.string(), commit: z.string().nullable() }),
  connector_profile: z.string().nullable(),
  adapter: FileDigest,
  attestations: FileDigest,
});
export type CertificateEnvironment = z.infer<typeof CertificateEnvironment>;

const fileDigest = (path: string | undefined): z.infer<typeof FileDigest> =>
  path && existsSync(path) ? { path, sha256: sha256Hex(readFileSync(path)) } : null;

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

// The embedded reference storefront's adapter, used when the run names none.
const SANDBOX_ADAPTER = 'sandbox/storefront/golive.adapter.json';

export interface EnvironmentInputs {
  evidence: EvidenceFile;
  /** A real target's configured gateway and merchant: listed even if no object was made there. */
  configured: { base_url: string; merchant_id: string } | null;
  seed: string | null;
  connectorProfile: string | null;
  adapterPath: string | undefined;
  attestationsPath: string;
}

export function certificateEnvironment(input: EnvironmentInputs): CertificateEnvironment {
  const gateways = new Map<string, { base_url: string; merchant_id: string; profile_ids: Set<string> }>();
  const add = (baseUrl: string, merchantId: string, profileId: string | null) => {
    const key = `${baseUrl} ${merchantId}`;
    const entry = gateways.get(key) ?? { base_url: baseUrl, merchant_id: merchantId, profile_ids: new Set<string>() };
    if (profileId) entry.profile_ids.add(profileId);
    gateways.set(key, entry);
  };
  if (input.configured) add(input.configured.base_url, input.configured.merchant_id, null);
  for (const object of input.evidence.checks.flatMap((c) => c.objects))
    if (object.kind === 'payment') add(object.gateway, object.merchant_id, object.profile_id);
  const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')));
  return {
    target: input.evidence.target,
    owngateway: [...gateways.values()].map((g) => ({ base_url: g.base_url, merchant_id: g.merchant_id, profile_ids: [...g.profile_ids].sort() })),
    run_id: input.evidence.run_id,
    window: input.evidence.window,
    seed: input.seed,
    golive: { version, commit: gitCommit() },
    connector_profile: input.connectorProfile,
    adapter: fileDigest(input.adapterPath ?? (input.evidence.target === 'sandbox' ? SANDBOX_ADAPTER : undefined)),
    attestations: fileDigest(input.attestationsPath),
  };
}
