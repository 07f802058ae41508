import { isIP } from 'node:net';

/** A URL that points at this machine (127.0.0.0/8, ::1, localhost): only a local stand-in lives there. */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}
