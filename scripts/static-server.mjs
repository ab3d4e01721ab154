// A minimal static host for the tests: serves a built folder under a base path, with the site's
// 404 page, the way any ordinary web host would. (`astro preview` allows one server per project,
// and the tests need two: the site at / and under /cchc/.)
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

async function file(path) {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return file(join(path, 'index.html'));
    return info.isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves `root` under `base` on `port`. With `ready` (a promise), requests wait until it
 * resolves, and are answered 503 with its error if it rejects: the server can listen before the
 * folder is built.
 */
export function serveStatic({ root, base, port, ready = Promise.resolve() }) {
  const server = createServer(async (request, response) => {
    try {
      await ready;
    } catch (error) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`${root} was not built: ${error instanceof Error ? error.message : error}`);
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let found;
    if (pathname.startsWith(base)) {
      const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
      if (!relative.startsWith('..')) found = await file(join(root, relative));
    }
    const status = found ? 200 : 404;
    found ??= join(root, '404.html');
    response.writeHead(status, {
      'content-type': types[extname(found)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(found)
      .on('error', () => response.end())
      .pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
