import { z } from 'zod';
import { connectorProfileNames } from '../connectors/connector-profiles.ts';

// Where golive points: the embedded sandbox (default) or a real deployment. Secrets come only from
// the environment; a golive.config.ts may carry non-secret settings.

export const TargetName = z.enum(['sandbox', 'staging', 'production-readiness']);
export type TargetName = z.infer<typeof TargetName>;

const KEY_LIKE = /^(snd|prd|dev|integ)_[A-Za-z0-9]{20,}$|^pk_(snd|prd|dev|integ)_/;

const RemoteTarget = z.object({
  OWNGATEWAY_BASE_URL: z.url({ message: 'expected the gateway base URL, e.g. https://sandbox.owngateway.example' }),
  OWNGATEWAY_API_KEY: z
    .string({ message: 'expected the secret API key (snd_… / prd_…)' })
    .regex(/^(snd|prd|dev|integ)_[A-Za-z0-9]{20,}$/, 'expected a secret API key such as snd_…'),
  OWNGATEWAY_PUBLISHABLE_KEY: z
    .string({ message: 'expected the publishable key (pk_snd_…)' })
    .regex(/^pk_(snd|prd|dev|integ)_[A-Za-z0-9]+$/, 'expected a publishable key such as pk_snd_…'),
  OWNGATEWAY_MERCHANT_ID: z.string({ message: 'expected the merchant id' }).min(1, 'expected the merchant id'),
  OWNGATEWAY_PAYMENT_RESPONSE_HASH_KEY: z
    .string({ message: 'expected the payment response hash key' })
    .min(16, 'expected the payment response hash key (at least 16 characters)'),
  OWNGATEWAY_ADMIN_API_KEY: z.string().min(1).optional(),
  OWNGATEWAY_CONNECTOR_WEBHOOK_SECRET: z.string().min(8).optional(),
  GOLIVE_STOREFRONT_URL: z.url().optional(),
  /** golive's fault proxy in front of OwnGateway listens here; the merchant's server must use it as its OwnGateway base URL. */
  GOLIVE_GATEWAY_PROXY_PORT: z.coerce
    .number({ message: 'expected a TCP port number' })
    .int()
    .min(1, 'expected a TCP port number (1-65535)')
    .max(65535, 'expected a TCP port number (1-65535)')
    .optional(),
  GOLIVE_GATEWAY_PROXY_HOST: z.string().min(1).default('127.0.0.1'),
});

const Common = z.object({
  // The connector the merchant's payments route to: its test cards and the statuses it reaches (helpers/connectors/connector-profiles.ts).
  GOLIVE_CONNECTOR_PROFILE: z
    .string()
    .refine((name) => connectorProfileNames.includes(name), { message: `expected one of ${connectorProfileNames.join(', ')}` })
    .default('stripe_test'),
  GOLIVE_RUN_ID: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'expected 1-64 letters, digits, ".", "_" or "-"')
    .default(() => `golive-${new Date().toISOString().replace(/[:.]/g, '-')}`),
  GOLIVE_REQUEST_BUDGET: z.coerce.number().int().positive({ message: 'expected a positive number of API requests per worker' }).default(5000),
  GOLIVE_I_KNOW_THIS_IS_PRODUCTION: z.enum(['1', 'true']).optional(),
  GOLIVE_CONTAINERS: z.enum(['require', 'auto', 'off'], { message: 'expected require, auto or off' }).default('auto'),
  /** The adapter file describing the merchant's site (declarative JSON). */
  GOLIVE_MERCHANT_ADAPTER: z.string().min(1).optional(),
  // Where the merchant keeps the secret key (one file) and where else golive must make sure it is not.
  GOLIVE_SECRET_KEY_LOCATION: z.string().trim().min(1, 'expected the one file that holds the secret key, e.g. deploy/.env').optional(),
  GOLIVE_SCAN_PATHS: z.string().optional(),
});

export type TargetConfig =
  ({ target: 'sandbox' } & z.infer<typeof Common>) | ({ target: 'staging' | 'production-readiness' } & z.infer<typeof Common> & z.infer<typeof RemoteTarget>);

