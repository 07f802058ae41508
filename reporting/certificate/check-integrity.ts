import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { CertificateBundle, SEALED_FILES } from './bundle.ts';
import { openEnvelope } from './dsse.ts';
import { SEALED_SCHEMAS, type SealedContents } from './sealed-files.ts';
import { sha256Hex, Statement, STATEMENT_PAYLOAD_TYPE } from './statement.ts';

// Offline: the signature by the trusted key, then every sealed file against its digest in the
// statement, then each file against its schema. Each problem names what was changed.

export type IntegrityResult = { ok: true; statement: Statement; contents: SealedContents; keyid: string } | { ok: false; problems: string[] };

export function checkIntegrity(raw: unknown, trustedKey: KeyObject): IntegrityResult {
  const bundle = CertificateBundle.safeParse(raw);
  if (!bundle.success) return { ok: false, problems: [`not a golive certificate:\n${z.prettifyError(bundle.error)}`] };
  const { dsseEnvelope, files } = bundle.data;
  if (dsseEnvelope.payloadType !== STATEMENT_PAYLOAD_TYPE)
    return { ok: false, problems: [`payload type ${dsseEnvelope.payloadType}: expected ${STATEMENT_PAYLOAD_TYPE}`] };
  const opened = openEnvelope(dsseEnvelope, trustedKey);
  if (!opened.ok) return { ok: false, problems: [opened.reason] };
  let json: unknown;
  try {
    json = JSON.parse(opened.payload.toString('utf8'));
  } catch {
    return { ok: false, problems: ['the signed payload is not JSON'] };
  }
  const statement = Statement.safeParse(json);
  if (!statement.success) return { ok: false, problems: [`the signed payload is not golive's in-toto statement:\n${z.prettifyError(statement.error)}`] };
  const problems: string[] = [];
  const subjects = new Map(statement.data.subject.map((s) => [s.name, s.digest.sha256]));
  for (const [name, sha256] of subjects) {
    const text = files[name];
    if (text === undefined) problems.push(`${name}: sealed in the statement, missing from the bundle (removed after signing)`);
    else if (sha256Hex(Buffer.from(text, 'utf8')) !== sha256)
      problems.push(`${name}: changed after signing (sha256 ${sha256Hex(Buffer.from(text, 'utf8')).slice(0, 16)}…, signed ${sha256.slice(0, 16)}…)`);
  }
  for (const name of Object.keys(files)) if (!subjects.has(name)) problems.push(`${name}: in the bundle but not sealed by the statement (added after signing)`);
  for (const name of Object.values(SEALED_FILES)) if (!subjects.has(name)) problems.push(`${name}: not sealed (a golive certificate seals it)`);
  if (problems.length) return { ok: false, problems };
  const contents: Partial<SealedContents> = {};
  for (const [role, name] of Object.entries(SEALED_FILES) as [keyof typeof SEALED_FILES, string][]) {
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(files[name]!);
    } catch {
      problems.push(`${name}: not JSON`);
      continue;
    }
    const parsed = SEALED_SCHEMAS[role].safeParse(parsedJson);
    if (!parsed.success) problems.push(`${name}: not what golive writes:\n${z.prettifyError(parsed.error)}`);
    else Object.assign(contents, { [role]: parsed.data });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, statement: statement.data, contents: contents as SealedContents, keyid: opened.keyid };
}
