import { readFileSync } from 'node:fs';
import { CertificateBundle, SEALED_FILES, sealCertificate } from '../../reporting/certificate/bundle.ts';
import { SEALED_SCHEMAS, type SealedContents } from '../../reporting/certificate/sealed-files.ts';
import type { SigningKey } from '../../reporting/certificate/signing-key.ts';
import { Statement, type CertificatePredicate } from '../../reporting/certificate/statement.ts';

// What a forger can do to a certificate: edit a sealed file or the statement in place, or edit and
// sign again (with the merchant's own key, which the merchant holds, or another one).

type Role = keyof typeof SEALED_FILES;

export const readBundle = (path: string): CertificateBundle => CertificateBundle.parse(JSON.parse(readFileSync(path, 'utf8')));

export const statementOf = (bundle: CertificateBundle): Statement =>
  Statement.parse(JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')));

export function contentsOf(bundle: CertificateBundle): SealedContents {
  const read = <R extends Role>(role: R) => SEALED_SCHEMAS[role].parse(JSON.parse(bundle.files[SEALED_FILES[role]]!));
  return { checklist: read('checklist'), evidence: read('evidence'), allureSummary: read('allureSummary'), environment: read('environment') } as SealedContents;
}

/** Sealed files edited in place, the signature left as it was. */
export function editFiles(bundle: CertificateBundle, edit: (contents: SealedContents) => void): CertificateBundle {
  const contents = contentsOf(bundle);
  edit(contents);
  const files = { ...bundle.files };
  for (const [role, name] of Object.entries(SEALED_FILES) as [Role, string][]) {
    const text = JSON.stringify(contents[role], null, 2);
    if (JSON.stringify(JSON.parse(files[name]!)) !== JSON.stringify(contents[role])) files[name] = text;
  }
  return { ...bundle, files };
}

/** The signed statement edited in place (its predicate), the signature left as it was. */
export function editStatement(bundle: CertificateBundle, edit: (predicate: CertificatePredicate) => void): CertificateBundle {
  const statement = statementOf(bundle);
  edit(statement.predicate);
  return { ...bundle, dsseEnvelope: { ...bundle.dsseEnvelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') } };
}

/** Files and statement edited, then everything sealed and signed again with `key`. */
export function reseal(
  bundle: CertificateBundle,
  key: SigningKey,
  edit: { files?: (contents: SealedContents) => void; predicate?: (predicate: CertificatePredicate) => void; text?: (text: string) => string },
): CertificateBundle {
  const rewritten: CertificateBundle = edit.text
    ? { ...bundle, files: Object.fromEntries(Object.entries(bundle.files).map(([name, text]) => [name, edit.text!(text)])) }
    : bundle;
  const contents = contentsOf(rewritten);
  edit.files?.(contents);
  const statement = statementOf(bundle);
  const predicate = edit.text ? (JSON.parse(edit.text(JSON.stringify(statement.predicate))) as CertificatePredicate) : statement.predicate;
  edit.predicate?.(predicate);
  return sealCertificate(
    new Map((Object.entries(SEALED_FILES) as [Role, string][]).map(([role, name]) => [name, JSON.stringify(contents[role], null, 2)])),
    predicate,
    key,
  );
}
