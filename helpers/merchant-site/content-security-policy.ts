// A page's Content-Security-Policy, read the way a browser enforces it for what Unified Checkout
// needs: its loader as a script, its element and overlay frames, the API calls the loader makes from
// the page. Only URL sources are judged (nonces, hashes and 'unsafe-*' say nothing about a URL);
// every policy the page carries (headers and <meta>) must allow a resource for it to load.
//
// Frames are judged one level deep on purpose: in hyperswitch-web the bank's 3DS challenge is posted
// into an iframe inside the SDK's own fullscreen frame (its ThreeDSAuth component targets
// threeDsAuthFrame), so the bank's origin is governed by the SDK frame's policy, not the merchant's.

export type Policy = ReadonlyMap<string, readonly string[]>;

export function parsePolicy(text: string): Policy {
  const directives = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // A repeated directive is ignored after the first, as browsers do.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What governs each kind of request, most specific first. */
const FALLBACKS = {
  'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
  'frame-src': ['frame-src', 'child-src', 'default-src'],
  'connect-src': ['connect-src', 'default-src'],
} as const;
export type Directive = keyof typeof FALLBACKS;

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };
const portOf = (url: URL) => url.port || DEFAULT_PORTS[url.protocol] || '';

function hostMatches(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return pattern === host;
}

/** Does one source expression allow the URL, for a page at `self`? */
export function sourceAllows(source: string, url: URL, self: URL): boolean {
  const expression = source.toLowerCase();
  if (expression === "'self'") return url.origin === self.origin || (self.protocol === 'http:' && url.protocol === 'https:' && url.host === self.host);
  if (expression === '*') return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
  if (expression.startsWith("'")) return false;
  if (/^[a-z][a-z0-9+.-]*:$/.test(expression)) return url.protocol === expression || (expression === 'http:' && url.protocol === 'https:');
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\d+|\*))?(\/.*)?$/.exec(expression);
  if (!match) return false;
  const [, scheme, host = '', port, path] = match;
  if (scheme) {
    if (`${scheme}:` !== url.protocol && !(scheme === 'http' && url.protocol === 'https:')) return false;
  } else if (!(url.protocol === self.protocol || (self.protocol === 'http:' && url.protocol === 'https:'))) return false;
  if (!hostMatches(host, url.hostname.toLowerCase())) return false;
  const wantedPort = port ?? (scheme ? DEFAULT_PORTS[`${scheme}:`] : DEFAULT_PORTS[url.protocol]);
  if (port !== '*' && wantedPort !== portOf(url)) return false;
  if (!path || path === '/') return true;
  return path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path;
}

export interface PolicyVerdict {
  allowed: boolean;
  directive: string | null;
}

/** Whether the policy lets the URL load as the given kind of request, and which directive decided. */
export function policyAllows(policy: Policy, directive: Directive, url: URL, self: URL): PolicyVerdict {
  const governing = FALLBACKS[directive].find((name) => policy.has(name));
  if (!governing) return { allowed: true, directive: null };
  return { allowed: policy.get(governing)!.some((source) => sourceAllows(source, url, self)), directive: governing };
}

/** What Unified Checkout loads from OwnGateway, and the part of the payment each one is for. */
export interface SdkNeed {
  directive: Directive;
  url: string;
  flow: string;
}

export function unifiedCheckoutNeeds(loaderUrl: string, apiOrigin: string): SdkNeed[] {
  const sdkOrigin = new URL(loaderUrl).origin;
  return [
    { directive: 'script-src-elem', url: loaderUrl, flow: 'loading Unified Checkout (every payment)' },
    { directive: 'frame-src', url: `${sdkOrigin}/index.html`, flow: 'the card form (the payment element frame)' },
    { directive: 'frame-src', url: `${sdkOrigin}/fullscreenIndex.html`, flow: 'the 3DS overlay and wallet sheets (the fullscreen frame)' },
    {
      directive: 'connect-src',
      url: `${apiOrigin}/payments/`,
      flow: "the payment's status after a redirect or a lost confirm (retrievePaymentIntent, from the page)",
    },
  ];
}

export interface PolicyFinding {
  policy: string;
  directive: string;
  url: string;
  flow: string;
}

/** Every need some policy of the page blocks, named by the policy's source, the directive and the flow it breaks. */
export function policyFindings(policies: readonly { source: string; text: string }[], needs: readonly SdkNeed[], page: URL): PolicyFinding[] {
  return policies.flatMap(({ source, text }) => {
    const policy = parsePolicy(text);
    return needs.flatMap((need) => {
      const verdict = policyAllows(policy, need.directive, new URL(need.url), page);
      return verdict.allowed ? [] : [{ policy: source, directive: verdict.directive ?? need.directive, url: need.url, flow: need.flow }];
    });
  });
}
