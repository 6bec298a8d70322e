/**
 * Benchmarks of the evaluation tool (figures go to BENCHMARKS.md, never into
 * tests). Needs a build in dist/ and Debian's Chromium.
 *
 *   node_modules/.bin/node --import ./scripts/ts-imports.ts scripts/bench-tool.ts
 *
 * 1. The tool page's first-load JavaScript, gzip.
 * 2. A dossier with 100 evidence files, 50 MB in all: imported (read, checked,
 *    saved to IndexedDB), edited (saved as one types) and exported again in
 *    Chromium at 390 px, with every main-thread task over 50 ms recorded by
 *    the browser's Long Tasks API.
 * 3. The summary of 700 dossiers (read from their files, then judged and
 *    grouped): the computation in Node, and in Chromium from picking the 700
 *    files to the table of 700 rows, with its long tasks.
 * Each figure is printed with the machine's load average, since the machine
 * is shared.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { exportDossier, importDossier } from '../src/lib/dossier/exchange.ts';
import { sha256Hex } from '../src/lib/dossier/canonical.ts';
import { newDossier } from '../src/lib/dossier/model.ts';
import { dossierItems } from '../src/lib/dossier/verdict.ts';
import { knownSetsOf, type ToolCriteriaFile } from '../src/lib/dossier/criteria-data.ts';
import { summarise, summaryRows } from '../src/lib/dossier/summary.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';

const dist = join(import.meta.dirname, '../dist');
const out = '/tmp/hts-bench/tool';
mkdirSync(out, { recursive: true });
const criteria = JSON.parse(readFileSync(join(dist, 'tu-danh-gia/bo-tieu-chi.json'), 'utf8')) as ToolCriteriaFile;
const set = criteria.sets.find((s) => s.id === 'cong-dong-hoc-tap-cap-xa-tt-25')!;
const known = knownSetsOf(criteria);
const concat = (chunks: Uint8Array[]) => new Uint8Array(Buffer.concat(chunks));
const load = () => `load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`;

// 1. First-load JavaScript.
const html = readFileSync(join(dist, 'tu-danh-gia/index.html'), 'utf8');
const queue = [...html.matchAll(/<script[^>]*src="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
const seen = new Set<string>();
while (queue.length) {
  const p = queue.shift()!;
  if (seen.has(p)) continue;
  seen.add(p);
  for (const m of readFileSync(join(dist, p), 'utf8').matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[\w.-]+\.js)["']/g)) queue.push(new URL(m[1]!, `http://x${p}`).pathname);
}
const gz = [...seen].reduce((n, p) => n + gzipSync(readFileSync(join(dist, p)), { level: 9 }).length, 0);
console.log(`tool first-load JS: ${seen.size} files, ${(gz / 1024).toFixed(1)} KB gzip`);

// A commune's dossier, every chỉ tiêu answered.
function filled(i: number, evidence: { sha256: string; size: number }[]) {
  const d = newDossier({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Xã Thử ${i}`, province: 'Tỉnh Thử', criteriaSet: set.id, year: 2025, now: '2026-01-10T00:00:00.000Z' });
  for (const item of dossierItems(set)) {
    const counts = Object.fromEntries(item.shares.map((s) => [s.id, { part: 500 + (i % 400), whole: 1000 }]));
    d.answers[item.key] = { status: item.shares.length ? 'chua-danh-gia' : i % 7 === 0 ? 'khong-dat' : 'dat', counts, note: '' };
  }
  d.evidence = evidence.map((f, n) => ({ id: `mc-${n + 1}`, title: `Minh chứng ${n + 1}`, number: '', date: null, issuer: '', indicators: [dossierItems(set)[n % 10]!.key], file: { name: `minh-chung-${n + 1}.pdf`, type: 'application/pdf', size: f.size, sha256: f.sha256 }, url: '', note: '' }));
  return d;
}

// 2. 100 files, 50 MB.
const files = new Map<string, Uint8Array>();
const meta: { sha256: string; size: number }[] = [];
for (let n = 0; n < 100; n++) {
  const bytes = new Uint8Array(500 * 1024);
  for (let j = 0; j < bytes.length; j += 4096) bytes[j] = (n * 7 + j) & 0xff;
  bytes[0] = n;
  const sha256 = await sha256Hex(bytes);
  files.set(sha256, bytes);
  meta.push({ sha256, size: bytes.length });
}
const big = concat(await exportDossier(filled(1, meta), async (sha) => files.get(sha)!));
const bigPath = join(out, 'ho-so-100-tep.hoso.zip');
writeFileSync(bigPath, big);
console.log(`big dossier: ${(big.length / 1024 / 1024).toFixed(1)} MB, 100 files`);

// 700 communes' dossiers, data only.
const small = await Promise.all(Array.from({ length: 700 }, async (_, i) => concat(await exportDossier(filled(i + 2, []), async () => new Uint8Array()))));
mkdirSync(join(out, '700'), { recursive: true });
const smallPaths = small.map((bytes, i) => {
  const p = join(out, '700', `ho-so-${i + 2}.hoso.zip`);
  writeFileSync(p, bytes);
  return p;
});

if (chromiumPath) {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  await context.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/tu-danh-gia/`);
  await page.waitForSelector('.tool-import');
  const reset = () => page.evaluate(() => ((window as unknown as { __long: number[] }).__long = []));
  const longTasks = () => page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  await page.waitForTimeout(1000);
  const cdp = process.env.PROFILE ? await context.newCDPSession(page) : null;
  const top = async () => {
    if (!cdp) return;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const f = byId.get(id)!.callFrame;
      const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `  ${v.toFixed(0)} ms ${k}`).join('\n'));
  };
  const startProfile = async () => cdp && (await cdp.send('Profiler.enable'), await cdp.send('Profiler.start'));
  await reset();
  await startProfile();
  let t = Date.now();
  await page.setInputFiles('.tool-import input[type=file]', bigPath);
  await page.waitForSelector('.tool-dossier', { timeout: 120_000 });
  const importMs = Date.now() - t;
  const importLong = await longTasks();
  await top();
  await page.waitForTimeout(500);
  await reset();
  await startProfile();
  t = Date.now();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('[data-action="export"]')]);
  const again = readFileSync((await dl.path())!);
  const exportMs = Date.now() - t;
  const exportLong = await longTasks();
  await top();
  console.log(`import (read, check, save 100 files): ${importMs} ms wall; long tasks (ms): ${JSON.stringify(importLong)}; longest ${Math.max(0, ...importLong)} ms; ${load()}`);
  console.log(`export: ${exportMs} ms wall; long tasks (ms): ${JSON.stringify(exportLong)}; longest ${Math.max(0, ...exportLong)} ms; same bytes: ${again.equals(Buffer.from(big))}; ${load()}`);
  // Saving as one types (after the export, which must give the same bytes): a note typed key by
  // key into the dossier with 100 evidence items, until stored. Reloaded, so no export message hides "saved".
  await page.reload();
  await page.waitForSelector('.tool-dossier');
  await page.waitForTimeout(500);
  await reset();
  t = Date.now();
  await page.getByLabel('Ghi chú của hồ sơ').pressSequentially('Đã rà soát đủ 100 minh chứng.', { delay: 20 });
  await page.waitForSelector('.tool-status:has-text("Đã lưu trên máy")');
  await page.waitForSelector('.tool-dossier:not([data-pending])');
  const saveMs = Date.now() - t;
  const saveLong = await longTasks();
  console.log(`save while typing (29 keys, then stored): ${saveMs} ms wall; long tasks (ms): ${JSON.stringify(saveLong)}; longest ${Math.max(0, ...saveLong)} ms; ${load()}`);
  await page.goto(`${server.url}/tu-danh-gia/#/tong-hop`);
  await page.waitForSelector('#th-files');
  await page.waitForTimeout(500);
  await reset();
  // Timed in the page, from the files' arrival (the input's change event) to the 700th row drawn.
  type Timed = { __t0: number; __t1: number };
  await page.evaluate(() => document.addEventListener('change', () => ((window as unknown as Timed).__t0 = performance.now()), { capture: true, once: true }));
  await page.setInputFiles('#th-files', smallPaths);
  await page.waitForFunction(() => document.querySelectorAll('.tool-year [data-row]').length === 700 && ((window as unknown as Timed).__t1 = performance.now()), undefined, { timeout: 120_000 });
  const summaryMs = Math.round(await page.evaluate(() => (window as unknown as Timed).__t1 - (window as unknown as Timed).__t0));
  const summaryLong = await longTasks();
  console.log(`summary of 700 dossier files in Chromium (read in the worker, checked, stored, judged, 700 rows drawn): ${summaryMs} ms; long tasks (ms): ${JSON.stringify(summaryLong)}; longest ${Math.max(0, ...summaryLong)} ms; ${load()}`);
  await browser.close();
  await server.close();
}

// 3. 700 dossiers.
const t0 = performance.now();
const read = [];
for (const bytes of small) {
  const r = await importDossier(bytes, known, { withFiles: false });
  if (r.ok) read.push(r.dossier);
}
const t1 = performance.now();
const sets = new Map(criteria.sets.map((s) => [s.id, s]));
const summary = summarise(summaryRows(read, sets), sets, { 2025: read.map((d) => d.subject.name).slice(0, 650).concat(['Xã Chưa Gửi']) });
const t2 = performance.now();
console.log(`summary of 700 dossiers in Node: read and checked ${(t1 - t0).toFixed(0)} ms, judged and grouped ${(t2 - t1).toFixed(0)} ms, total ${(t2 - t0).toFixed(0)} ms; levels ${JSON.stringify(summary[0]!.levels.map((l) => [l.name, l.count]))}; ${load()}`);
