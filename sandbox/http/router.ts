// The one router of every sandbox server (gateway, connector simulator, storefronts), so each server
// is a list of routes with a named handler per route. Its semantics are actix-web's, which Hyperswitch's
// router is built on: routes sharing a path pattern form one resource, the first resource (in
// registration order) whose pattern matches owns the request, and a matching resource without a
// handler for the method is "method not allowed" rather than "not found". What a server answers
// in either case is its own business (the gateway's IR_02/IR_03, a storefront's 404 page).

export type Params = Readonly<Record<string, string>>;

export type RouteMatch<H> = { kind: 'found'; handler: H; params: Params } | { kind: 'method-not-allowed'; allowed: readonly string[] } | { kind: 'not-found' };

interface Resource<H> {
  pattern: readonly string[];
  handlers: Map<string, H>;
}

/** Splits a URL path into decoded segments; empty segments (a trailing slash, "//") are dropped. */
export function pathSegments(pathname: string): string[] {
  return pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment; // a malformed escape is not a route: it simply matches no literal segment
      }
    });
}

export class Router<H> {
  // Indexed by the first path segment, so a lookup walks only the resources under one prefix.
  readonly #byFirstSegment = new Map<string, Resource<H>[]>();

  /**
   * `pattern` like "/payments/:payment_id/confirm": a ":name" segment matches any one segment, and a
   * last segment "*name" matches one or more remaining segments (joined with "/"). "/" is the root.
   */
  on(method: string, pattern: string, handler: H): this {
    const segments = pattern.split('/').filter(Boolean);
    const first = segments[0] ?? '';
    if (first.startsWith(':') || first.startsWith('*')) throw new Error(`router: a pattern must start with a literal segment (${pattern})`);
    const star = segments.findIndex((s) => s.startsWith('*'));
    if (star !== -1 && star !== segments.length - 1) throw new Error(`router: a "*" segment must come last (${pattern})`);
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

  get(pattern: string, handler: H): this {
    return this.on('GET', pattern, handler);
  }

  post(pattern: string, handler: H): this {
    return this.on('POST', pattern, handler);
  }

  /** Every method and pattern registered, in registration order (":name" segments as given). */
  routes(): { method: string; pattern: string }[] {
    return [...this.#byFirstSegment.values()]
      .flat()
      .flatMap((resource) => [...resource.handlers.keys()].map((method) => ({ method, pattern: `/${resource.pattern.join('/')}` })));
  }

  /** `path` is a URL pathname or its segments from `pathSegments`. */
  match(method: string, path: string | readonly string[]): RouteMatch<H> {
    const segments = typeof path === 'string' ? pathSegments(path) : path;
    for (const resource of this.#byFirstSegment.get(segments[0] ?? '') ?? []) {
      const params = matchPattern(resource.pattern, segments);
      if (!params) continue;
      const handler = resource.handlers.get(method);
      if (!handler) return { kind: 'method-not-allowed', allowed: [...resource.handlers.keys()] };
      return { kind: 'found', handler, params };
    }
    return { kind: 'not-found' };
  }
}

function matchPattern(pattern: readonly string[], segments: readonly string[]): Record<string, string> | null {
  const rest = pattern.at(-1)?.startsWith('*') ? pattern.at(-1)!.slice(1) : null;
  const fixed = rest === null ? pattern.length : pattern.length - 1;
  if (rest === null ? segments.length !== fixed : segments.length <= fixed) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < fixed; i++) {
    const expected = pattern[i]!;
    if (expected.startsWith(':')) params[expected.slice(1)] = segments[i]!;
    else if (expected !== segments[i]) return null;
  }
  if (rest !== null) params[rest] = segments.slice(fixed).join('/');
  return params;
}
