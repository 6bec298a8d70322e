/**
 * The scale benchmark of issue 18 (not a test): builds the 20,000-item site
 * cold with `npm run build`'s own script, and reports the build's wall time,
 * CPU time and peak memory (the Pagefind service included, sampled from
 * /proc), then, for five queries, the bytes the search page and its first
 * results cost gzip-compressed as served, and the time from the last key
 * typed to the first results drawn, in Debian's Chromium.
 *
 * Usage:
 *   node_modules/.bin/node scripts/bench-scale.ts --label after [--count 20000] [--work /tmp/hts-bench]
 *     [--skip-build] [--dist DIR] [--runs 1]
 * Content is generated once into WORK/c<count> and reused; the build goes to
 * WORK/<label>/dist with an empty cache (cold). `--skip-build` measures the
 * search of an existing WORK/<label>/dist (or `--dist`). Results: WORK/<label>/scale.json
 * and a Markdown summary on stdout.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium.ts';
import { dirBytes, htmlPageCount, load, machine, parseTimeReport } from './bench/measure.ts';
import { sampleTree, type TreeSample } from './bench/proc-sampler.ts';
import { generateContent } from './generate-content.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    label: { type: 'string', default: 'run' },
    count: { type: 'string', default: '20000' },
    work: { type: 'string', default: '/tmp/hts-bench' },
    'skip-build': { type: 'boolean', default: false },
    dist: { type: 'string' },
    runs: { type: 'string', default: '1' },
    type: { type: 'string', default: '100' },
  },
});
const count = Number(values.count);
const work = resolve(values.work);
const out = join(work, values.label);
const runs = Number(values.runs);
const typeDelay = Number(values.type);
const queries = ['gia dinh hoc tap', 'tuan le hoc tap suot doi', 'cong dan hoc tap', 'cang long', '182/KH-UBND'];

interface BuildFigures {
  wallSeconds: number;
  /** GNU time: user + system of the processes it waited for. */
  gnuCpuSeconds: number;
  /** Sampled from /proc, every process of the tree (the Pagefind service too). */
  sampledCpuSeconds: number;
  /** Largest single waited-for process (GNU time). */
  gnuPeakMb: number;
  tree: TreeSample;
  pages: number;
  indexedPages: number;
  distMb: number;
  searchIndexMb: number;
  loadBefore: string;
  loadAfter: string;
  log: string;
}

