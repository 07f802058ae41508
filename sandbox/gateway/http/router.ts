import { apiErrors } from '../model/api-error.ts';

// A path router with actix-web's semantics, which is what Hyperswitch's router is built on: routes
// are grouped into resources by path pattern, the first resource (in registration order) whose
// pattern matches the path owns the request, a matching resource without a route for the method
// answers 405 IR_03, and no matching resource answers 404 IR_02 (core/errors/error_handlers.rs).

export type Params = Readonly<Record<string, string>>;

interface Resource<H> {
  pattern: readonly string[];
  handlers: Map<string, H>;
}

export type Resolution<H> = { handler: H; params: Params };

export class Router<H> {
  // Indexed by the first path segment, so a lookup walks only the resources of one API resource.
  readonly #byFirstSegment = new Map<string, Resource<H>[]>();

  /** `pattern` like "/payments/:payment_id/confirm"; a ":name" segment matches any one segment. */
  on(method: string, pattern: string, handler: H): this {
    const segments = pattern.split('/').filter(Boolean);
    const first = segments[0] ?? '';
    if (first.startsWith(':')) throw new Error(`router: a pattern must start with a literal segment (${pattern})`);
    const bucket = this.#byFirstSegment.get(first) ?? [];
    this.#byFirstSegment.set(first, bucket);
    let resource = bucket.find((r) => r.pattern.join('/') === segments.join('/'));
    if (!resource) {
      resource = { pattern: segments, handlers: new Map() };
      bucket.push(resource);
    }
    if (resource.handlers.has(method)) throw new Error(`router: ${method} ${pattern} is registered twice`);
    resource.handlers.set(method, handler);
    return this;
  }

  /** Every method and pattern registered, in registration order (":name" segments as given). */
  routes(): { method: string; pattern: string }[] {
    return [...this.#byFirstSegment.values()]
      .flat()
      .flatMap((resource) => [...resource.handlers.keys()].map((method) => ({ method, pattern: `/${resource.pattern.join('/')}` })));
  }

  resolve(method: string, segments: readonly string[]): Resolution<H> {
    for (const resource of this.#byFirstSegment.get(segments[0] ?? '') ?? []) {
      const params = match(resource.pattern, segments);
      if (!params) continue;
      const handler = resource.handlers.get(method);
      if (!handler) throw apiErrors.methodNotAllowed();
      return { handler, params };
    }
    throw apiErrors.routeNotFound();
  }
}

function match(pattern: readonly string[], segments: readonly string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i]!;
    if (expected.startsWith(':')) params[expected.slice(1)] = segments[i]!;
    else if (expected !== segments[i]) return null;
  }
  return params;
}
