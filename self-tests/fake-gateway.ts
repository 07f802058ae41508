import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

// A tiny stand-in for OwnGateway: answers each request as the test says (or drops the connection),
// and keeps the bodies and arrival times it saw.

export type FakeAnswer = { status: number; body: unknown; headers?: Record<string, string> } | 'reset';

export async function fakeGateway(answer: (req: IncomingMessage, body: string, n: number) => FakeAnswer) {
  let n = 0;
  const bodies: string[] = [];
  const arrivals: number[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      bodies.push(body);
      arrivals.push(performance.now());
      const a = answer(req, body, n++);
      if (a === 'reset') {
        req.socket.destroy();
        return;
      }
      res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
      res.end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, bodies, arrivals, calls: () => n, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
