import { randomBytes } from 'node:crypto';
import { expect } from '@playwright/test';
import { z } from 'zod';
import { conformance } from '../../helpers/checklist/conformance.ts';
import { everyDocumentedField, exampleValue } from '../../helpers/openapi/example-value.ts';
import { endpointName, queryStructsOutsideTheSpec, requestEndpoints, type RequestEndpoint } from '../../helpers/openapi/request-endpoints.ts';
import { documentedProperties, loadOpenApiSpec, namedSchema, operationOf, refName, type OpenApiSpec } from '../../helpers/openapi/spec.ts';
import { messageOf, serdeExpected, unknownFieldRefused, type HttpAnswer } from '../../helpers/openapi/unknown-field-refusal.ts';
import type { GatewayClient } from '../../helpers/gateway-client/index.ts';
import { test, type ThrowawayMerchant } from '../../fixtures/index.ts';

// Generated from Hyperswitch's OpenAPI spec: for every endpoint the sandbox serves with a request struct,
// a request that sets every property the spec documents (for the struct deserialised and for the
// operation's own view of it) to a valid value is never refused for an unknown field, and an invented
// field is refused, with serde's list of the struct's fields, exactly where the struct is
// `deny_unknown_fields` (`additionalProperties: false` in the spec). A refusal for any other reason (a
// payment in the wrong state, an example id that does not exist) is not what these tests look at.

const spec: OpenApiSpec = loadOpenApiSpec();
const INVENTED = 'golive_invented_field';
const unique = (prefix: string, length = 0) => {
  const id = `${prefix}${randomBytes(16).toString('hex')}`;
  return length ? id.slice(0, length) : id;
};

interface Target {
  /** The concrete path. */
  path: string;
  key: string;
  /** Values that must be this test's own (ids, the payment's client_secret); every documented field stays set. */
  overrides?: Record<string, unknown>;
}

interface World {
  gateway: GatewayClient;
  apiKey: string;
  publishableKey: string;
  adminKey: string;
  merchant: ThrowawayMerchant | null;
  /** Run after the test: what it created outside the throwaway merchant. */
  cleanups: (() => Promise<unknown>)[];
}

const newPayment = async (world: World) => world.gateway.payments.create({ amount: 1000, currency: 'USD' });
const newCustomer = async (world: World) => (await world.gateway.customers.create({ customer_id: unique('cus_golive_') })).customer_id;
const throwaway = (world: World): ThrowawayMerchant => {
  if (!world.merchant) throw new Error('this endpoint needs the throwaway merchant');
  return world.merchant;
};
const paymentOverrides = (paymentId: string, clientSecret: string | null | undefined) => {
  const customer_id = unique('cus_golive_');
  return {
    payment_id: paymentId,
    customer_id,
    customer: { id: customer_id, name: 'Golive Tester', email: 'golive@example.com' },
    ...(clientSecret ? { client_secret: clientSecret } : {}),
  };
};

