import { z } from 'zod';
import { apiErrors } from './api-error.ts';

// Maps zod's verdict on a request body to the error Hyperswitch gives for the same mistake:
// a missing required field is IR_04; a wrong type or unknown enum value fails serde's
// deserialisation (IR_06, 400, with the "error_type" quirk); a well-typed but invalid value is IR_05.

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
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || 'body';
  if (issue.code === 'invalid_type' && valueAt(body, issue.path) === undefined) throw apiErrors.missingField(field);
  if (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'unrecognized_keys') {
    throw apiErrors.jsonDeserialize(`${field}: ${issue.message}`);
  }
  throw apiErrors.invalidDataFormat(field, issue.message.replace(/^Invalid input: /, ''));
}

function valueAt(body: object, path: readonly PropertyKey[]): unknown {
  let cursor: unknown = body;
  for (const key of path) {
    if (cursor === null || typeof cursor !== 'object') return undefined;
    cursor = (cursor as Record<PropertyKey, unknown>)[key];
  }
  return cursor;
}
