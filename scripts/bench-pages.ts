/**
 * Page weight and Lighthouse in Chromium: the home page, a news page, a plan
 * page, a statistics page and the search page of the built site, and the
 * same news item as a Starlight page, each served compressed (brotli) from
 * 127.0.0.1 as a CDN would serve it. Lighthouse's default (mobile) profile:
 * a mid-range phone on a slow 4G connection, simulated.
 *
 * Usage, after `npm run build` (Lighthouse needs Node ≥ 22.19, so the pinned Node):
 *
 *   node_modules/.bin/node scripts/bench-pages.ts [--dist dist] [--starlight /tmp/hts-bench/peer-starlight] [--json file]
 *
 * Without --starlight the Starlight page is built first from the news in
 * content/ (npm fetches Starlight into a temporary folder).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { load, machine } from './bench/measure.ts';
import { buildStarlight, fillStarlight, setupStarlight } from './bench/peers.ts';
import { repoRoot } from './bench/project.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(repoRoot, 'dist') },
    starlight: { type: 'string' },
    json: { type: 'string', default: '/tmp/hts-bench/bench-pages.json' },
    news: { type: 'string', default: '/tin-tuc/cang-long-ban-hanh-ke-hoach-67-kh-ubnd/' },
    plan: { type: 'string', default: '/ke-hoach/cang-long-67-kh-ubnd/' },
    stat: { type: 'string', default: '/so-lieu/ket-qua-2023-mot-tinh/' },
  },
});

const ours = [
  { name: 'home', path: '/' },
  { name: 'news', path: values.news },
  { name: 'plan', path: values.plan },
  { name: 'statistics', path: values.stat },
  { name: 'search', path: '/tim-kiem/' },
  { name: 'search, query typed in the URL', path: '/tim-kiem/?q=gia+dinh+hoc+tap' },
];

/** Chromium with a DevTools port for Lighthouse; the port is read from the profile, as Chromium writes it. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  if (!chromiumPath) throw new Error('Chromium not found (apt-get install chromium)');
  const profile = mkdtempSync(join(tmpdir(), 'lh-profile-'));
  const child = spawn(chromiumPath, [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  const portFile = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(portFile)) throw new Error('Chromium did not open a DevTools port');
  const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
  return {
    port,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

interface Row {
  site: string;
  page: string;
  url: string;
  bytes: Record<string, number>;
  requests: number;
  scores: Record<string, number>;
  metrics: Record<string, number>;
}

async function audit(port: number, site: string, page: string, url: string): Promise<Row> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message} (${url})`);
  const summary = (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number; requestCount: number }[] } | undefined)?.items ?? [];
  const bytes = Object.fromEntries(summary.map((i) => [i.resourceType, i.transferSize]));
  const requests = summary.find((i) => i.resourceType === 'total')?.requestCount ?? 0;
  const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const metrics = {
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
  };
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
    .map((a) => a.id);
  if (failing.length) console.log(`  ${site} ${page}: audits under 1: ${failing.join(', ')}`);
  return { site, page, url, bytes, requests, scores, metrics };
}

function starlightDist(): string {
  if (values.starlight) return join(values.starlight, 'dist');
  const dir = '/tmp/hts-bench/peer-starlight-pages';
  setupStarlight(dir);
  fillStarlight(dir, join(repoRoot, 'content'));
  buildStarlight(dir);
  return join(dir, 'dist');
}

const started = new Date().toISOString();
const loadBefore = load();
const starDist = starlightDist();
const ourServer = await serveStatic(resolve(values.dist), { compress: true });
const starServer = await serveStatic(starDist, { compress: true });
const chrome = await startChromium();
const rows: Row[] = [];
try {
  for (const p of ours) {
    rows.push(await audit(chrome.port, 'ours', p.name, ourServer.url + p.path));
    console.log(`${p.name}: ${JSON.stringify(rows.at(-1)!.scores)} ${rows.at(-1)!.bytes.total} B`);
  }
  rows.push(await audit(chrome.port, 'starlight', 'news', starServer.url + values.news));
  console.log(`starlight news: ${JSON.stringify(rows.at(-1)!.scores)} ${rows.at(-1)!.bytes.total} B`);
} finally {
  await chrome.stop();
  await ourServer.close();
  await starServer.close();
}

writeFileSync(values.json, `${JSON.stringify({ machine: machine(), started, loadBefore, loadAfter: load(), rows }, null, 2)}\n`);

const kb = (b: number | undefined) => ((b ?? 0) / 1024).toFixed(1);
console.log('\n| site | page | HTML | CSS | JS | images | fonts | other | total KB | requests | perf | a11y | best practices | SEO | LCP ms |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const b = r.bytes;
  console.log(
    `| ${r.site} | ${r.page} | ${kb(b.document)} | ${kb(b.stylesheet)} | ${kb(b.script)} | ${kb(b.image)} | ${kb(b.font)} | ${kb((b.other ?? 0) + (b.media ?? 0))} | ${kb(b.total)} | ${r.requests} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${r.metrics.lcpMs?.toFixed(0)} |`,
  );
}
const ourNews = rows.find((r) => r.site === 'ours' && r.page === 'news');
const theirNews = rows.find((r) => r.site === 'starlight');
if (ourNews && theirNews) {
  console.log(`\nnews page, ours / Starlight: ${(ourNews.bytes.total! / theirNews.bytes.total!).toFixed(2)} of the bytes, ${ourNews.requests} / ${theirNews.requests} requests`);
}
