/**
 * A tiny static server for `dist/`, used by the browser tests and the benchmark.
 *
 * Why not `astro preview`: when it detects that an AI agent runs it, it detaches from the terminal
 * and keeps running in the background (unless `ASTRO_PREVIEW_BACKGROUND` is set), and it cannot serve
 * a folder that was built elsewhere. This one behaves like an ordinary static host:
 * - the site lives under a base path (`/explainer/`); `dist/` itself is not nested;
 * - `/x/` serves `x/index.html`, `/x` redirects to `/x/` when that is a folder;
 * - a missing file gets `404.html` with status 404;
 * - text is compressed (brotli or gzip) when the browser asks, as real hosts do, so that
 *   transferred bytes and Lighthouse's load simulation are realistic.
 * It logs nothing: test output should show test results only.
 *
 * CLI: `npx node scripts/quality/serve.ts [distDir=dist] [base=/] [port=4321]` prints the URL once.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { cliArgs } from '../cli-args.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's index files are already compressed binary data.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

export interface StaticServer {
  /** Origin plus base, always ending in `/`, e.g. `http://127.0.0.1:40123/explainer/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  root: string;
  /** The base path the site was built with; `/` by default. */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

/** `/explainer` or `explainer/` → `/explainer/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

async function fileAt(path: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

function send(req: IncomingMessage, res: ServerResponse, status: number, body: Buffer, type: string): void {
  const headers: Record<string, string> = {
    'content-type': type,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
  };
  let payload = body;
  const accepts = String(req.headers['accept-encoding'] ?? '');
  if (COMPRESSIBLE.test(type) && body.length > 0) {
    if (/\bbr\b/.test(accepts)) {
      payload = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });
      headers['content-encoding'] = 'br';
    } else if (/\bgzip\b/.test(accepts)) {
      payload = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
  }
  headers['content-length'] = String(payload.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

async function notFound(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found\n'));
  send(req, res, 404, page, TYPES['.html'] ?? 'text/html');
}

export function startServer(options: ServeOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = normaliseBase(options.base);
  const host = options.host ?? '127.0.0.1';

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return void send(req, res, 400, Buffer.from('Bad request\n'), 'text/plain');
      }
      if (`${pathname}/` === base) {
        // `/explainer` → `/explainer/`, as hosts do for a folder.
        res.writeHead(301, { location: base + url.search });
        return void res.end();
      }
      if (!pathname.startsWith(base)) return void (await notFound(req, res, root));
      const relative = normalize(pathname.slice(base.length));
      const target = join(root, relative);
      if (target !== root && !target.startsWith(root + sep)) return void (await notFound(req, res, root));

      let kind = await fileAt(target);
      if (kind === 'dir') {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` });
          return void res.end();
        }
        const index = join(target, 'index.html');
        kind = (await fileAt(index)) === 'file' ? 'file' : null;
        if (kind) return void send(req, res, 200, await readFile(index), TYPES['.html'] ?? 'text/html');
      }
      if (kind !== 'file') return void (await notFound(req, res, root));
      send(req, res, 200, await readFile(target), TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream');
    } catch {
      if (!res.headersSent) send(req, res, 500, Buffer.from('Server error\n'), 'text/plain');
      else res.destroy();
    }
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://${host}:${port}`;
      resolvePromise({
        origin,
        url: origin + base,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.main) {
  const { positionals } = cliArgs('serve', 'node scripts/quality/serve.ts [distDir] [base] [port]', {
    allowPositionals: true,
  });
  const [root = 'dist', base = '/', port = '4321'] = positionals;
  const server = await startServer({ root, base, port: Number(port) });
  console.log(server.url);
}
