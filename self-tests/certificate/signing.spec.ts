import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { keyIdOf, openEnvelope, preAuthEncoding, signEnvelope } from '../../reporting/certificate/dsse.ts';
import { loadOrCreateSigningKey, signingKeySecrets } from '../../reporting/certificate/signing-key.ts';
import { scanForSecrets } from '../../reporting/scan-for-secrets.ts';

// The signature under the certificate: DSSE's pre-authentication encoding as the spec gives it, a
// key kept outside the shared reports and made only once, and the secret scan that keeps it there.

const freshDir = () => mkdtempSync(join(tmpdir(), 'golive-signing-'));

test("PAE is the DSSE v1 encoding (the spec's own example)", () => {
  expect(preAuthEncoding('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe(
    'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
  );
  // Lengths are in bytes, not characters.
  expect(preAuthEncoding('t', Buffer.from('é')).toString()).toBe('DSSEv1 1 t 2 é');
});

test('an envelope opens with its key only, and not once a byte of it changed', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const envelope = signEnvelope('application/vnd.in-toto+json', Buffer.from('{"a":1}'), privateKey);
  expect(envelope.signatures[0]!.keyid).toBe(keyIdOf(publicKey));
  expect(openEnvelope(envelope, publicKey)).toMatchObject({ ok: true });
  const edited = { ...envelope, payload: Buffer.from('{"a":2}').toString('base64') };
  expect(openEnvelope(edited, publicKey)).toEqual({ ok: false, reason: expect.stringMatching(/changed after signing/) });
  expect(openEnvelope({ ...envelope, payloadType: 'application/json' }, publicKey)).toMatchObject({ ok: false });
  expect(openEnvelope(envelope, generateKeyPairSync('ed25519').publicKey)).toEqual({ ok: false, reason: expect.stringMatching(/not by the trusted key/) });
});

test('the signing key is made once, outside the reports, and reused', () => {
  const dir = freshDir();
  const env = { GOLIVE_SIGNING_KEY_FILE: join(dir, 'keys', 'signing-key.pem') };
  const made = loadOrCreateSigningKey(join(dir, 'reports'), env);
  expect(made.source).toMatch(/made now/);
  expect(statSync(env.GOLIVE_SIGNING_KEY_FILE).mode & 0o777).toBe(0o600);
  const again = loadOrCreateSigningKey(join(dir, 'reports'), env);
  expect(again.keyId).toBe(made.keyId);
  expect(() => loadOrCreateSigningKey(join(dir, 'reports'), { GOLIVE_SIGNING_KEY_FILE: join(dir, 'reports', 'key.pem') })).toThrow(/must be kept outside/);
});

test('GOLIVE_SIGNING_KEY takes PEM or base64 PKCS#8, and names itself when it is neither', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const der = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
  expect(loadOrCreateSigningKey('reports', { GOLIVE_SIGNING_KEY: der }).keyId).toBe(keyIdOf(createPublicKey(privateKey)));
  expect(() => loadOrCreateSigningKey('reports', { GOLIVE_SIGNING_KEY: 'not a key' })).toThrow(/GOLIVE_SIGNING_KEY: expected an Ed25519 private key/);
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  expect(() => loadOrCreateSigningKey('reports', { GOLIVE_SIGNING_KEY: rsa })).toThrow(/GOLIVE_SIGNING_KEY: expected an Ed25519 key, got rsa/);
});

test('the secret scan finds the private key in the reports, as PEM or by value, and passes the public key', () => {
  const dir = freshDir();
  const key = loadOrCreateSigningKey(join(dir, 'reports'), { GOLIVE_SIGNING_KEY_FILE: join(dir, 'signing-key.pem') });
  const secrets = signingKeySecrets({ GOLIVE_SIGNING_KEY_FILE: join(dir, 'signing-key.pem') });
  expect(secrets).toHaveLength(3);
  const reports = join(dir, 'reports');
  mkdirSync(reports);
  writeFileSync(join(reports, 'certificate.pub.pem'), key.publicKeyPem);
  expect(scanForSecrets(reports, secrets)).toEqual([]);
  writeFileSync(join(reports, 'leaked.pem'), key.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(join(reports, 'leaked.txt'), `key=${secrets[0]}`);
  const hits = scanForSecrets(reports, secrets);
  expect(hits).toContainEqual({ file: 'leaked.pem', what: 'private key' });
  expect(hits.filter((h) => h.file === 'leaked.txt').length).toBeGreaterThan(0);
});
