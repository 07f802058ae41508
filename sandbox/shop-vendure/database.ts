import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrap, TransactionalConnection, type VendureConfig } from '@vendure/core';
import { populate } from '@vendure/core/cli/populate.js';
import { initialData, productsCsv } from './catalogue.ts';

// Seeding Vendure (schema synchronisation, countries, tax, shipping, products) takes several seconds,
// so it runs once per seed and Vendure version: the populated database is kept as a template file
// under the OS temp dir and each start copies it into the shop's data dir.

const require = createRequire(import.meta.url);
const vendureVersion = (JSON.parse(readFileSync(require.resolve('@vendure/core/package.json'), 'utf8')) as { version: string }).version;

/** The template's file name changes whenever the seed data, this file or Vendure does. */
export function templatePath(): string {
  const hash = createHash('sha256')
    .update(vendureVersion)
    .update(JSON.stringify(initialData))
    .update(productsCsv())
    // The plugin's code shapes the schema too (custom fields): any change to the shop's sources rebuilds.
    .update(
      readdirSync(import.meta.dirname)
        .filter((f) => f.endsWith('.ts'))
        .sort()
        .map((f) => readFileSync(join(import.meta.dirname, f), 'utf8'))
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 16);
  return join(tmpdir(), `golive-vendure-template-${hash}.sqlite`);
}

/** Boots Vendure once on an empty in-memory database, populates it, and saves the result as the template. */
async function buildTemplate(target: string, baseConfig: VendureConfig): Promise<void> {
  const work = join(tmpdir(), `golive-vendure-build-${randomBytes(6).toString('hex')}`);
  mkdirSync(work, { recursive: true });
  const csv = join(work, 'products.csv');
  writeFileSync(csv, productsCsv());
  const config: VendureConfig = {
    ...baseConfig,
    apiOptions: { ...baseConfig.apiOptions, port: 0, hostname: '127.0.0.1' },
    authOptions: {
      ...baseConfig.authOptions,
      superadminCredentials: { identifier: `template-${randomBytes(6).toString('hex')}`, password: randomBytes(18).toString('base64url') },
    },
    dbConnectionOptions: { type: 'sqljs', synchronize: true, logging: false },
  };
  const app = await populate(() => bootstrap(config), initialData, csv);
  try {
    const driver = app.get(TransactionalConnection).rawConnection.driver as unknown as { export(): Uint8Array };
    const partial = `${target}.${process.pid}.partial`;
    writeFileSync(partial, driver.export());
    renameSync(partial, target); // atomic: a parallel start never reads half a template
  } finally {
    await app.close();
  }
}

/**
 * The shop's database file in `dataDir`, a fresh copy of the populated template (built first when
 * missing). Returns how the copy was obtained, for the start-up benchmark.
 */
export async function prepareDatabase(dataDir: string, baseConfig: VendureConfig): Promise<{ file: string; template: 'cached' | 'built' }> {
  const template = templatePath();
  let built: 'cached' | 'built' = 'cached';
  if (!existsSync(template)) {
    await buildTemplate(template, baseConfig);
    built = 'built';
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'vendure.sqlite');
  copyFileSync(template, file);
  return { file, template: built };
}
