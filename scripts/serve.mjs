import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * A small static server on loopback for the demo console and test fixtures.
 * `mounts` maps URL prefixes to folders; paths never escape their folder. A
 * prefix mapped to a file serves that file for every path under it (a
 * single-page app, such as the editors' console fixture).
 */
export function serveStatic(mounts, { port = 0, host = '127.0.0.1' } = {}) {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const mount = roots.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!mount) return void res.writeHead(404).end('Not found');
    const [prefix, root] = mount;
    let file = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!file.startsWith(root)) return void res.writeHead(403).end('Forbidden');
    try {
      if (statSync(root).isFile()) file = root;
      else if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return void res.writeHead(404).end('Not found');
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(port, host, () => {
      const address = server.address();
      done({ server, origin: `http://${host}:${address.port}`, close: () => new Promise((closed) => server.close(closed)) });
    }),
  );
}
