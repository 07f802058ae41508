import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { maskValue } from '../../helpers/secrets/mask.ts';
import { testCards } from '../../helpers/cards/test-cards.ts';
import { scanForSecrets, secretsInText } from '../../reporting/scan-for-secrets.ts';

const secretKey = `snd_${'Zx9'.repeat(22)}`;
const hashKey = 'H'.repeat(30) + 'q7'.repeat(17);
const exchange = {
  method: 'POST',
  url: 'http://127.0.0.1:1/payments',
  requestHeaders: { 'api-key': secretKey },
  requestBody: { amount: 100, currency: 'USD', payment_method_data: { card: { card_number: testCards.visa.number, card_cvc: '123' } } },
  responseBody: { payment_id: 'pay_AbC123', client_secret: 'pay_AbC123_secret_q1w2e3r4t5y6u7i8o9p0', note: `hash ${hashKey}` },
};

/** A one-entry zip, deflated, with its central directory, as Playwright writes traces. */
function zipOf(name: string, content: string): Buffer {
  const raw = Buffer.from(content);
  const data = deflateRawSync(raw);
  const crc = crc32(raw);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x08, 6); // sizes in a data descriptor, as streaming zip writers do
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(name.length, 26);
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc, 4);
  descriptor.writeUInt32LE(data.length, 8);
  descriptor.writeUInt32LE(raw.length, 12);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x08, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(raw.length, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + name.length + data.length + descriptor.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, Buffer.from(name), data, descriptor, central, Buffer.from(name), end]);
}

test('an attachment written through the masking path leaves nothing for the scan to find', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'golive-report-'));
  await writeFile(join(dir, 'attachment.json'), JSON.stringify(maskValue(exchange, [hashKey]), null, 2));
  expect(scanForSecrets(dir, [hashKey])).toEqual([]);
});

test('the scan finds a key, a client secret, a hash key and a card number written unmasked, also inside a zipped trace', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'golive-report-'));
  await mkdir(join(dir, 'data'));
  await writeFile(join(dir, 'data', 'leak.json'), JSON.stringify(exchange));
  await writeFile(join(dir, 'trace.zip'), zipOf('trace.network', `card ${testCards.amex.number.replace(/(\d{4})/g, '$1 ')}`));
  const hits = scanForSecrets(dir, [hashKey]);
  const found = hits.map((hit) => `${hit.file}: ${hit.what}`);
  expect(found).toEqual(
    expect.arrayContaining([
      'data/leak.json: secret API key',
      'data/leak.json: client secret',
      expect.stringMatching(/^data\/leak\.json: card number 424242…4242$/),
      expect.stringMatching(/^data\/leak\.json: configured secret/),
      expect.stringMatching(/^trace\.zip: card number 378282…0005$/),
    ]),
  );
});

test('an archive in the reports that will not open is itself a hit: what cannot be read cannot be cleared', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'golive-report-'));
  const whole = zipOf('trace.network', 'harmless');
  await writeFile(join(dir, 'trace.zip'), whole.subarray(0, whole.length - 10));
  expect(scanForSecrets(dir, [hashKey])).toEqual([{ file: 'trace.zip', what: expect.stringMatching(/^archive golive could not open/) }]);
});

test('a card number is found as typed, in groups of four with spaces or dashes, and not from its masked form', () => {
  const number = testCards.visa.number;
  const grouped = (separator: string) => number.match(/.{1,4}/g)!.join(separator);
  const named = `card number ${number.slice(0, 6)}…${number.slice(-4)}`;
  for (const text of [`{"card_number":"${number}"}`, `typed ${grouped(' ')} in the field`, `pasted ${grouped('-')}`]) {
    expect(secretsInText(text, []), text.replace(/\d/g, '#')).toContain(named);
  }
  expect(secretsInText(JSON.stringify(maskValue({ card_number: number })), [])).toEqual([]);
});
