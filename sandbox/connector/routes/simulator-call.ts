import { z } from 'zod';
import type { Params } from '../../http/router.ts';
import { ConnectorError } from '../connector-error.ts';
import type { SimulatorState } from '../simulator-state.ts';
import type { PaymentOperations } from '../services/payments.ts';
import type { RefundOperations } from '../services/refunds.ts';
import type { WebhookSender } from '../services/webhooks.ts';

// What a route's handler sees (one request, its path parameters, the simulator's services) and what it
// answers. Handlers return their answer rather than write it: a fault injected "after" runs the
// processor call and then loses the answer (request-handler.ts).

export interface SimulatorServices {
  state: SimulatorState;
  payments: PaymentOperations;
  refunds: RefundOperations;
  webhooks: WebhookSender;
  /** The name whoever started the simulator gave it (ConnectorSimulatorOptions.instance). */
  instance: string | null;
}

export interface SimulatorCall {
  readonly method: string;
  readonly url: URL;
  /** Path parameters as sent, not URL-decoded: a handler decodes where the processor does. */
  readonly params: Params;
  /** The processor account: the bearer token the gateway sends (the MCA's api_key). */
  readonly account: string;
  body(): Promise<string>;
}

/** Every answer is a 200 (errors are thrown as ConnectorError): JSON, an HTML page, or a 302. */
export type Reply = { kind: 'json'; body: unknown } | { kind: 'html'; html: string } | { kind: 'redirect'; location: string };

export const json = (body: unknown): Reply => ({ kind: 'json', body });
export const html = (text: string): Reply => ({ kind: 'html', html: text });
export const redirectTo = (location: string): Reply => ({ kind: 'redirect', location });

export type SimulatorHandler = (call: SimulatorCall, sim: SimulatorServices) => Promise<Reply> | Reply;

export interface SimulatorRoute {
  method: string;
  pattern: string;
  handler: SimulatorHandler;
}

/** The request body as JSON of `schema`; anything else is the processor's 400. */
export async function jsonBody<S extends z.ZodType>(call: SimulatorCall, schema: S): Promise<z.infer<S>> {
  const text = await call.body(); // a body over the limit is not a 400 but the processor's 500
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConnectorError(400, 'invalid_json', 'request body is not JSON');
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new ConnectorError(400, 'invalid_request', z.prettifyError(result.error));
  return result.data;
}

/** The form fields of a page's POST. */
export const formBody = async (call: SimulatorCall): Promise<URLSearchParams> => new URLSearchParams(await call.body());

/** A path parameter the router guarantees is there. */
export function param(call: SimulatorCall, name: string): string {
  const value = call.params[name];
  if (value === undefined) throw new Error(`route has no :${name} parameter`);
  return value;
}
