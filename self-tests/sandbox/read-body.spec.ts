import { Readable } from 'node:stream';
import { expect, test } from '@playwright/test';
import { request } from 'undici';
import { BodyTooLargeError, listen, MAX_BODY_BYTES, readBody, sendJson, type ListeningServer } from '../../sandbox/http/json-server.ts';

// Every sandbox server reads request bodies through readBody: the whole body, in order, whatever the
// chunking; and a body over the limit is refused with an answer, not a dropped connection.

let server: ListeningServer;
test.beforeAll(async () => {
  server = await listen(
    (req, res) => {
      readBody(req).then(
        (text) => sendJson(res, 200, { length: text.length, head: text.slice(0, 8), tail: text.slice(-8) }),
        (error: unknown) => sendJson(res, error instanceof BodyTooLargeError ? 413 : 500, { error: String(error) }),
      );
    },
    '127.0.0.1',
    0,
  );
});
test.afterAll(async () => {
  await server.stop();
});

test('a body sent in many chunks is read whole and in order, multi-byte characters intact', async () => {
  const text = `start-${'é'.repeat(100_000)}-€nd`;
  const bytes = Buffer.from(text);
  // Odd chunk sizes cut two-byte characters in half at the boundaries.
  function* chunks() {
    for (let i = 0; i < bytes.length; i += 999) yield bytes.subarray(i, i + 999);
  }
  const response = await request(`${server.url}/`, { method: 'POST', body: Readable.from(chunks()) });
  expect(response.statusCode).toBe(200);
  expect(await response.body.json()).toEqual({ length: text.length, head: 'start-éé', tail: 'éééé-€nd' });
});

test('an empty body reads as the empty string', async () => {
  const response = await request(`${server.url}/`, { method: 'POST' });
  expect(await response.body.json()).toEqual({ length: 0, head: '', tail: '' });
});

test(`a body over ${MAX_BODY_BYTES} bytes is refused with an answer the caller receives`, async () => {
  const response = await request(`${server.url}/`, { method: 'POST', body: Buffer.alloc(MAX_BODY_BYTES + 1, 'a') });
  expect(response.statusCode).toBe(413);
  expect(await response.body.json()).toEqual({ error: expect.stringContaining(`larger than ${MAX_BODY_BYTES} bytes`) });
});
