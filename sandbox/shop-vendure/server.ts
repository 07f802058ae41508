import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { bootstrap } from '@vendure/core';
import { z } from 'zod';
import { GatewayCallsInFlight } from './calls-in-flight.ts';
import { prepareDatabase } from './database.ts';
import { SECRET_KEY_FILE } from './deployment.ts';
import { VendureDefect } from './defects.ts';
import { OwnGatewayClient } from './owngateway-client.ts';
import { owngatewayPlugin } from './plugin.ts';
import { WEBHOOK_PATH, type OwnGatewaySettings } from './settings.ts';
import { shopVendureConfig } from './vendure-config.ts';

// "Northwind Stationers": a Vendure 3 shop with the OwnGateway plugin, its storefront served by
// Vendure's own server. startVendureShop() is what main.ts and the self-test call.

export const VendureShopOptions = z.object({
  gatewayUrl: z.url(),
  /** The OwnGateway URL browsers use, when it differs from the one the server calls. */
  publicGatewayUrl: z.url().optional(),
  apiKey: z.string().min(1),
  publishableKey: z.string().regex(/^pk_(dev|snd|prd)_/, 'expected a publishable key starting pk_dev_, pk_snd_ or pk_prd_'),
  paymentResponseHashKey: z.string().min(1),
  dataDir: z.string().min(1),
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(0),
  defects: z.array(VendureDefect).default([]),
  appearance: z.record(z.string(), z.unknown()).optional(),
  admin: z.object({ username: z.string().min(1), password: z.string().min(8) }).optional(),
  logLevel: z.enum(['error', 'warn', 'info', 'verbose', 'debug']).default('warn'),
});
export type VendureShopOptions = z.input<typeof VendureShopOptions>;

export interface StartedVendureShop {
  url: string;
  webhookUrl: string;
  adminApiUrl: string;
  shopApiUrl: string;
  admin: { username: string; password: string };
  /** How the database was obtained: copied from the cached template, or the template was built first. */
  database: 'cached' | 'built';
  stop(): Promise<void>;
}

export const DEFAULT_APPEARANCE = { theme: 'default', variables: { colorPrimary: '#0b57d0', borderRadius: '6px', fontFamily: 'system-ui, sans-serif' } };

export async function startVendureShop(input: VendureShopOptions): Promise<StartedVendureShop> {
  const options = VendureShopOptions.parse(input);
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(join(options.dataDir, SECRET_KEY_FILE), `OWNGATEWAY_API_KEY=${options.apiKey}\n`, { mode: 0o600 });
  if (options.defects.includes('dev-gateway-url-in-build')) {
    // The defect: the storefront's settings were deployed as the developer had them, a local OwnGateway among them.
    writeFileSync(
      join(options.dataDir, 'storefront.config.json'),
      JSON.stringify({ owngatewayPublicUrl: 'http://127.0.0.1:8080', checkoutLayout: 'tabs' }, null, 2),
    );
  }
  const admin = options.admin ?? { username: 'superadmin', password: randomBytes(12).toString('base64url') };
  const settings: OwnGatewaySettings = {
    client: new OwnGatewayClient(options.gatewayUrl, options.apiKey),
    publicUrl: (options.publicGatewayUrl ?? options.gatewayUrl).replace(/\/+$/, ''),
    publishableKey: options.publishableKey,
    paymentResponseHashKey: options.paymentResponseHashKey,
    appearance: options.appearance ?? DEFAULT_APPEARANCE,
    defects: new Set(options.defects),
    calls: new GatewayCallsInFlight(),
    shopUrl: '',
  };
  const config = shopVendureConfig({
    host: options.host,
    port: options.port,
    admin,
    cookieSecret: randomBytes(24).toString('hex'),
    settings,
    databaseFile: join(options.dataDir, 'vendure.sqlite'),
    plugins: [owngatewayPlugin(settings)],
    logLevel: options.logLevel,
  });
  const database = await prepareDatabase(options.dataDir, config);
  const app = await bootstrap(config);
  const address = (app.getHttpServer() as Server).address() as AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  settings.shopUrl = url;
  return {
    url,
    webhookUrl: `${url}${WEBHOOK_PATH}`,
    adminApiUrl: `${url}/admin-api`,
    shopApiUrl: `${url}/shop-api`,
    admin,
    database: database.template,
    stop: async () => {
      await app.close();
    },
  };
}
