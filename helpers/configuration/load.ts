import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ConfigError, ConfigFile, loadTargetConfig, type TargetConfig } from './target.ts';

/** Reads golive.config.ts (if any) and the environment; throws one ConfigError naming every bad field. */
export async function loadConfigFromDisk(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Promise<TargetConfig> {
  const path = resolve(cwd, env.GOLIVE_CONFIG ?? 'golive.config.ts');
  let file: ConfigFile = {};
  if (existsSync(path)) {
    const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
    const parsed = ConfigFile.safeParse(module.default ?? {});
    if (!parsed.success) throw new ConfigError(`${path} is invalid:\n${z.prettifyError(parsed.error)}`);
    file = parsed.data;
  }
  return loadTargetConfig(env, file);
}
