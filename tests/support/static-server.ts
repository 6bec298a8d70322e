/**
 * Serves a built `dist/` on 127.0.0.1 the way a static host does: directory
 * URLs get their index.html, unknown paths get 404.html with status 404.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  try {
    const s = await stat(candidate);
    if (s.isDirectory()) {
      const index = join(candidate, 'index.html');
      await stat(index);
      return index;
    }
    return candidate;
  } catch {
    return undefined;
  }
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /**
   * Compress text as a CDN does (brotli, else gzip, when the browser asks),
   * so page-weight measurements count what a reader would download.
   */
  compress?: boolean;
}

const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

function encode(body: Buffer, type: string, accept: string): { body: Buffer; encoding?: string } {
  if (!compressible.test(type) || body.length < 256) return { body };
  if (/\bbr\b/.test(accept)) return { body: brotliCompressSync(body), encoding: 'br' };
  if (/\bgzip\b/.test(accept)) return { body: gzipSync(body, { level: 9 }), encoding: 'gzip' };
  return { body };
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<RunningServer> {
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = await resolveFile(root, path);
    if (!file) {
      const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'content-type': types['.html']! });
      res.end(notFound);
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const raw = await readFile(file);
    const { body, encoding } = options.compress ? encode(raw, type, String(req.headers['accept-encoding'] ?? '')) : { body: raw };
    res.writeHead(200, { 'content-type': type, ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
