import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

// Serves the sandbox Unified Checkout from the gateway's own origin (as Hyperswitch serves its SDK
// from its own host): the loader a merchant page includes and the payment-element iframe it mounts.

const PUBLIC_DIR = join(import.meta.dirname, 'public');
const FILES: Record<string, { file: string; type: string }> = {
  '/HyperLoader.js': { file: 'HyperLoader.js', type: 'application/javascript; charset=utf-8' },
  '/v1/HyperLoader.js': { file: 'HyperLoader.js', type: 'application/javascript; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/payment-element.js': { file: 'payment-element.js', type: 'application/javascript; charset=utf-8' },
  '/payment-methods.js': { file: 'payment-methods.js', type: 'application/javascript; charset=utf-8' },
  '/payment-element.css': { file: 'payment-element.css', type: 'text/css; charset=utf-8' },
  '/fullscreenIndex.html': { file: 'fullscreenIndex.html', type: 'text/html; charset=utf-8' },
  '/fullscreen.js': { file: 'fullscreen.js', type: 'application/javascript; charset=utf-8' },
};

export function createSdkHandler(): (req: IncomingMessage, res: ServerResponse) => boolean {
  const cache = new Map(Object.entries(FILES).map(([path, { file, type }]) => [path, { body: readFileSync(join(PUBLIC_DIR, file)), type }]));
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://sdk').pathname;
    const entry = cache.get(path);
    if (!entry) return false;
    res.writeHead(200, { 'content-type': entry.type, 'content-length': entry.body.length, 'cache-control': 'no-cache', 'access-control-allow-origin': '*' });
    res.end(entry.body);
    return true;
  };
}