/** Where each endpoint is called, with what key, and the values that must be the test's own. */
const targets: Record<string, (world: World) => Target | Promise<Target>> = {
  'POST /payments': (world) => ({ path: '/payments', key: world.apiKey, overrides: paymentOverrides(unique('pay_', 30), null) }),
  'POST /payments/{payment_id}': async (world) => {
    const payment = await newPayment(world);
    return { path: `/payments/${payment.payment_id}`, key: world.apiKey, overrides: paymentOverrides(payment.payment_id, payment.client_secret) };
  },
  'POST /payments/{payment_id}/confirm': async (world) => {
    const payment = await newPayment(world);
    return { path: `/payments/${payment.payment_id}/confirm`, key: world.apiKey, overrides: paymentOverrides(payment.payment_id, payment.client_secret) };
  },
  'POST /payments/{payment_id}/capture': async (world) => ({ path: `/payments/${(await newPayment(world)).payment_id}/capture`, key: world.apiKey }),
  'POST /payments/{payment_id}/cancel': async (world) => ({ path: `/payments/${(await newPayment(world)).payment_id}/cancel`, key: world.apiKey }),
  'POST /payments/session_tokens': async (world) => {
    const payment = await newPayment(world);
    return { path: '/payments/session_tokens', key: world.publishableKey, overrides: { payment_id: payment.payment_id, client_secret: payment.client_secret } };
  },
  'POST /payments/{payment_id}/3ds/authentication': async (world) => {
    const payment = await newPayment(world);
    return { path: `/payments/${payment.payment_id}/3ds/authentication`, key: world.publishableKey, overrides: { client_secret: payment.client_secret } };
  },
  'GET /payments/{payment_id}': async (world) => {
    const payment = await newPayment(world);
    return { path: `/payments/${payment.payment_id}`, key: world.apiKey, overrides: { client_secret: payment.client_secret } };
  },
  'GET /payments/list': (world) => ({ path: '/payments/list', key: world.apiKey }),
  'POST /refunds': async (world) => ({
    path: '/refunds',
    key: world.apiKey,
    overrides: { payment_id: (await newPayment(world)).payment_id, refund_id: unique('ref_golive_') },
  }),
  // A refund that does not exist: the body is deserialised before the refund is looked up.
  'POST /refunds/{refund_id}': (world) => ({ path: `/refunds/${unique('ref_golive_absent_')}`, key: world.apiKey }),
  'POST /refunds/list': (world) => ({ path: '/refunds/list', key: world.apiKey }),
  'POST /customers': (world) => ({ path: '/customers', key: world.apiKey, overrides: { customer_id: unique('cus_golive_') } }),
  'POST /customers/{customer_id}': async (world) => ({ path: `/customers/${await newCustomer(world)}`, key: world.apiKey }),
  'GET /customers/list': (world) => ({ path: '/customers/list', key: world.apiKey }),
  'POST /payment_methods': async (world) => ({ path: '/payment_methods', key: world.apiKey, overrides: { customer_id: await newCustomer(world) } }),
  'POST /payment_methods/{method_id}/update': (world) => ({ path: `/payment_methods/${unique('pm_golive_absent_')}/update`, key: world.apiKey }),
  'GET /account/payment_methods': async (world) => ({
    path: '/account/payment_methods',
    key: world.apiKey,
    overrides: { client_secret: (await newPayment(world)).client_secret },
  }),
  'GET /customers/{customer_id}/payment_methods': async (world) => ({ path: `/customers/${await newCustomer(world)}/payment_methods`, key: world.apiKey }),
  'GET /customers/payment_methods': async (world) => ({
    path: '/customers/payment_methods',
    key: world.publishableKey,
    overrides: { client_secret: (await newPayment(world)).client_secret },
  }),
  'POST /accounts': (world) => {
    const merchantId = unique('golive_conformance_', 40);
    world.cleanups.push(() => world.gateway.admin.deleteMerchant(merchantId).catch(() => undefined));
    return { path: '/accounts', key: world.adminKey, overrides: { merchant_id: merchantId } };
  },
  'POST /accounts/{account_id}': (world) => {
    const { merchantId } = throwaway(world);
    return { path: `/accounts/${merchantId}`, key: world.adminKey, overrides: { merchant_id: merchantId } };
  },
  'POST /account/{account_id}/connectors': (world) => ({ path: `/account/${throwaway(world).merchantId}/connectors`, key: throwaway(world).apiKey }),
  'POST /account/{account_id}/connectors/{merchant_connector_id}': async (world) => {
    const merchant = throwaway(world);
    const created = await merchant.client.raw(
      z.looseObject({ merchant_connector_id: z.string() }),
      merchant.apiKey,
      'POST',
      `/account/${merchant.merchantId}/connectors`,
      {
        connector_type: 'payment_processor',
        connector_name: 'stripe_test',
        connector_label: unique('golive_'),
        connector_account_details: { auth_type: 'HeaderKey', api_key: 'sk_conformance' },
        test_mode: true,
      },
    );
    return { path: `/account/${merchant.merchantId}/connectors/${created.merchant_connector_id}`, key: merchant.apiKey };
  },
  'POST /api_keys/{merchant_id}': (world) => ({ path: `/api_keys/${throwaway(world).merchantId}`, key: world.adminKey, overrides: { expiration: 'never' } }),
  'POST /api_keys/{merchant_id}/{key_id}': (world) => ({
    path: `/api_keys/${throwaway(world).merchantId}/${throwaway(world).keyId}`,
    key: world.adminKey,
    overrides: { expiration: 'never' },
  }),
  'GET /api_keys/{merchant_id}/list': (world) => ({ path: `/api_keys/${throwaway(world).merchantId}/list`, key: world.adminKey }),
  'POST /events/{merchant_id}': (world) => ({ path: `/events/${throwaway(world).merchantId}`, key: world.adminKey }),
};