/** Non-secret settings a repo may commit in golive.config.ts. */
export const ConfigFile = z
  .object({
    target: TargetName.optional(),
    baseUrl: z.url().optional(),
    merchantId: z.string().optional(),
    connectorProfile: z.string().optional(),
    storefrontUrl: z.url().optional(),
    secretKeyLocation: z.string().min(1).optional(),
    scanPaths: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type ConfigFile = z.infer<typeof ConfigFile>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Refuses a config file that holds anything key-shaped: keys belong in the environment only. */
export function assertNoSecretsInConfigFile(file: Record<string, unknown>, path = 'golive.config.ts'): void {
  const offending = Object.entries(file)
    .filter(([, value]) => typeof value === 'string' && KEY_LIKE.test(value))
    .map(([key]) => key);
  if (offending.length) {
    throw new ConfigError(
      `${path}: ${offending.join(', ')} look(s) like an API key. Keys come only from the environment (OWNGATEWAY_API_KEY, OWNGATEWAY_PUBLISHABLE_KEY); remove them from the file.`,
    );
  }
}

/**
 * A full certification of a real target looks at the merchant's site; without it every merchant item
 * would end `not run` after a long run. Say so before anything runs, naming what is missing.
 */
export function missingForFullCertification(config: TargetConfig): string[] {
  // production-readiness creates nothing, so it never checks out on the site.
  if (config.target !== 'staging') return [];
  const missing: string[] = [];
  if (!config.GOLIVE_STOREFRONT_URL) missing.push("GOLIVE_STOREFRONT_URL (the merchant site's base URL)");
  if (!config.GOLIVE_MERCHANT_ADAPTER) missing.push('GOLIVE_MERCHANT_ADAPTER (the adapter file describing the site; npm run init writes one)');
  return missing;
}

/** Production keys move real money: refuse them unless the run says, in so many words, that it knows. */
function assertNotProductionByAccident(config: TargetConfig): void {
  if (config.target === 'sandbox' || config.GOLIVE_I_KNOW_THIS_IS_PRODUCTION) return;
  const production = [
    ['OWNGATEWAY_API_KEY', config.OWNGATEWAY_API_KEY],
    ['OWNGATEWAY_PUBLISHABLE_KEY', config.OWNGATEWAY_PUBLISHABLE_KEY],
  ]
    .filter(([, key]) => /^(pk_)?prd_/.test(key ?? ''))
    .map(([name]) => name);
  if (production.length) {
    throw new ConfigError(
      `${production.join(' and ')} look like production keys (prd_). golive creates payments; run it against production only with GOLIVE_I_KNOW_THIS_IS_PRODUCTION=1 (certify: --i-know-this-is-production), which limits it to read-only checks.`,
    );
  }
}

/**
 * Validates the whole target at once, so one message names every bad field. The file's values
 * fill in where the environment is silent; the environment wins.
 */
export function loadTargetConfig(env: Record<string, string | undefined>, file: ConfigFile = {}): TargetConfig {
  assertNoSecretsInConfigFile(file);
  const merged: Record<string, string | undefined> = {
    GOLIVE_TARGET: file.target,
    OWNGATEWAY_BASE_URL: file.baseUrl,
    OWNGATEWAY_MERCHANT_ID: file.merchantId,
    GOLIVE_CONNECTOR_PROFILE: file.connectorProfile,
    GOLIVE_STOREFRONT_URL: file.storefrontUrl,
    GOLIVE_SECRET_KEY_LOCATION: file.secretKeyLocation,
    GOLIVE_SCAN_PATHS: file.scanPaths?.join(','),
  };
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') merged[key] = value;
  const targetName = TargetName.safeParse(merged.GOLIVE_TARGET ?? 'sandbox');
  if (!targetName.success)
    throw new ConfigError(
      `golive configuration is invalid:\n✖ expected GOLIVE_TARGET to be sandbox, staging or production-readiness, got ${JSON.stringify(merged.GOLIVE_TARGET)}\n  → at GOLIVE_TARGET`,
    );
  const schema = targetName.data === 'sandbox' ? Common : Common.extend(RemoteTarget.shape);
  const parsed = schema.safeParse(merged);
  if (!parsed.success) throw new ConfigError(`golive configuration for target "${targetName.data}" is invalid:\n${z.prettifyError(parsed.error)}`);
  const config = { target: targetName.data, ...parsed.data } as TargetConfig;
  assertNotProductionByAccident(config);
  return config;
}
