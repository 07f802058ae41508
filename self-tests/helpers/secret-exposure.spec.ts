import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { zipSync } from 'fflate';
import {
  countInChunks,
  countOccurrences,
  describeKeyScan,
  findKeyInTexts,
  isExternalKeyLocation,
  judgeKeyLocation,
  parseScanPaths,
  scanPathsForKey,
  sourceMapUrl,
} from '../../helpers/secrets/secret-exposure.ts';
import { zip64Of } from './zip64.ts';

const key = 'snd_' + 'k'.repeat(60) + 'Q7';

/** A deployment folder whose `.env` holds the key: the correct shape, for each test to spoil. */
async function deployment(): Promise<{ root: string; env: string }> {
  const root = await mkdtemp(join(tmpdir(), 'golive-scan-'));
  await writeFile(join(root, '.env'), `OWNGATEWAY_BASE_URL=https://gw.example\nOWNGATEWAY_API_KEY=${key}\n`);
  await mkdir(join(root, 'public'));
  await writeFile(join(root, 'public', 'app.js'), 'console.log("no key here");\n');
  return { root, env: join(root, '.env') };
}

test('counts every non-overlapping occurrence', () => {
  expect(countOccurrences(`a ${key} b ${key}`, key)).toBe(2);
  expect(countOccurrences('nothing here', key)).toBe(0);
});

test('names each browser-visible location that holds the key', () => {
  const found = findKeyInTexts(
    [
      { location: 'http://shop/checkout', text: '<html>pk_snd_abc</html>' },
      { location: 'http://shop/app.js', text: `const k = "${key}";` },
    ],
    key,
  );
  expect(found).toEqual([{ location: 'http://shop/app.js', count: 1 }]);
});

test('counts a key split across chunk boundaries once, and a key in a carried tail not twice', async () => {
  const text = Buffer.from(`xx${key}yy${key}`);
  for (const size of [1, 3, 7, key.length - 1, key.length, 64, text.length]) {
    const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.subarray(i * size, (i + 1) * size));
    expect((await countInChunks(chunks, [Buffer.from(key)])).count, `chunks of ${size} bytes`).toBe(2);
  }
});

test('the key only at its declared place passes, and the scan says how much it read', async () => {
  const { root, env } = await deployment();
  const scan = await scanPathsForKey([root], key);
  expect(scan.occurrences).toEqual([{ location: env, count: 1 }]);
  expect(scan.files).toBe(2);
  expect(scan.bytes).toBeGreaterThan(key.length);
  expect(judgeKeyLocation(scan, env)).toEqual({ verdict: 'pass', summary: `the secret key is only at ${env}` });
  expect(describeKeyScan(scan, [root])).toMatch(/^scanned 2 file\(s\), \d+ bytes, under /);
});

test('the key also in a shipped source map fails, naming the map', async () => {
  const { root, env } = await deployment();
  await writeFile(
    join(root, 'public', 'app.js.map'),
    JSON.stringify({ version: 3, sources: ['src/config.ts'], sourcesContent: [`export const apiKey = "${key}";`], mappings: '' }),
  );
  const verdict = judgeKeyLocation(await scanPathsForKey([root], key), env);
  expect(verdict).toEqual({ verdict: 'fail', message: expect.stringContaining(join(root, 'public', 'app.js.map')) });
});

test('folders golive never deploys are skipped; a key in a binary bundle or as UTF-16 is still found', async () => {
  const { root, env } = await deployment();
  await mkdir(join(root, 'node_modules'));
  await writeFile(join(root, 'node_modules', 'dep.js'), key);
  await writeFile(join(root, 'app.bundle'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(key), Buffer.from([255])]));
  await writeFile(join(root, 'Info.strings'), Buffer.from(`"key" = "${key}";`, 'utf16le'));
  const scan = await scanPathsForKey([root], key);
  expect(scan.occurrences.map((o) => o.location).sort()).toEqual([env, join(root, 'Info.strings'), join(root, 'app.bundle')].sort());
});

