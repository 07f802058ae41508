import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONNECTOR_IMAGE_SOURCES } from '../../fixtures/internal/connector-simulator/build-image.ts';

// The connector simulator's image holds only CONNECTOR_IMAGE_SOURCES. A module the simulator imports
// from elsewhere is missing in the container, which then dies before it says it is listening: every
// test of the run fails with a log-stream error that names nothing. This walks the simulator's
// imports so that mistake fails here, naming the file.

const root = resolve(import.meta.dirname, '../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3]!;
      if (specifier.startsWith('.')) pending.push(relative(root, resolve(root, dirname(file), specifier)));
      else packages.add(specifier);
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

const inImage = (file: string) => CONNECTOR_IMAGE_SOURCES.some((source) => file === source || file.startsWith(`${source}/`));

test('every module the connector simulator imports is in its image', () => {
  const { files } = importGraph('sandbox/connector/main.ts');
  expect(files.length, "the walk found the simulator's modules").toBeGreaterThan(5);
  expect(files, 'the walk reached the server itself').toContain('sandbox/connector/server.ts');
  expect(
    files.filter((file) => !inImage(file)),
    `files imported but not under ${CONNECTOR_IMAGE_SOURCES.join(', ')}`,
  ).toEqual([]);
});

test("the connector simulator needs no package but zod and Node's own", () => {
  const { packages } = importGraph('sandbox/connector/main.ts');
  expect(
    packages.filter((name) => !name.startsWith('node:') && name !== 'zod'),
    'packages the image does not carry',
  ).toEqual([]);
});

test('the registry Dockerfile copies what the offline image holds', () => {
  const dockerfile = readFileSync(join(root, 'sandbox/connector/image/Dockerfile'), 'utf8');
  const copied = [...dockerfile.matchAll(/^COPY\s+(\S+)\s/gm)].map((match) => match[1]);
  expect(copied.toSorted()).toEqual([...CONNECTOR_IMAGE_SOURCES].sort());
});
