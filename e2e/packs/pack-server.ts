import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A pack host on 127.0.0.1 for the browser tests: serves files kept in
 * memory with a strong ETag, answers If-None-Match with a real 304, sends the
 * CORS headers a static host would, and logs every answer. It can go down
 * and come back on the same port.
 */
export async function startPackServer(port = 0) {
  const files = new Map<string, string>();
  const log: { path: string; status: number }[] = [];
  let server: Server | undefined;

  const listen = (onPort: number) =>
    new Promise<number>((resolve) => {
      server = createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since');
        res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified');
        if (req.method === 'OPTIONS') return void res.writeHead(204).end();
        const body = files.get(path);
        if (body === undefined) {
          log.push({ path, status: 404 });
          return void res.writeHead(404).end('Not found');
        }
        const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
        const status = req.headers['if-none-match'] === etag ? 304 : 200;
        log.push({ path, status });
        res.writeHead(status, { ETag: etag, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
        res.end(status === 200 ? body : undefined);
      });
      server.listen(onPort, '127.0.0.1', () => resolve((server!.address() as AddressInfo).port));
    });

  const boundPort = await listen(port);
  const close = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  return {
    origin: `http://127.0.0.1:${boundPort}`,
    log,
    set: (path: string, body: string) => void files.set(path, body),
    /** Stops answering at all (connections refused), as a host that is down. */
    down: async () => {
      server?.closeAllConnections();
      await close();
    },
    up: () => listen(boundPort),
    close: async () => {
      server?.closeAllConnections();
      await close();
    },
  };
}
