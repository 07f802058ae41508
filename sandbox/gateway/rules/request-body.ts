import { z } from 'zod';
import { apiErrors, PlainTextError } from '../model/api-error.ts';
import type { RequestStruct } from '../model/request-structs.ts';
import { serdeExpected } from '../../../helpers/openapi/unknown-field-refusal.ts';

// Maps zod's verdict on a request body to the error Hyperswitch gives for the same mistake. serde
// reads `null` as an absent Option, so nulls are dropped before validation; a missing non-Option
// field, a wrong type, an unknown enum value or an unknown field (where the struct is
// `deny_unknown_fields`) fails deserialisation (IR_06, 400, with the "error_type" quirk); a well-typed
// but invalid value is IR_05. serde stops at the first mistake in the document, so that is the one named.

const modelledByStruct = new Map<string, readonly string[]>();

/** The fields each struct read so far has the sandbox act on (the rest are accepted and ignored). */
export function modelledFields(): ReadonlyMap<string, readonly string[]> {
  return modelledByStruct;
}

/**
 * The schema of a Hyperswitch request struct: every field of `struct` in its declaration order (so
 * an unknown-field refusal lists them as serde does), `modelled` for the ones the sandbox acts on and
 * anything for the rest. Unknown fields are refused only where the struct is `deny_unknown_fields`;
 * elsewhere they are dropped, as serde ignores them.
 */
export function structSchema<M extends z.ZodRawShape>(name: string, struct: RequestStruct, modelled: M) {
  const invented = Object.keys(modelled).filter((key) => !struct.fields.includes(key));
  if (invented.length) throw new Error(`${name}: ${invented.join(', ')} ${invented.length === 1 ? 'is' : 'are'} not a field of the struct`);
  modelledByStruct.set(name, [...new Set([...(modelledByStruct.get(name) ?? []), ...Object.keys(modelled)])]);
  // Typed as `modelled` alone: the other fields are accepted but never read.
  const shape = { ...Object.fromEntries(struct.fields.map((field) => [field, z.unknown().optional()])), ...modelled } as unknown as M;
  const object = z.object(shape);
  // Strict and stripping objects parse to the same type; only what they do with other keys differs.
  return struct.denyUnknownFields ? (object.strict() as unknown as typeof object) : object;
}

/**
 * A query string read as a `deny_unknown_fields` struct (serde_urlencoded): a parameter that is not one
 * of `fields` (nor one of the `aliases` serde also takes) is refused as actix-web refuses it.
 */
export function refuseUnknownQueryFields(query: URLSearchParams, fields: readonly string[], aliases: readonly string[] = []): void {
  for (const name of query.keys()) {
    if (!fields.includes(name) && !aliases.includes(name))
      throw new PlainTextError(400, `Query deserialize error: unknown field \`${name}\`, ${serdeExpected(fields)}`);
  }
}

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
  const issue = firstInDocument(result.error.issues, body);
  const field = issue.path.join('.') || 'body';
  if (issue.code === 'unrecognized_keys') {
    const unknown = firstKeyInDocument(issue.keys, valueAt(body, issue.path));
    throw apiErrors.jsonDeserialize(`unknown field \`${unknown}\`, ${serdeExpected(knownKeys(schema, issue.path))}`);
  }
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    const original = valueAt(body, issue.path);
    if (original === null)
      throw apiErrors.jsonDeserialize(`${field}: invalid type: null, expected ${issue.code === 'invalid_type' ? issue.expected : 'a value'}`);
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

/** The issue serde would meet first: the one whose path comes first in the body's key order. */
function firstInDocument(issues: readonly z.core.$ZodIssue[], body: object): z.core.$ZodIssue {
  const position = (issue: z.core.$ZodIssue): number[] => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, firstKeyInDocument(issue.keys, valueAt(body, issue.path))] : issue.path;
    const out: number[] = [];
    let cursor: unknown = body;
    for (const key of path) {
      const keys = cursor !== null && typeof cursor === 'object' ? Object.keys(cursor) : [];
      out.push(Array.isArray(cursor) ? Number(key) : keys.indexOf(String(key)));
      cursor = cursor !== null && typeof cursor === 'object' ? (cursor as Record<PropertyKey, unknown>)[key] : undefined;
    }
    return out;
  };
  const before = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] === -1 ? Infinity : a[i]!) < (b[i] === -1 ? Infinity : b[i]!);
    return a.length < b.length;
  };
  return issues.reduce((first, issue) => (before(position(issue), position(first)) ? issue : first));
}

function firstKeyInDocument(keys: readonly string[], object: unknown): string {
  const order = object !== null && typeof object === 'object' ? Object.keys(object) : [];
  return [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] ?? keys[0] ?? '';
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
