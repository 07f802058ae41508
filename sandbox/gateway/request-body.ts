import { z } from 'zod';
import { apiErrors } from './api-error.ts';

// Maps zod's verdict on a request body to the error Hyperswitch gives for the same mistake. serde
// reads `null` as an absent Option, so nulls are dropped before validation; a missing non-Option
// field, a wrong type, an unknown enum value or an unknown field (the request models are
// `deny_unknown_fields`) fails deserialisation (IR_06, 400, with the "error_type" quirk); a well-typed
// but invalid value is IR_05.

export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw apiErrors.jsonDeserialize(error instanceof Error ? error.message : 'invalid JSON');
  }
}

export function parseRequest<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw apiErrors.jsonDeserialize('expected a JSON object');
  const result = schema.safeParse(withoutNulls(body));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || 'body';
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, issue.path);
    throw apiErrors.jsonDeserialize(`unknown field \`${issue.keys[0]}\`${known.length ? `, expected one of ${known.map((k) => `\`${k}\``).join(', ')}` : ''}`);
  }
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    const original = valueAt(body, issue.path);
    if (original === null) throw apiErrors.jsonDeserialize(`${field}: invalid type: null, expected ${issue.code === 'invalid_type' ? issue.expected : 'a value'}`);
    // A field the model does not make Option is missing at deserialisation; Option fields the
    // operation needs (payments' amount and currency) are checked by the service, as IR_04.
    if (original === undefined) throw apiErrors.jsonDeserialize(`missing field \`${String(issue.path.at(-1) ?? field)}\``);
  }
  if (issue.code === 'invalid_value' && typeof valueAt(body, issue.path) === 'string') {
    const variants = issue.values.map((v) => `\`${String(v)}\``).join(', ');
    throw apiErrors.jsonDeserialize(`unknown variant \`${String(valueAt(body, issue.path))}\`, expected one of ${variants}`);
  }
  // A newtype's own check while deserialising (pii::Email…) fails deserialisation with its message.
  if (issue.code === 'custom') throw apiErrors.jsonDeserialize(issue.message);
  if (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') {
    throw apiErrors.jsonDeserialize(`${field}: ${issue.message}`);
  }
  throw apiErrors.invalidDataFormat(field, issue.message.replace(/^Invalid input: /, ''));
}

/** A copy without null-valued object keys, at any depth (array elements keep their places). */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) if (inner !== null) out[key] = withoutNulls(inner);
  return out;
}

function valueAt(body: object, path: readonly PropertyKey[]): unknown {
  let cursor: unknown = body;
  for (const key of path) {
    if (cursor === null || typeof cursor !== 'object') return undefined;
    cursor = (cursor as Record<PropertyKey, unknown>)[key];
  }
  return cursor;
}

/** The field names of the object schema at `path`, for serde's "expected one of" list. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let cursor: z.ZodType | undefined = schema;
  for (const key of path) {
    cursor = unwrap(cursor);
    cursor = cursor instanceof z.ZodObject ? (cursor.shape as Record<string, z.ZodType>)[String(key)] : undefined;
    if (!cursor) return [];
  }
  cursor = unwrap(cursor);
  return cursor instanceof z.ZodObject ? Object.keys(cursor.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let cursor = schema;
  while (cursor instanceof z.ZodOptional || cursor instanceof z.ZodNullable || cursor instanceof z.ZodDefault) cursor = cursor.unwrap() as z.ZodType;
  return cursor;
}