async function build(contentDir: string, dist: string): Promise<BuildFigures> {
  const cache = join(out, 'cache');
  rmSync(cache, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  const loadBefore = load();
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', process.execPath, join(root, 'scripts/build.ts')], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cache, DIST_DIR: dist, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = sampleTree(child.pid!, 500);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const tree = sampler.stop();
  const wallSeconds = (performance.now() - started) / 1000;
  writeFileSync(join(out, 'build.log'), `${stdout}\n${stderr}`);
  if (code !== 0) throw new Error(`build failed (${code}); see ${join(out, 'build.log')}`);
  const gnu = parseTimeReport(stderr);
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return {
    wallSeconds,
    gnuCpuSeconds: gnu.cpuSeconds,
    sampledCpuSeconds: tree.cpuSeconds,
    gnuPeakMb: gnu.peakMb,
    tree,
    pages: htmlPageCount(dist),
    indexedPages: Object.values(entry.languages).reduce((a, l) => a + l.page_count, 0),
    distMb: dirBytes(dist) / 2 ** 20,
    searchIndexMb: dirBytes(join(dist, 'pagefind')) / 2 ** 20,
    loadBefore,
    loadAfter: load(),
    log: [...`${stdout}\n${stderr}`.matchAll(/^.*(thẻ chia sẻ|chỉ mục tìm kiếm|pages? built|Completed in|phần chỉ mục).*$/gim)].map((m) => m[0].trim()).join('\n'),
  };
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain',
};

/**
 * Serves `dir` as a host does: gzip for text (the goal counts gzip bytes),
 * and an ETag with `max-age=0, must-revalidate` (the host default that
 * public/_headers keeps for Pagefind's files), so a file fetched twice is
 * revalidated rather than sent twice, as on the real host.
 */
async function serveGzip(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404).end();
      return;
    }
    const raw = await readFile(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    const etag = `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}"`;
    const headers: Record<string, string> = { 'content-type': type, etag, 'cache-control': 'public, max-age=0, must-revalidate' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const gzip = /^(text\/|application\/(json|javascript|xml)|image\/svg)/.test(type) && raw.length >= 256;
    const body = gzip ? gzipSync(raw, { level: 9 }) : raw;
    res.writeHead(200, { ...headers, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((done) => server.close(() => done())) };
}

interface QueryFigures {
  query: string;
  /** Body bytes on the wire (gzip) from opening /tim-kiem/ until the first results are drawn (the quick index's, where there is one). */
  firstBytes: number;
  /** Of which Pagefind's files. */
  firstPagefindBytes: number;
  firstRequests: number;
  /** Until Pagefind's full-text answer is in and the network is idle (the same as `firstBytes` without a quick index). */
  bytes: number;
  requests: number;
  /** Of which Pagefind's files. */
  pagefindBytes: number;
  /** From the submit (or last key) to Pagefind's count in the status. */
  fullMs: number;
  /** From the last key typed to the first result (or the "no results" state) drawn. */
  typedMs: number;
  /** From submitting the whole query at once to the first result drawn. */
  submittedMs: number;
  results: string;
  firstResult: string;
  seen: string[];
  /** Bytes when the query is typed key by key (chunks fetched while typing included). */
  typedBytes?: number;
}

async function measureQuery(browser: Browser, url: string, query: string, typed: boolean): Promise<Omit<QueryFigures, 'typedMs' | 'submittedMs'> & { ms: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen: string[] = [];
  const sizes: Promise<{ n: number; pagefind: boolean }>[] = [];
  context.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then((s) => {
        // Body bytes as sent (gzip): headers depend on the host, not on the site.
        const n = s.responseBodySize;
        seen.push(`${n}\t${request.url().replace(/^https?:\/\/[^/]+/, '')}`);
        return { n, pagefind: request.url().includes('/pagefind/') };
      }),
    );
  });
  const sum = async (list: Promise<{ n: number; pagefind: boolean }>[]) => {
    const got = await Promise.all(list);
    return { bytes: got.reduce((a, g) => a + g.n, 0), pagefind: got.reduce((a, g) => a + (g.pagefind ? g.n : 0), 0), requests: got.length };
  };
  await page.goto(`${url}/tim-kiem/`);
  await page.waitForFunction(() => /Nhập từ cần tìm/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 60_000 });
  const drawn = page.evaluate(
    (q: string) =>
      new Promise<number>((done) => {
        const list = document.querySelector('[data-search-results]')!;
        const status = document.querySelector('[data-search-status]')!;
        const input = document.querySelector<HTMLInputElement>('#search-page')!;
        let last = performance.now();
        input.addEventListener('input', () => (last = performance.now()));
        const check = () => {
          // Results of the whole query, not of a half-typed one: the status names the query once they are drawn.
          const text = status.textContent ?? '';
          if (text.includes(`“${q}”`) && /Tìm thấy|Không tìm thấy/.test(text) && (list.children.length || /Không tìm thấy/.test(text))) {
            observer.disconnect();
            done(performance.now() - ((window as unknown as { submitAt?: number }).submitAt ?? last));
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.querySelector('[data-search]')!, { childList: true, subtree: true, characterData: true });
      }),
    query,
  );
  if (typed) {
    await page.focus('#search-page');
    await page.keyboard.type(query, { delay: typeDelay });
  } else {
    await page.evaluate((q) => {
      const input = document.querySelector<HTMLInputElement>('#search-page')!;
      input.value = q;
      (window as unknown as { submitAt?: number }).submitAt = performance.now();
      input.form!.requestSubmit();
    }, query);
  }
  const ms = await drawn;
  // Requests finished by the time the first results are drawn: their bytes are the first results' cost.
  const firstSizes = [...sizes];
  // Pagefind's answer: the status drops the quick index's "still searching" (at once where there is none).
  const fullMs = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const status = document.querySelector('[data-search-status]')!;
        const check = () => {
          if (!(status.textContent ?? '').includes('đang tìm')) {
            observer.disconnect();
            done(performance.now() - ((window as unknown as { submitAt?: number }).submitAt ?? 0));
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(status, { childList: true, subtree: true, characterData: true });
        check();
      }),
  );
  // The excerpts of Pagefind's first results are part of its answer: wait for their fragments.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const first = await sum(firstSizes);
  const full = await sum(sizes);
  const results = (await page.textContent('[data-search-status]')) ?? '';
  const firstResult = (await page.locator('[data-search-results] li a').first().textContent({ timeout: 1000 }).catch(() => '')) ?? '';
  await context.close();
  return {
    query,
    firstBytes: first.bytes,
    firstPagefindBytes: first.pagefind,
    firstRequests: first.requests,
    bytes: full.bytes,
    requests: full.requests,
    pagefindBytes: full.pagefind,
    fullMs: typed ? 0 : fullMs,
    ms,
    results: results.trim(),
    firstResult: firstResult.trim(),
    seen,
  };
}

