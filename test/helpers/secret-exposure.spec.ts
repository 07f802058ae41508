import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { countOccurrences, findKeyInPaths, findKeyInTexts, parseScanPaths } from '../../helpers/secret-exposure.ts';

const key = 'snd_' + 'k'.repeat(64);

test('counts every non-overlapping occurrence', () => {
  expect(countOccurrences(`a ${key} b ${key}`, key)).toBe(2);
  expect(countOccurrences('nothing here', key)).toBe(0);
});

test('names each browser-visible location that holds the key', () => {
  const found = findKeyInTexts([
    { location: 'http://shop/checkout', text: '<html>pk_snd_abc</html>' },
    { location: 'http://shop/app.js', text: `const k = "${key}";` },
  ], key);
  expect(found).toEqual([{ location: 'http://shop/app.js', count: 1 }]);
});

test('walks folders, skips node_modules and finds the key in a binary bundle', async () => {
  const root = await mkdtemp(join(tmpdir(), 'golive-scan-'));
  await mkdir(join(root, 'node_modules'));
  await writeFile(join(root, 'node_modules', 'dep.js'), key);
  await writeFile(join(root, '.env'), `OWNGATEWAY_API_KEY=${key}\n`);
  await writeFile(join(root, 'app.bundle'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(key), Buffer.from([255])]));
  await writeFile(join(root, 'clean.txt'), 'no key');
  const found = await findKeyInPaths([root], key, root);
  expect(found.map((entry) => entry.location).sort()).toEqual(['.env', 'app.bundle']);
});

test('a path that does not exist is named in the error', async () => {
  await expect(findKeyInPaths(['/nonexistent/golive'], key)).rejects.toThrow(/GOLIVE_SCAN_PATHS: expected an existing file or folder, got "\/nonexistent\/golive"/);
});

test('splits GOLIVE_SCAN_PATHS on commas and the platform delimiter', () => {
  expect(parseScanPaths(' a , b:c ')).toEqual(['a', 'b', 'c']);
  expect(parseScanPaths(undefined)).toEqual([]);
});
