import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';

// A DSSE envelope (secure-systems-lab/dsse, protocol v1): the signature covers the pre-authentication
// encoding of the payload and its type, so neither can be swapped without breaking it. Ed25519 through
// node:crypto; the key id is the SHA-256 of the public key's SPKI DER, so a verifier can tell "signed
// by another key" from "changed after signing".

export const DsseEnvelope = z.object({
  payload: z.base64(),
  payloadType: z.string().min(1),
  signatures: z.array(z.object({ keyid: z.string(), sig: z.base64() })).min(1),
});
export type DsseEnvelope = z.infer<typeof DsseEnvelope>;

/** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in bytes as ASCII decimal. */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function signEnvelope(payloadType: string, payload: Uint8Array, privateKey: KeyObject): DsseEnvelope {
  const sig = sign(null, preAuthEncoding(payloadType, payload), privateKey);
  return { payload: Buffer.from(payload).toString('base64'), payloadType, signatures: [{ keyid: keyIdOf(privateKey), sig: sig.toString('base64') }] };
}

export type EnvelopeCheck = { ok: true; payload: Buffer; keyid: string } | { ok: false; reason: string };

/** The payload, if a signature by `publicKey` covers it; otherwise why not. */
export function openEnvelope(envelope: DsseEnvelope, publicKey: KeyObject): EnvelopeCheck {
  const keyid = keyIdOf(publicKey);
  const payload = Buffer.from(envelope.payload, 'base64');
  const byThisKey = envelope.signatures.filter((s) => s.keyid === keyid);
  if (!byThisKey.length) {
    return {
      ok: false,
      reason: `signed by key ${envelope.signatures.map((s) => s.keyid.slice(0, 16)).join(', ')}, not by the trusted key ${keyid.slice(0, 16)}`,
    };
  }
  const valid = byThisKey.some((s) => verify(null, preAuthEncoding(envelope.payloadType, payload), publicKey, Buffer.from(s.sig, 'base64')));
  return valid
    ? { ok: true, payload, keyid }
    : {
        ok: false,
        reason: `the signed statement (DSSE payload or its type) was changed after signing: the signature of key ${keyid.slice(0, 16)} does not cover it`,
      };
}
