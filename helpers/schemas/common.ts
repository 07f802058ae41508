import { z } from 'zod';
import { isSupportedCurrency } from '../money/money.ts';

export const MinorUnits = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const Currency = z.string().refine(isSupportedCurrency, { message: 'expected an ISO 4217 currency code such as "USD"' });
export const Metadata = z.record(z.string(), z.unknown());

/** Parses or throws an Error whose message names every bad field (z.prettifyError). */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new SchemaError(what, result.error);
}

export class SchemaError extends Error {
  readonly issues: z.core.$ZodIssue[];
  constructor(what: string, error: z.ZodError) {
    super(`${what} does not match the expected shape:\n${z.prettifyError(error)}`);
    this.name = 'SchemaError';
    this.issues = error.issues;
  }
}
