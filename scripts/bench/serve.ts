/**
 * Serves a built site the way GitHub Pages does, for the browser measurements and Lighthouse:
 * static files, `index.html` for a folder, a redirect to the trailing slash, `404.html` with
 * status 404, and text compressed with gzip when the browser accepts it. Bound to 127.0.0.1, on
 * the first free port of the benchmark's range (`--port`/`BENCH_PORT`, ten ports from there).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchText } from './messages.ts';

/** The first port the benchmark tries, unless `--port` or `BENCH_PORT` says otherwise. */
export const DEFAULT_PORT = 4340;
/** How many ports from the first one the benchmark may use. */
export const PORT_RANGE = 10;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ts': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.tgz': 'application/gzip',
};

/** The media type of a file, by its extension. */
export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether GitHub Pages would gzip this response: a text type and a client that accepts gzip. */
export function shouldGzip(type: string, acceptEncoding: string | undefined): boolean {
  const textual = /^text\/|^application\/(json|xml|javascript|wasm)|^image\/svg\+xml/.test(type);
  return textual && /\bgzip\b/.test(acceptEncoding ?? '');
}

/** What to answer for a URL path: a file with its status, or a redirect. */
export type Resolved = { status: 200 | 404; file: string } | { status: 301; location: string } | { status: 404 };

/** Resolves a URL path (with or without a query) against a built site, as GitHub Pages does. */
export function resolveRequest(distDir: string, urlPath: string): Resolved {
  const [pathname = '/', query] = urlPath.split('?', 2);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  const root = path.resolve(distDir);
  const target = path.resolve(root, `.${decoded}`);
  const notFound = (): Resolved => {
    const page = path.join(root, '404.html');
    return existsSync(page) ? { status: 404, file: page } : { status: 404 };
  };
  // `..` must not leave the site.
  if (target !== root && !target.startsWith(`${root}${path.sep}`)) return notFound();
  if (!existsSync(target)) return notFound();
  if (statSync(target).isDirectory()) {
    if (!decoded.endsWith('/')) return { status: 301, location: `${pathname}/${query ? `?${query}` : ''}` };
    const index = path.join(target, 'index.html');
    return existsSync(index) ? { status: 200, file: index } : notFound();
  }
  return { status: 200, file: target };
}

/** Whether a port on 127.0.0.1 is free. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createNetServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The first free port of the range starting at `first`. */
export async function freePort(first: number): Promise<number> {
  for (let port = first; port < first + PORT_RANGE; port++) if (await isFree(port)) return port;
  throw new Error(benchText('portsInUse', { first, last: first + PORT_RANGE - 1 }));
}

/** A running server of a built site. */
export interface SiteServer {
  base: string;
  close: () => Promise<void>;
}

/** Serves `distDir` on 127.0.0.1 at the first free port from `firstPort`. */
export async function serveSite(distDir: string, firstPort: number): Promise<SiteServer> {
  const cache = new Map<string, Buffer<ArrayBufferLike>>();
  const server: Server = createServer((request, response) => {
    const resolved = resolveRequest(distDir, request.url ?? '/');
    if (resolved.status === 301) {
      response.writeHead(301, { location: resolved.location }).end();
      return;
    }
    if (!('file' in resolved)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = contentType(resolved.file);
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': 'max-age=600',
      vary: 'Accept-Encoding',
    };
    let body: Buffer<ArrayBufferLike> = readFileSync(resolved.file);
    if (shouldGzip(type, request.headers['accept-encoding'])) {
      let packed = cache.get(resolved.file);
      if (!packed) cache.set(resolved.file, (packed = gzipSync(body)));
      body = packed;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(resolved.status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  const port = await freePort(firstPort);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
