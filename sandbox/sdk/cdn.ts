import { listen } from '../http/json-server.ts';
import { createSdkHandler } from './index.ts';

// Unified Checkout from a host of its own, the way merchants load HyperLoader.js from a CDN rather
// than from the gateway's origin. The loader then needs the API base from Hyper(key, { customBackendUrl }).

export interface StartedSdkCdn {
  url: string;
  stop(): Promise<void>;
}

export async function startSdkCdn(options: { port?: number; host?: string } = {}): Promise<StartedSdkCdn> {
  const serve = createSdkHandler();
  const listening = await listen(
    (req, res) => {
      if (req.method === 'GET' && serve(req, res)) return;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not on this CDN');
    },
    options.host ?? '127.0.0.1',
    options.port ?? 0,
  );
  return { url: listening.url, stop: listening.stop };
}