const ADMIN_PATHS = ['/accounts', '/account/{account_id}/', '/api_keys/', '/events/'];
const needsThrowawayMerchant = (endpoint: RequestEndpoint) => ADMIN_PATHS.some((prefix) => endpoint.path.startsWith(prefix) && endpoint.path !== '/accounts');

/** The request schemas the spec documents for a body endpoint: the struct deserialised, and the operation's own view. */
function bodySchemas(endpoint: RequestEndpoint): string[] {
  const ref = operationOf(spec, endpoint.method, endpoint.path).requestBody?.content['application/json']?.schema?.$ref;
  if (!ref) throw new Error(`${endpointName(endpoint)}: the spec documents no JSON request body`);
  return [...new Set([endpoint.struct, refName(ref)])];
}

/** Each query parameter the spec documents for the operation, with a valid value. */
function everyDocumentedParameter(endpoint: RequestEndpoint): Record<string, unknown> {
  const parameters = (operationOf(spec, endpoint.method, endpoint.path).parameters ?? []).filter((p) => p.in === 'query');
  if (!parameters.length) throw new Error(`${endpointName(endpoint)}: the spec documents no query parameters`);
  return Object.fromEntries(parameters.map((p) => [p.name, p.schema ? exampleValue(spec, p.schema) : 'golive']));
}

/** Overrides replace values of documented fields; they never add or remove one. */
function withOverrides(values: Record<string, unknown>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const out = { ...values };
  for (const [name, value] of Object.entries(overrides)) {
    if (!(name in out)) continue;
    const current = out[name];
    // An object override keeps the documented fields it does not name.
    if (isRecord(value) && isRecord(current)) out[name] = { ...current, ...value };
    else out[name] = value;
  }
  return out;
}

async function send(world: World, endpoint: RequestEndpoint, target: Target, values: Record<string, unknown>): Promise<HttpAnswer> {
  const url = new URL(`${world.gateway.baseUrl}${target.path}`);
  let body: string | undefined;
  if (endpoint.in === 'query') {
    for (const [name, value] of Object.entries(values)) {
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, typeof item === 'string' ? item : JSON.stringify(item));
    }
  } else {
    body = JSON.stringify(values);
  }
  const response = await fetch(url, {
    method: endpoint.method,
    headers: { 'api-key': target.key, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body }),
  });
  return { status: response.status, text: await response.text() };
}

const describe = (answer: HttpAnswer) => `${answer.status} ${messageOf(answer.text).slice(0, 300)}`;

