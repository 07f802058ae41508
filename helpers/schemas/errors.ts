import { z } from 'zod';

// {"error":{"type","message","code"}} (crates/api_models/src/errors/types.rs). Hyperswitch's JSON-parse
// errors say "error_type" instead of "type", so either key is accepted.
export const ApiErrorBody = z.object({
  error: z.looseObject({
    type: z.string().optional(),
    error_type: z.string().optional(),
    message: z.string(),
    code: z.string().regex(/^[A-Z]{2}_\d{2}$/, 'expected a Hyperswitch error code such as IR_04'),
    reason: z.string().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export const ErrorType = z.enum([
  'invalid_request',
  'api',
  'connector',
  'blocked',
  'processing_error',
  'object_not_found',
  'server_not_available',
  'duplicate_request',
  'validation_error',
  'webhook',
]);
