// Whether an answer refuses a request for a field it does not know. Hyperswitch words that as serde
// does, in a JSON IR_06 error for a body ("Json deserialize error: unknown field `x`, expected …") and
// as actix-web's plain-text 400 for a query ("Query deserialize error: unknown field `x`, …").

export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
}

const UNKNOWN_FIELD = /(?:Json|Query) deserialize error: unknown field `([^`]*)`/;

/** The field refused as unknown, or null when the answer is anything else. */
export function unknownFieldRefused(answer: HttpAnswer): string | null {
  if (answer.status !== 400) return null;
  return UNKNOWN_FIELD.exec(messageOf(answer.text))?.[1] ?? null;
}

/** The error message of a JSON error body, else the text itself. */
export function messageOf(text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (
      body !== null &&
      typeof body === 'object' &&
      'error' in body &&
      body.error !== null &&
      typeof body.error === 'object' &&
      'message' in body.error &&
      typeof body.error.message === 'string'
    ) {
      return body.error.message;
    }
  } catch {
    // A plain-text answer (actix-web's query errors) is its own message.
  }
  return text;
}

/** serde's list of the fields it expected, as in its unknown-field error (serde::de::Error::unknown_field). */
export function serdeExpected(fields: readonly string[]): string {
  const quoted = fields.map((field) => `\`${field}\``);
  if (quoted.length === 0) return 'there are no fields';
  if (quoted.length === 1) return `expected ${quoted[0]}`;
  if (quoted.length === 2) return `expected ${quoted[0]} or ${quoted[1]}`;
  return `expected one of ${quoted.join(', ')}`;
}
