import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DsseEnvelope, signEnvelope } from './dsse.ts';
import type { SigningKey } from './signing-key.ts';
import { buildStatement, STATEMENT_PAYLOAD_TYPE, type CertificatePredicate } from './statement.ts';

// The certificate is one file: the DSSE envelope around the in-toto statement, and the sealed files
// themselves (exact text), so OwnGateway's reviewer needs nothing else to check it. Shaped like a
// Sigstore bundle (mediaType, dsseEnvelope); the public key goes beside it, not inside it, since a
// key inside proves nothing about who signed.

export const CERTIFICATE_MEDIA_TYPE = 'application/vnd.golive.certificate.v1+json';
export const CERTIFICATE_FILE = 'golive-certificate.json';
export const PUBLIC_KEY_FILE = 'certificate.pub.pem';

/** The files a certificate seals, by the name its statement gives each. */
export const SEALED_FILES = {
  checklist: 'go-live-checklist.json',
  evidence: 'golive-evidence.json',
  allureSummary: 'allure-summary.json',
  environment: 'environment.json',
} as const;

export const CertificateBundle = z.object({
  mediaType: z.literal(CERTIFICATE_MEDIA_TYPE),
  dsseEnvelope: DsseEnvelope,
  files: z.record(z.string(), z.string()),
});
export type CertificateBundle = z.infer<typeof CertificateBundle>;

export function sealCertificate(files: ReadonlyMap<string, string>, predicate: CertificatePredicate, key: SigningKey): CertificateBundle {
  const statement = buildStatement(files, predicate);
  return {
    mediaType: CERTIFICATE_MEDIA_TYPE,
    dsseEnvelope: signEnvelope(STATEMENT_PAYLOAD_TYPE, Buffer.from(JSON.stringify(statement), 'utf8'), key.privateKey),
    files: Object.fromEntries(files),
  };
}

/** Writes the certificate and its public key into `dir`; returns the certificate's path. */
export function writeCertificate(dir: string, bundle: CertificateBundle, key: SigningKey): string {
  const path = join(dir, CERTIFICATE_FILE);
  writeFileSync(path, `${JSON.stringify(bundle, null, 2)}\n`);
  writeFileSync(join(dir, PUBLIC_KEY_FILE), key.publicKeyPem);
  return path;
}
