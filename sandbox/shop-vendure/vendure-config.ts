// Vendure reports anonymous usage to its authors by default; this shop talks to nothing but OwnGateway.
process.env.VENDURE_DISABLE_TELEMETRY ??= 'true';

import type { VendureConfig } from '@vendure/core';
import { StderrLogger, type ShopLogLevel } from './logger.ts';
import { owngatewayPaymentHandler } from './payment-handler.ts';
import type { OwnGatewaySettings } from './settings.ts';

export interface ShopConfigInput {
  host: string;
  port: number;
  admin: { username: string; password: string };
  cookieSecret: string;
  settings: OwnGatewaySettings;
  /** The shop's sqljs database file (kept up to date on every write). */
  databaseFile: string;
  plugins: NonNullable<VendureConfig['plugins']>;
  logLevel?: ShopLogLevel;
}

/** The shop's Vendure configuration: embedded sqljs database, bearer and cookie sessions, OwnGateway payments. */
export function shopVendureConfig(input: ShopConfigInput): VendureConfig {
  return {
    apiOptions: {
      hostname: input.host,
      port: input.port,
      adminApiPath: 'admin-api',
      shopApiPath: 'shop-api',
      adminApiPlayground: false,
      shopApiPlayground: false,
      adminApiDebug: false,
      shopApiDebug: false,
      // The storefront is served from the same origin, so no cross-origin access at all; GraphQL
      // requests must be preflight-worthy (JSON), so no HTML form can log anyone in.
      cors: false,
      csrfPrevention: true,
    },
    authOptions: {
      // Bearer for the admin tools (login answers with a vendure-auth-token header), cookies for the storefront.
      tokenMethod: ['bearer', 'cookie'],
      superadminCredentials: { identifier: input.admin.username, password: input.admin.password },
      cookieOptions: { secret: input.cookieSecret, sameSite: 'lax', httpOnly: true },
      requireVerification: false,
    },
    dbConnectionOptions: { type: 'sqljs', location: input.databaseFile, autoSave: true, synchronize: false, logging: false },
    paymentOptions: { paymentMethodHandlers: [owngatewayPaymentHandler(input.settings)] },
    logger: new StderrLogger(input.logLevel ?? 'warn'),
    plugins: input.plugins,
  };
}