test('a key inside a ZIP64 archive, and inside an archive nested in it, is found and named by entry', async () => {
  const { root, env } = await deployment();
  const inner = Buffer.from(zipSync({ 'res/raw/config.json': Buffer.from(JSON.stringify({ apiKey: key })) }));
  await writeFile(
    join(root, 'release.zip'),
    zip64Of([
      { name: 'README.txt', content: Buffer.from('release notes') },
      { name: 'app/settings.env', content: Buffer.from(`OWNGATEWAY_API_KEY=${key}\n`) },
      { name: 'app/libs/payments.aar', content: inner },
    ]),
  );
  const scan = await scanPathsForKey([root], key);
  expect(scan.problems).toEqual([]);
  expect(scan.archives).toBe(2);
  expect(scan.archiveEntries).toBe(4);
  expect(scan.occurrences.map((o) => o.location).sort()).toEqual(
    [env, `${join(root, 'release.zip')}!app/libs/payments.aar!res/raw/config.json`, `${join(root, 'release.zip')}!app/settings.env`].sort(),
  );
  expect(judgeKeyLocation(scan, env).verdict).toBe('fail');
});

test('two archive entries with the same name are both read: the key in the first is not hidden by the second', async () => {
  const { root, env } = await deployment();
  await writeFile(
    join(root, 'twice.zip'),
    zip64Of([
      { name: 'config.json', content: Buffer.from(JSON.stringify({ apiKey: key })) },
      { name: 'config.json', content: Buffer.from('{}') },
    ]),
  );
  const scan = await scanPathsForKey([root], key);
  expect(scan.archiveEntries).toBe(2);
  expect(scan.occurrences.map((o) => o.location)).toContain(`${join(root, 'twice.zip')}!config.json`);
  expect(judgeKeyLocation(scan, env).verdict).toBe('fail');
});

test('an archive that cannot be opened makes the check not run, naming the archive', async () => {
  const { root, env } = await deployment();
  const whole = Buffer.from(zipSync({ 'config.json': Buffer.from('{}') }));
  await writeFile(join(root, 'app-release.apk'), whole.subarray(0, whole.length - 30));
  const verdict = judgeKeyLocation(await scanPathsForKey([root], key), env);
  expect(verdict).toEqual({ verdict: 'not run', reason: expect.stringContaining(`${join(root, 'app-release.apk')}: archive could not be opened`) });
});

test('a scan path that does not exist makes the check not run, naming the path', async () => {
  const { root, env } = await deployment();
  const verdict = judgeKeyLocation(await scanPathsForKey([root, '/nonexistent/golive-build'], key), env);
  expect(verdict).toEqual({ verdict: 'not run', reason: expect.stringContaining('/nonexistent/golive-build: does not exist') });
});

test('a file the scan may not read makes the check not run', async () => {
  test.skip(process.getuid?.() === 0, 'root reads files whatever their mode, so an unreadable file cannot be made here');
  const { root, env } = await deployment();
  await writeFile(join(root, 'secrets.yml'), 'x');
  await chmod(join(root, 'secrets.yml'), 0o000);
  const verdict = judgeKeyLocation(await scanPathsForKey([root], key), env);
  expect(verdict).toEqual({ verdict: 'not run', reason: expect.stringContaining('secrets.yml: file is not readable') });
});

test('the key found nowhere: not run when the declared place could not be read or nothing was scanned, fail when the declared place was read without it', async () => {
  const { root } = await deployment();
  await writeFile(join(root, '.env'), 'OWNGATEWAY_BASE_URL=https://gw.example\n');
  const missingDeclared = join(root, 'deploy', '.env');
  expect(judgeKeyLocation(await scanPathsForKey([root, missingDeclared], key), missingDeclared)).toEqual({
    verdict: 'not run',
    reason: expect.stringContaining(`${missingDeclared}: does not exist`),
  });
  const empty = await mkdtemp(join(tmpdir(), 'golive-scan-empty-'));
  expect(judgeKeyLocation(await scanPathsForKey([empty], key), join(empty, '.env')).verdict).toBe('not run');
  expect(judgeKeyLocation(await scanPathsForKey([root], key), join(root, '.env'))).toEqual({
    verdict: 'fail',
    message: expect.stringContaining('not at its declared place'),
  });
});

