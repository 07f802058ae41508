import { expect, test } from '@playwright/test';
import { endpointName, requestEndpoints, routeShape, routesWithoutDocumentedRequest } from '../../helpers/openapi/request-endpoints.ts';
import { loadOpenApiSpec, operationOf, refName } from '../../helpers/openapi/spec.ts';
import type { Route } from '../../sandbox/gateway/http/api-call.ts';
import { API_MODULES } from '../../sandbox/gateway/index.ts';
import { Router } from '../../sandbox/http/router.ts';

// The generated conformance test (scenarios/conformance/request-fields.spec.ts) must cover every endpoint
// the sandbox's router serves: each route is either in its list, with the struct the spec documents for
// it, or named here as reading no documented request struct, with the reason.

const spec = loadOpenApiSpec();

function sandboxRoutes(): string[] {
  const router = new Router<Route>();
  // Mounting only registers the named handlers; none runs, so no services are needed.
  for (const mount of API_MODULES) mount(router);
  return router.routes().map(({ method, pattern }) => routeShape(method, pattern));
}

test('every route the sandbox serves is either checked by the generated test or named as reading no documented request', () => {
  const covered = new Set([...requestEndpoints.map((e) => routeShape(e.method, e.path)), ...Object.keys(routesWithoutDocumentedRequest)]);
  expect(sandboxRoutes().filter((route) => !covered.has(route))).toEqual([]);
});

test('nothing in either list is a route the sandbox does not serve', () => {
  const served = new Set(sandboxRoutes());
  const listed = [...requestEndpoints.map((e) => routeShape(e.method, e.path)), ...Object.keys(routesWithoutDocumentedRequest)];
  expect(listed.filter((route) => !served.has(route))).toEqual([]);
  expect(new Set(listed).size).toBe(listed.length);
});

test('each checked endpoint is in the spec, with the request the test sends', () => {
  for (const endpoint of requestEndpoints) {
    const operation = operationOf(spec, endpoint.method, endpoint.path);
    if (endpoint.in === 'query') {
      expect(
        operation.parameters?.some((p) => p.in === 'query'),
        `${endpointName(endpoint)} documents query parameters`,
      ).toBe(true);
      continue;
    }
    const ref = operation.requestBody?.content['application/json']?.schema?.$ref;
    expect(ref, `${endpointName(endpoint)} documents a JSON body`).toBeDefined();
    // The view may differ from the struct (PaymentsCreateRequest is a view of PaymentsRequest); both are sent.
    expect(spec.components.schemas[refName(ref!)], `${endpointName(endpoint)}: ${ref}`).toBeDefined();
    expect(spec.components.schemas[endpoint.struct], `${endpointName(endpoint)}: ${endpoint.struct}`).toBeDefined();
  }
});