async function measureSearch(dist: string): Promise<{ load: string; rows: QueryFigures[] }> {
  const server = await serveGzip(dist);
  const browser = await launchChromium();
  const loadAt = load();
  const rows: QueryFigures[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const query of queries) {
        const typed = await measureQuery(browser, server.url, query, true);
        const submitted = await measureQuery(browser, server.url, query, false);
        // Bytes of the submitted query: typing also fetches the chunks of words as they are finished,
        // which shifts with timing; the submitted query fetches exactly the page and its first results.
        rows.push({ ...submitted, typedMs: typed.ms, submittedMs: submitted.ms, typedBytes: typed.firstBytes });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { load: `${loadAt} → ${load()}`, rows };
}

mkdirSync(out, { recursive: true });
const dist = values.dist ? resolve(values.dist) : join(out, 'dist');
let buildFigures: BuildFigures | undefined;
if (!values['skip-build']) {
  const contentOut = join(work, `c${count}`);
  if (!existsSync(join(contentOut, 'content'))) {
    console.error(`Tạo ${count} mục giả lập trong ${contentOut} …`);
    generateContent({ count, out: contentOut });
  }
  console.error(`Dựng (lạnh) vào ${dist} …`);
  buildFigures = await build(join(contentOut, 'content'), dist);
}
const search = await measureSearch(dist);
writeFileSync(join(out, 'scale.json'), JSON.stringify({ machine: machine(), build: buildFigures, search }, null, 2));

const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`Máy: ${machine()}; nhãn ${values.label}; ${new Date().toISOString()}`);
if (buildFigures) {
  const b = buildFigures;
  const byName = Object.entries(b.tree.peakByName).sort((x, y) => y[1] - x[1]).slice(0, 4).map(([n, v]) => `${n} ${v.toFixed(0)} MB`).join(', ');
  console.log(`\nBuild (cold), load ${b.loadBefore} → ${b.loadAfter}: ${b.pages} HTML pages, ${b.indexedPages} indexed, dist ${b.distMb.toFixed(0)} MB, search index ${b.searchIndexMb.toFixed(1)} MB`);
  console.log(`| wall s | CPU s (GNU time) | CPU s (sampled, Pagefind included) | peak MB, whole tree (sampled) | peak MB per process | `);
  console.log('| ---: | ---: | ---: | ---: | --- |');
  console.log(`| ${b.wallSeconds.toFixed(1)} | ${b.gnuCpuSeconds.toFixed(1)} | ${b.sampledCpuSeconds.toFixed(1)} | ${b.tree.peakTreeMb.toFixed(0)} | ${byName} |`);
  console.log(b.log);
}
console.log(`\nSearch, gzip as served, fresh browser context per query, load ${search.load}; typed ${typeDelay} ms a key:`);
console.log('| query | KB to first results, submitted (Pagefind) | KB when typed | requests | last key → first results | submit → first results | KB to full-text answer (Pagefind) | submit → full-text answer | status | first result |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
for (const r of search.rows) {
  console.log(
    `| ${r.query} | ${kb(r.firstBytes)} (${kb(r.firstPagefindBytes)}) | ${kb(r.typedBytes ?? 0)} | ${r.firstRequests} | ${r.typedMs.toFixed(0)} ms | ${r.submittedMs.toFixed(0)} ms | ${kb(r.bytes)} (${kb(r.pagefindBytes)}) | ${r.fullMs.toFixed(0)} ms | ${r.results.replace(/\s+/g, ' ')} | ${r.firstResult} |`,
  );
}