test('a file over the in-memory limit is streamed, not skipped; an archive over it is not run, not skipped', async () => {
  const { root, env } = await deployment();
  await writeFile(join(root, 'bundle.js'), `${'x'.repeat(70_000)}${key}${'y'.repeat(70_000)}`);
  const scan = await scanPathsForKey([root], key, { inMemoryBytes: 1024 });
  expect(scan.occurrences.map((o) => o.location)).toContain(join(root, 'bundle.js'));
  expect(scan.bytes).toBeGreaterThan(140_000);
  await writeFile(join(root, 'big.zip'), zipSync({ 'a.txt': Buffer.alloc(4096, 1) }, { level: 0 }));
  const verdict = judgeKeyLocation(await scanPathsForKey([join(root, 'big.zip'), env], key, { inMemoryBytes: 1024 }), env);
  expect(verdict).toEqual({ verdict: 'not run', reason: expect.stringContaining('over the 1024 bytes golive opens in memory') });
});

test('a zip written by the zip tool with -fz (ZIP64 records) is read', async () => {
  const { root, env } = await deployment();
  try {
    execFileSync('zip', ['-q', '-fz', join(root, 'tool.zip'), '.env'], { cwd: root });
  } catch {
    test.skip(true, 'the zip tool is not installed here; the hand-built ZIP64 test covers the format');
  }
  const scan = await scanPathsForKey([join(root, 'tool.zip')], key);
  expect(scan.problems).toEqual([]);
  expect(scan.occurrences).toEqual([{ location: `${join(root, 'tool.zip')}!.env`, count: 1 }]);
  expect(judgeKeyLocation(await scanPathsForKey([root], key), env).verdict).toBe('fail');
});

test("a script's source map is found from its header, its comment, or next to it", () => {
  expect(sourceMapUrl('https://shop/assets/app.js', 'x', { sourcemap: '/maps/app.js.map' })).toBe('https://shop/maps/app.js.map');
  expect(sourceMapUrl('https://shop/assets/app.js', 'x\n//# sourceMappingURL=app.min.js.map', {})).toBe('https://shop/assets/app.min.js.map');
  expect(sourceMapUrl('https://shop/assets/app.js?v=2', 'x', {})).toBe('https://shop/assets/app.js.map');
  expect(sourceMapUrl('https://shop/assets/app.js', '//# sourceMappingURL=data:application/json;base64,e30=', {})).toBeNull();
});

test('splits GOLIVE_SCAN_PATHS on commas and the platform delimiter', () => {
  expect(parseScanPaths(' a , b:c ')).toEqual(['a', 'b', 'c']);
  expect(parseScanPaths(undefined)).toEqual([]);
});

test("a key kept in a secret manager or the platform's database: absent from every file, and its place attested", async () => {
  const { root } = await deployment();
  await writeFile(join(root, '.env'), 'OWNGATEWAY_API_KEY_REF=vault://kv/shop/owngateway\n');
  const place = 'vault://kv/shop/owngateway';
  const scan = await scanPathsForKey([root], key);
  expect(judgeKeyLocation(scan, place)).toEqual({ verdict: 'not run', reason: expect.stringContaining('attest it') });
  expect(
    judgeKeyLocation(scan, place, { who: 'ops@shop.example', when: '2026-12-01', evidence: 'https://wiki.shop.example/keys (vault://kv/shop/owngateway)' }),
  ).toEqual({ verdict: 'pass', summary: expect.stringContaining('attested by ops@shop.example') });
  expect(judgeKeyLocation(scan, place, { who: 'ops', when: '2026-12-01', evidence: 'another place' }).verdict, 'an attestation of another place is none').toBe(
    'not run',
  );
  await writeFile(join(root, 'config.json'), JSON.stringify({ key }));
  expect(judgeKeyLocation(await scanPathsForKey([root], key), place, { who: 'ops', when: '2026-12-01', evidence: place })).toEqual({
    verdict: 'fail',
    message: expect.stringContaining('config.json'),
  });
  expect(isExternalKeyLocation('database://vendure/payment_method/owngateway')).toBe(true);
  expect(isExternalKeyLocation('/srv/shop/.env')).toBe(false);
});
