import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { keyIdOf } from './dsse.ts';

// The Ed25519 key certificates are signed with: GOLIVE_SIGNING_KEY (PEM, or base64 PKCS#8 DER) from
// the environment, else a key file made once and kept outside the shared reports
// (GOLIVE_SIGNING_KEY_FILE, default .golive/signing-key.pem, git-ignored). Its public half goes
// beside each certificate; OwnGateway keeps the one it was first given and checks against that.

export const DEFAULT_SIGNING_KEY_FILE = '.golive/signing-key.pem';

export interface SigningKey {
  privateKey: KeyObject;
  publicKeyPem: string;
  keyId: string;
  source: string;
}

function parsePrivateKey(text: string, where: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  try {
    key = trimmed.startsWith('-----BEGIN')
      ? createPrivateKey(trimmed)
      : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw new Error(`${where}: expected an Ed25519 private key as PEM or base64 PKCS#8 DER (${error instanceof Error ? error.message : String(error)})`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${where}: expected an Ed25519 key, got ${key.asymmetricKeyType ?? 'an unknown key type'}`);
  return key;
}

const signingKeyFile = (env: NodeJS.ProcessEnv): string => env.GOLIVE_SIGNING_KEY_FILE ?? DEFAULT_SIGNING_KEY_FILE;

function signingKey(privateKey: KeyObject, source: string): SigningKey {
  return { privateKey, publicKeyPem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString(), keyId: keyIdOf(privateKey), source };
}

/** The configured key, or a new one written (mode 600) where the next run finds it. Never inside `reportsDir`. */
export function loadOrCreateSigningKey(reportsDir: string, env: NodeJS.ProcessEnv = process.env): SigningKey {
  if (env.GOLIVE_SIGNING_KEY) return signingKey(parsePrivateKey(env.GOLIVE_SIGNING_KEY, 'GOLIVE_SIGNING_KEY'), 'GOLIVE_SIGNING_KEY');
  const file = resolve(signingKeyFile(env));
  const fromReports = relative(resolve(reportsDir), file);
  if (!fromReports.startsWith('..')) throw new Error(`GOLIVE_SIGNING_KEY_FILE=${file}: the signing key must be kept outside ${reportsDir}/, which is shared`);
  if (existsSync(file)) return signingKey(parsePrivateKey(readFileSync(file, 'utf8'), file), file);
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  chmodSync(file, 0o600);
  return signingKey(privateKey, `${file} (made now)`);
}

/** The private key's text as the secret scan must look for it (base64 PKCS#8), if one is configured or kept. */
export function signingKeySecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  let key: KeyObject;
  try {
    if (env.GOLIVE_SIGNING_KEY) key = parsePrivateKey(env.GOLIVE_SIGNING_KEY, 'GOLIVE_SIGNING_KEY');
    else if (existsSync(signingKeyFile(env))) key = parsePrivateKey(readFileSync(signingKeyFile(env), 'utf8'), signingKeyFile(env));
    else return [];
  } catch {
    return [];
  }
  const der = key.export({ type: 'pkcs8', format: 'der' });
  // The whole DER, and the 32-byte seed at its end (what a raw Ed25519 key export would show).
  return [der.toString('base64'), der.subarray(-32).toString('base64'), der.subarray(-32).toString('hex')];
}

export function readPublicKey(path: string): KeyObject {
  try {
    const key = createPublicKey(readFileSync(path, 'utf8'));
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`an ${key.asymmetricKeyType ?? 'unknown'} key`);
    return key;
  } catch (error) {
    throw new Error(`${path}: expected an Ed25519 public key (PEM) (${error instanceof Error ? error.message : String(error)})`);
  }
}
