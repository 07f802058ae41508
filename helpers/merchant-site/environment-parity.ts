import { isIP } from 'node:net';
import { isLoopbackUrl } from '../configuration/loopback.ts';

// Configuration drift between environments, as pure rules: a URL a production merchant account or
// page must not hold (plain http, a tunnel, a private or local host, the staging host), and where a
// page may load Unified Checkout from. Each finding names the setting it is about.

export interface ParityFinding {
  setting: string;
  problem: string;
}

/** Public tunnelling services: fine for a developer's laptop, never for a live endpoint. */
const TUNNEL_DOMAINS = [
  'ngrok.io',
  'ngrok.app',
  'ngrok-free.app',
  'ngrok-free.dev',
  'trycloudflare.com',
  'loca.lt',
  'localtunnel.me',
  'serveo.net',
  'localhost.run',
  'tunnelmole.net',
  'pinggy.link',
];

function privateIpv4(host: string): boolean {
  const [a = 0, b = 0] = host.split('.').map(Number);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
}

const underDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

export interface UrlRules {
  /** Hosts of the staging environment (the merchant's staging site, OwnGateway's sandbox) that production must not point at. */
  stagingHosts: readonly string[];
  /** The whole stack runs on this machine (the sandbox, a staging-shaped rehearsal): loopback http is its stand-in, not a finding. */
  localStandIn: boolean;
}

/** What is wrong with a URL OwnGateway or the customer's browser must reach in production; empty when nothing is. */
export function publicHttpsFindings(setting: string, raw: string, rules: UrlRules): ParityFinding[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [{ setting, problem: `is not a URL (${JSON.stringify(raw.slice(0, 80))})` }];
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isLoopbackUrl(raw)) return rules.localStandIn ? [] : [{ setting, problem: `points at this machine (${host}): OwnGateway and customers cannot reach it` }];
  const findings: ParityFinding[] = [];
  if (url.protocol !== 'https:') findings.push({ setting, problem: `uses ${url.protocol.replace(':', '')}, not https` });
  if ((isIP(host) === 4 && privateIpv4(host)) || (isIP(host) === 6 && /^(fc|fd|fe80)/.test(host)))
    findings.push({ setting, problem: `points at a private address (${host})` });
  if (host.endsWith('.local') || host.endsWith('.internal') || host.endsWith('.lan') || (isIP(host) === 0 && !host.includes('.')))
    findings.push({ setting, problem: `points at a host only a private network resolves (${host})` });
  const tunnel = TUNNEL_DOMAINS.find((domain) => underDomain(host, domain));
  if (tunnel) findings.push({ setting, problem: `points at a tunnel (${tunnel})` });
  const staging = rules.stagingHosts.find((staged) => underDomain(host, staged.toLowerCase()));
  if (staging) findings.push({ setting, problem: `points at the staging host ${staging}` });
  return findings;
}

/** The path of Unified Checkout's loader script, minified or not. */
export const HYPER_LOADER_PATH = /\/HyperLoader(\.min)?\.js$/;

/** Where a page loaded HyperLoader.js from, judged against OwnGateway's origins for the target. */
export type LoaderOrigin = 'owngateway' | 'merchant-copy' | 'unknown';

export function loaderOrigin(loaderUrl: string, shopOrigin: string, owngatewayOrigins: readonly string[]): LoaderOrigin {
  const origin = new URL(loaderUrl).origin;
  if (owngatewayOrigins.includes(origin)) return 'owngateway';
  return origin === shopOrigin ? 'merchant-copy' : 'unknown';
}
