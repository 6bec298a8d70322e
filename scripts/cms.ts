/**
 * `npm run cms`: the web editor against the working copy, without a forge
 * account. Starts Decap's local proxy (decap-server, which reads and writes
 * the files of this folder) and serves the editor at
 * http://127.0.0.1:<port>/admin/ with a config pointing at that proxy.
 * Saving writes the file into content/ directly; review it with git as usual.
 *
 *   npm run cms                      # this working copy, ports chosen free
 *   npm run cms -- --port 4417       # the editor on a port of your choice
 *   npm run cms -- --repo /path/copy # another copy of the repository
 *
 * The browser tests start it the same way on a temporary copy (startCms).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeAdmin } from '../src/integrations/admin.ts';

const root = resolve(import.meta.dirname, '..');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`decap-server đã dừng (mã ${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`decap-server không trả lời ở ${url}:\n${log()}`);
}

export interface RunningCms {
  /** The editor's address, ending in /admin/. */
  url: string;
  proxyUrl: string;
  close: () => Promise<void>;
}

export async function startCms({ repo = root, port = 0, outDir }: { repo?: string; port?: number; outDir?: string } = {}): Promise<RunningCms> {
  const proxyPort = await freePort();
  const proxyUrl = `http://127.0.0.1:${proxyPort}/api/v1`;
  const out = outDir ?? join(root, 'node_modules/.cache/hts-admin/local');
  const { dir } = await writeAdmin(out, { backend: { name: 'proxy', proxy_url: proxyUrl } });

  let log = '';
  const proxy = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(proxyPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proxy.stdout?.on('data', (d) => (log += d));
  proxy.stderr?.on('data', (d) => (log += d));
  await waitFor(proxyUrl, proxy, () => log);

  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith('/admin/')) {
      res.writeHead(302, { Location: '/admin/' }).end();
      return;
    }
    const file = normalize(join(dir, path.slice('/admin/'.length) || 'index.html'));
    if (!file.startsWith(dir)) return void res.writeHead(404).end();
    try {
      const target = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
      res.writeHead(200, { 'Content-Type': types[extname(target)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(await readFile(target));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: webPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${webPort}/admin/`,
    proxyUrl,
    close: async () => {
      await new Promise((done) => server.close(done));
      if (proxy.exitCode === null) {
        const exited = new Promise((done) => proxy.once('exit', done));
        proxy.kill();
        await exited;
      }
    },
  };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string' }, repo: { type: 'string' } } });
  const cms = await startCms({ repo: resolve(values.repo ?? root), port: Number(values.port ?? 0) });
  console.log(`Trình biên tập: ${cms.url}\n(đọc và ghi thẳng vào ${resolve(values.repo ?? root)}/content; Ctrl+C để dừng)`);
  const stop = () => void cms.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
