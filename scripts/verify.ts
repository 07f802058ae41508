import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCommandLine } from '../helpers/configuration/command-line.ts';
import { PUBLIC_KEY_FILE } from '../reporting/certificate/bundle.ts';
import { readPublicKey } from '../reporting/certificate/signing-key.ts';
import { verifyCertificate, VerifyExit } from '../reporting/certificate/verify-certificate.ts';

// `npm run verify -- <certificate>`: what OwnGateway's reviewer runs on a merchant's go-live
// certificate. Offline: the signature and every digest. Then, with OwnGateway's admin key (or the
// merchant's key), every object the evidence names, looked up in OwnGateway's own records.

const commandLine = runCommandLine({
  command: 'npm run verify --',
  synopsis: '<golive-certificate.json> [--public-key <pem>] [--gateway-url <url>] [--merchant-id <id>] [--offline]',
  describe: [
    [
      '--public-key <pem>',
      `the merchant's public key as OwnGateway has it on file (default: ${PUBLIC_KEY_FILE} beside the certificate, which proves integrity, not who signed)`,
    ],
    [
      '--gateway-url <url>',
      'the OwnGateway to look objects up in (default OWNGATEWAY_BASE_URL, else the one the certificate names); it must be the one the certificate was made against',
    ],
    ['--merchant-id <id>', "the merchant you are signing off (default OWNGATEWAY_MERCHANT_ID); it must be the certificate's"],
    ['--offline', 'signature, digests and consistency only; OwnGateway is not asked'],
    ['OWNGATEWAY_ADMIN_API_KEY', "reads the merchant's objects (through a short-lived key of the merchant's, revoked after) and its webhook deliveries"],
    ['OWNGATEWAY_API_KEY', "the merchant's secret key instead: payments, refunds and mandates only, no webhook deliveries"],
  ],
  options: { 'public-key': { type: 'string' }, 'gateway-url': { type: 'string' }, 'merchant-id': { type: 'string' }, offline: { type: 'boolean' } },
  allowPositionals: true,
});

function unusable(message: string): never {
  console.error(`golive verify: ${message}`);
  process.exit(VerifyExit.unusable);
}

const [certificatePath, ...extra] = commandLine.positionals;
if (!certificatePath || extra.length) unusable('expected one certificate file, e.g. npm run verify -- reports/golive-certificate.json');
if (!existsSync(certificatePath)) unusable(`${certificatePath}: no such file`);
const publicKeyPath = commandLine.values['public-key'] ?? join(dirname(certificatePath), PUBLIC_KEY_FILE);
if (!existsSync(publicKeyPath)) unusable(`${publicKeyPath}: no public key (pass the merchant's with --public-key)`);
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(certificatePath, 'utf8'));
} catch (error) {
  unusable(`${certificatePath}: not JSON (${error instanceof Error ? error.message : String(error)})`);
}
let trustedKey;
try {
  trustedKey = readPublicKey(publicKeyPath);
} catch (error) {
  unusable(error instanceof Error ? error.message : String(error));
}
if (!commandLine.values['public-key'])
  console.log(
    `golive verify: trusting ${publicKeyPath}, the key that came with the certificate: this proves it was not edited after signing, not who signed it (--public-key with the key you have on file does)`,
  );

const outcome = await verifyCertificate(
  raw,
  trustedKey,
  commandLine.values.offline
    ? null
    : {
        baseUrl: commandLine.values['gateway-url'] ?? process.env.OWNGATEWAY_BASE_URL,
        merchantId: commandLine.values['merchant-id'] ?? process.env.OWNGATEWAY_MERCHANT_ID,
        adminApiKey: process.env.OWNGATEWAY_ADMIN_API_KEY,
        merchantApiKey: process.env.OWNGATEWAY_API_KEY,
      },
);
console.log(outcome.lines.join('\n'));
process.exit(outcome.exit);
