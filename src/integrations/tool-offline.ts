/**
 * Places the tool's Web Worker in the service worker's scope and, after the
 * build, writes the evaluation tool's service worker
 * (`/tu-danh-gia/sw.js`) with Workbox: it precaches the tool's page, its
 * scripts (lazy ones included), styles, criteria data, manifest and icons,
 * so the tool opens and works with no network after the first visit. Its
 * scope is `/tu-danh-gia/`: the rest of the portal is untouched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { toolFiles } from '../lib/dossier/offline-files';
import { toolPaths } from '../lib/site/routes';

/** Writes the tool's service worker into the built site at `root`, precaching the tool's own files. */
async function writeWorker(root: string) {
  const read = (p: string) => (existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : null);
  const files = toolFiles({ read }, toolPaths.home, [toolPaths.criteria, toolPaths.manifest, '/tu-danh-gia/icon-192.png', '/tu-danh-gia/icon-512.png', '/favicon.svg']);
  return generateSW({
    globDirectory: root,
    globPatterns: files.map((f) => f.slice(1)),
    // URLs relative to the site root, not to the worker's folder.
    modifyURLPrefix: { '': '/' },
    swDest: join(root, toolPaths.serviceWorker.slice(1)),
    // The Workbox runtime goes into sw.js itself: no script from anywhere else.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    cacheId: 'tu-danh-gia',
    // Evidence can be large, but the tool's own files are small; 5 MB guards against a mistake.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
}

export default function toolOffline(): AstroIntegration {
  let written: ReturnType<typeof writeWorker> | undefined;
  return {
    name: 'hoc-tap-tool-offline',
    hooks: {
      // A service worker serves a Web Worker's script only when the worker's own address is in its
      // scope, so the tool's worker is written under /tu-danh-gia/, not /_astro/: offline it still loads.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { worker: { rolldownOptions: { output: { entryFileNames: `${toolPaths.home.slice(1)}[name]-[hash].js` } } } } });
      },
      // Started as soon as the pages are written, so Workbox bundles while the other integrations finish.
      'astro:build:generated': ({ dir }) => {
        written = writeWorker(fileURLToPath(dir));
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        written.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await (written ?? writeWorker(fileURLToPath(dir)));
        for (const w of warnings) logger.warn(w);
        logger.info(`Hồ sơ tự đánh giá: sw.js lưu sẵn ${count} tệp (${Math.round(size / 1024)} KB) để dùng khi không có mạng.`);
      },
    },
  };
}
