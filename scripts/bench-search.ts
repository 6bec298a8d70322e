/**
 * Search benchmark (not a test): in Debian's Chromium, the median time from
 * submitting a query to the first results drawn, and the bytes the browser
 * fetched for the first query, on the real site and on a large synthetic one.
 *
 * Usage (after `npm run build`):
 *   node_modules/.bin/node scripts/bench-search.ts [--pages 5000] [--work /tmp/hoc-tap-bench] [--runs 3] [--type 100]
 * With `--type MS` the query is typed key by key, MS apart, as a visitor
 * types it, and the time runs from the last key to the results of the whole
 * query (what "within 300 ms of typing" means); without it the query is
 * submitted at once and the time runs from the submit.
 * Generates the synthetic content with scripts/generate-content.ts into the
 * work folder (reused when it is already built), builds it there, and prints
 * a Markdown table for BENCHMARKS.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { generateContent } from './generate-content.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { pages: { type: 'string' }, work: { type: 'string' }, runs: { type: 'string' }, type: { type: 'string' }, dist: { type: 'string' } },
});
const pages = Number(values.pages ?? 5000);
const work = resolve(values.work ?? `/tmp/hoc-tap-bench-${pages}`);
const runs = Number(values.runs ?? 3);
const typeDelay = values.type === undefined ? undefined : Number(values.type);
const queries = [
  'gia dinh hoc tap', 'cang long', 'tuan le hoc tap suot doi', 'duong', 'dong ho hoc tap',
  'ke hoach 182', '182/KH-UBND', 'hoc tap', 'khuyen hoc', 'doc sach',
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function buildSynthetic(): string {
  // --dist measures an already built synthetic site as it is (e.g. a copy with a rebuilt index).
  if (values.dist) return resolve(values.dist);
  const dist = join(work, 'dist');
  if (existsSync(join(dist, 'pagefind/pagefind.js'))) return dist;
  rmSync(work, { recursive: true, force: true });
  // Real content has 22 item pages; the rest are synthetic.
  console.error(`Tạo ${pages} mục nội dung giả lập trong ${work} …`);
  generateContent({ count: pages, out: work });
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CONTENT_DIR: join(work, 'content'), ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('synthetic build failed');
  console.error(`Dựng xong trong ${Math.round((performance.now() - started) / 1000)} s.`);
  return dist;
}

interface Figures {
  indexed: number;
  medianMs: number;
  p90Ms: number;
  startupBytes: number;
  firstQueryBytes: number;
  firstQueryRequests: number;
}

async function measure(browser: Browser, dist: string): Promise<Figures> {
  const server = await serveStatic(dist);
  const entry: unknown = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
  const times: number[] = [];
  let startupBytes = 0;
  let firstQueryBytes = 0;
  let firstQueryRequests = 0;
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [i, query] of queries.entries()) {
        // A fresh context each time: an empty cache, as for a visitor's first search.
        const context = await browser.newContext();
        const page = await context.newPage();
        // Counted at the context, so the requests of Pagefind's web worker are included.
        let bytes = 0;
        let requests = 0;
        const seen: string[] = [];
        context.on('requestfinished', (request) => {
          requests += 1;
          seen.push(request.url());
          void request.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize));
        });
        await page.goto(`${server.url}/tim-kiem/`);
        await page.waitForFunction(() => /Nhập từ cần tìm/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
        await page.waitForLoadState('networkidle');
        const before = { bytes, requests };
        // Waits for the results of the whole query: the status names it once they are drawn.
        const drawn = page.evaluate((q) => {
          const status = document.querySelector('[data-search-status]')!;
          const input = document.querySelector<HTMLInputElement>('#search-page')!;
          let last = performance.now();
          input.addEventListener('input', () => (last = performance.now()));
          return new Promise<number>((resolveDone) => {
            const observer = new MutationObserver(() => {
              const text = status.textContent ?? '';
              if (text.includes(`"${q}"`) && /Tìm thấy|Không tìm thấy/.test(text)) {
                observer.disconnect();
                resolveDone(performance.now() - ((window as unknown as { submitAt?: number }).submitAt ?? last));
              }
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
          });
        }, query);
        if (typeDelay === undefined) {
          await page.evaluate((q) => {
            const input = document.querySelector<HTMLInputElement>('#search-page')!;
            input.value = q;
            (window as unknown as { submitAt?: number }).submitAt = performance.now();
            input.form!.requestSubmit();
          }, query);
        } else {
          await page.focus('#search-page');
          await page.keyboard.type(query, { delay: typeDelay });
        }
        const ms = await drawn;
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(200);
        times.push(ms);
        if (process.env.BENCH_DEBUG && run === 0 && i === 0) console.error(seen.join('\n'));
        if (run === 0 && i === 0) {
          startupBytes = before.bytes;
          firstQueryBytes = bytes - before.bytes;
          firstQueryRequests = requests - before.requests;
        }
        await context.close();
      }
    }
  } finally {
    await server.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    indexed: (entry as { languages: { vi: { page_count: number } } }).languages.vi.page_count,
    medianMs: median(times),
    p90Ms: sorted[Math.floor(sorted.length * 0.9)]!,
    startupBytes,
    firstQueryBytes,
    firstQueryRequests,
  };
}

const real = join(root, 'dist');
if (!existsSync(join(real, 'pagefind/pagefind.js'))) throw new Error('Chạy `npm run build` trước.');
const synthetic = buildSynthetic();
const browser = await launchChromium();
try {
  const rows = [
    ['trang thật (dist/)', await measure(browser, real)],
    [`giả lập ${pages} mục`, await measure(browser, synthetic)],
  ] as const;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Máy: ${cpus()[0]?.model ?? '?'} (${cpus().length} lõi), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${osType()} ${release()}; Chromium ${browser.version()}; Node ${process.version}`);
  console.log(`${queries.length} truy vấn × ${runs} lượt, mỗi lượt một ngữ cảnh trình duyệt mới (bộ nhớ đệm trống); ${typeDelay === undefined ? 'gửi cả câu một lần, tính từ lúc gửi' : `gõ từng phím cách nhau ${typeDelay} ms, tính từ phím cuối`}.\n`);
  console.log('| site | pages indexed | median query → first results | p90 | bytes to open /tim-kiem/ (page + Pagefind start-up) | bytes for the first query ("gia dinh hoc tap") |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, f] of rows) {
    console.log(`| ${name} | ${f.indexed} | ${f.medianMs.toFixed(0)} ms | ${f.p90Ms.toFixed(0)} ms | ${kb(f.startupBytes)} | ${kb(f.firstQueryBytes)} in ${f.firstQueryRequests} requests |`);
  }
} finally {
  await browser.close();
}
