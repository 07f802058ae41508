import { createHash } from 'node:crypto';
import { z } from 'zod';

// The in-toto Statement v1 golive signs: each sealed file as a subject by SHA-256 digest, and a
// predicate a reviewer can read at a glance (what was certified, against which OwnGateway, the verdict).

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const STATEMENT_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const CERTIFICATE_PREDICATE_TYPE = 'https://golive.dev/go-live-certificate/v1';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits');
export const Subject = z.object({ name: z.string().min(1), digest: z.object({ sha256: Sha256 }) });

export const CertificatePredicate = z.object({
  target: z.string(),
  owngateway: z.array(z.object({ base_url: z.string().url(), merchant_id: z.string() })),
  run_id: z.string().nullable(),
  window: z.object({ start: z.iso.datetime(), end: z.iso.datetime() }),
  passed: z.boolean(),
  sealed_at: z.iso.datetime(),
});
export type CertificatePredicate = z.infer<typeof CertificatePredicate>;

export const Statement = z.object({
  _type: z.literal(STATEMENT_TYPE),
  subject: z.array(Subject).min(1),
  predicateType: z.literal(CERTIFICATE_PREDICATE_TYPE),
  predicate: CertificatePredicate,
});
export type Statement = z.infer<typeof Statement>;

export const sha256Hex = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function buildStatement(files: ReadonlyMap<string, string>, predicate: CertificatePredicate): Statement {
  return {
    _type: STATEMENT_TYPE,
    subject: [...files].map(([name, text]) => ({ name, digest: { sha256: sha256Hex(Buffer.from(text, 'utf8')) } })),
    predicateType: CERTIFICATE_PREDICATE_TYPE,
    predicate,
  };
}
