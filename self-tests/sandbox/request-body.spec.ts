import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { serdeExpected, unknownFieldRefused } from '../../helpers/openapi/unknown-field-refusal.ts';
import { ApiError, PlainTextError } from '../../sandbox/gateway/model/api-error.ts';
import { parseRequest, refuseUnknownQueryFields, structSchema } from '../../sandbox/gateway/rules/request-body.ts';

// Reading a body as a Hyperswitch struct: which fields it takes, and serde's words when it refuses one.

const strict = structSchema(
  'Strict',
  { source: 'test', denyUnknownFields: true, fields: ['amount', 'currency', 'customer'] },
  {
    amount: z.number().int().optional(),
    customer: z.object({ id: z.string() }).optional(),
  },
);
const lenient = structSchema(
  'Lenient',
  { source: 'test', denyUnknownFields: false, fields: ['cancellation_reason', 'merchant_connector_details'] },
  {
    cancellation_reason: z.string().optional(),
  },
);
const refusal = (call: () => unknown) => {
  try {
    call();
    return null;
  } catch (error) {
    if (error instanceof ApiError || error instanceof PlainTextError) return `${error.status} ${error.message}`;
    throw error;
  }
};

test('a deny_unknown_fields struct takes every field it declares, modelled or not, and refuses others naming them in declaration order', () => {
  expect(parseRequest(strict, { amount: 1, currency: { anything: true } })).toEqual({ amount: 1, currency: { anything: true } });
  expect(refusal(() => parseRequest(strict, { amount: 1, colour: 'blue' }))).toBe(
    '400 Json deserialize error: unknown field `colour`, expected one of `amount`, `currency`, `customer`',
  );
});

test('any other struct ignores what it does not declare', () => {
  expect(parseRequest(lenient, { golive: 1, cancellation_reason: 'requested_by_customer' })).toEqual({ cancellation_reason: 'requested_by_customer' });
});

test('serde names the first mistake in the document: an unknown field before a bad value after it, and the reverse', () => {
  expect(refusal(() => parseRequest(strict, { colour: 'blue', amount: 'x' }))).toBe(
    '400 Json deserialize error: unknown field `colour`, expected one of `amount`, `currency`, `customer`',
  );
  expect(refusal(() => parseRequest(strict, { amount: 'x', colour: 'blue' }))).toMatch(/^400 Json deserialize error: amount: /);
  expect(refusal(() => parseRequest(strict, { customer: { id: 1 }, zebra: 1 }))).toMatch(/^400 Json deserialize error: customer\.id: /);
});

test('a model field the struct does not declare is a programming error, found when the schema is built', () => {
  expect(() => structSchema('Strict', { source: 'test', denyUnknownFields: true, fields: ['amount'] }, { colour: z.string() })).toThrow(
    'Strict: colour is not a field of the struct',
  );
});

test("serde's wording for the expected fields, by how many there are", () => {
  expect(serdeExpected([])).toBe('there are no fields');
  expect(serdeExpected(['limit'])).toBe('expected `limit`');
  expect(serdeExpected(['limit', 'skip'])).toBe('expected `limit` or `skip`');
  expect(serdeExpected(['a', 'b', 'c'])).toBe('expected one of `a`, `b`, `c`');
});

test("a deny_unknown_fields query refuses an unknown parameter in actix-web's plain text; aliases pass", () => {
  expect(refusal(() => refuseUnknownQueryFields(new URLSearchParams('limit=1&colour=blue'), ['limit', 'skip']))).toBe(
    '400 Query deserialize error: unknown field `colour`, expected `limit` or `skip`',
  );
  expect(refusal(() => refuseUnknownQueryFields(new URLSearchParams('created_lt=x'), ['created.lt'], ['created_lt']))).toBeNull();
});

test('the conformance suite recognises an unknown-field refusal in either form, and nothing else', () => {
  const json = (code: string, message: string) => JSON.stringify({ error: { error_type: 'invalid_request', message, code } });
  expect(unknownFieldRefused({ status: 400, text: json('IR_06', 'Json deserialize error: unknown field `capture_on`, expected one of `amount`') })).toBe(
    'capture_on',
  );
  expect(unknownFieldRefused({ status: 400, text: 'Query deserialize error: unknown field `colour`, expected `limit` or `skip`' })).toBe('colour');
  expect(unknownFieldRefused({ status: 400, text: json('IR_06', 'Json deserialize error: missing field `payment_id`') })).toBeNull();
  expect(unknownFieldRefused({ status: 404, text: json('HE_02', 'Payment does not exist in our records') })).toBeNull();
});