/** Checks the endpoint; answers the request schemas it sent every documented field of. */
async function checkEndpoint(world: World, endpoint: RequestEndpoint): Promise<string[]> {
  const makeTarget = targets[endpointName(endpoint)];
  if (!makeTarget) throw new Error(`${endpointName(endpoint)}: no target in request-fields.spec.ts`);
  const { refusesUnknown, fields } = structFacts(endpoint);

  const documented =
    endpoint.in === 'body'
      ? bodySchemas(endpoint).map((name) => ({ name, values: everyDocumentedField(spec, namedSchema(spec, name)) }))
      : [{ name: `${endpoint.struct} (query parameters)`, values: everyDocumentedParameter(endpoint) }];
  for (const { name, values } of documented) {
    await test.step(`every field ${name} documents is accepted`, async () => {
      const target = await makeTarget(world);
      const answer = await send(world, endpoint, target, withOverrides(values, target.overrides));
      expect(unknownFieldRefused(answer), `${endpointName(endpoint)} with every field of ${name}: ${describe(answer)}`).toBeNull();
      expect(answer.status, `${endpointName(endpoint)} with every field of ${name}: ${describe(answer)}`).toBeLessThan(500);
      expect(reachedTheEndpoint(answer), `${endpointName(endpoint)}: ${describe(answer)}`).toBe(true);
    });
  }

  const values = documented[0]!.values;
  await test.step(
    refusesUnknown
      ? `an invented field is refused, naming ${endpoint.struct}'s fields`
      : `an invented field is ignored (${endpoint.struct} is not deny_unknown_fields)`,
    async () => {
      // Sent first, so serde meets it before any other field.
      const target = await makeTarget(world);
      const answer = await send(world, endpoint, target, { [INVENTED]: 'x', ...withOverrides(values, target.overrides) });
      if (!refusesUnknown) {
        expect(unknownFieldRefused(answer), describe(answer)).toBeNull();
        expect(answer.status, describe(answer)).toBeLessThan(500);
        expect(reachedTheEndpoint(answer), describe(answer)).toBe(true);
        return;
      }
      const source = endpoint.in === 'body' ? 'Json' : 'Query';
      expect({ status: answer.status, message: messageOf(answer.text) }).toEqual({
        status: 400,
        message: expect.stringMatching(
          new RegExp(`^${source} deserialize error: unknown field \`${INVENTED}\`, ${escape(serdeExpected(fields))}( at line \\d+ column \\d+)?$`),
        ),
      });
      if (endpoint.in === 'body') expect(JSON.parse(answer.text)).toMatchObject({ error: { code: 'IR_06' } });
    },
  );
  return documented.map(({ name }) => name);
}

/** From the spec where it has the struct's schema (`additionalProperties: false` is deny_unknown_fields), else from the source. */
function structFacts(endpoint: RequestEndpoint): { refusesUnknown: boolean; fields: readonly string[] } {
  const schema = spec.components.schemas[endpoint.struct];
  if (schema) return { refusesUnknown: schema.additionalProperties === false, fields: documentedProperties(spec, schema) };
  const facts = queryStructsOutsideTheSpec[endpoint.struct];
  if (!facts) throw new Error(`${endpoint.struct}: neither in the OpenAPI spec nor in queryStructsOutsideTheSpec`);
  return { refusesUnknown: facts.denyUnknownFields, fields: facts.fields };
}

/** Not turned away before the request struct is read: a wrong key, or a route the gateway does not have. */
const reachedTheEndpoint = (answer: HttpAnswer) => answer.status !== 401 && answer.status !== 405 && !(answer.status === 404 && /IR_02/.test(answer.text));

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function inWorld(world: Omit<World, 'cleanups'>, endpoint: RequestEndpoint): Promise<string[]> {
  const cleanups: World['cleanups'] = [];
  try {
    return await checkEndpoint({ ...world, cleanups }, endpoint);
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
}

for (const endpoint of requestEndpoints) {
  if (needsThrowawayMerchant(endpoint)) {
    test(endpointName(endpoint), conformance('errors.api'), async ({ gateway, deployment, throwawayMerchant }) => {
      const checked = await inWorld(
        { gateway, apiKey: deployment.apiKey, publishableKey: deployment.publishableKey, adminKey: deployment.adminApiKey ?? '', merchant: throwawayMerchant },
        endpoint,
      );
      expect(checked.length, 'request schemas sent with every documented field').toBeGreaterThan(0);
    });
  } else {
    test(endpointName(endpoint), conformance('errors.api'), async ({ gateway, deployment }) => {
      test.skip(endpoint.path === '/accounts' && !deployment.adminApiKey, 'creating a merchant account needs the admin key (OWNGATEWAY_ADMIN_API_KEY)');
      const checked = await inWorld(
        { gateway, apiKey: deployment.apiKey, publishableKey: deployment.publishableKey, adminKey: deployment.adminApiKey ?? '', merchant: null },
        endpoint,
      );
      expect(checked.length, 'request schemas sent with every documented field').toBeGreaterThan(0);
    });
  }
}
