/**
 * Lists every request the search page makes when it opens and for one query,
 * with bytes and times, to see what a search waits for (not a test).
 *
 * Usage: node_modules/.bin/node scripts/trace-search.ts <dist> ["query"] [--compress] [--type]
 *   --type   types the query key by key (as a visitor does) instead of submitting it,
 *            so the input's typing pause is included in the time.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { compress: { type: 'boolean' }, type: { type: 'boolean' } },
});
const dist = resolve(positionals[0] ?? 'dist');
const query = positionals[1] ?? 'gia dinh hoc tap';

const server = await serveStatic(dist, { compress: values.compress ?? false });
const browser = await launchChromium();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const t0 = Date.now();
  interface Row { url: string; start: number; end?: number; bytes?: number; phase: string }
  const rows = new Map<string, Row>();
  let phase = 'open';
  context.on('request', (r) => rows.set(r.url() + '#' + rows.size, { url: r.url(), start: Date.now() - t0, phase }));
  context.on('requestfinished', async (r) => {
    const s = await r.sizes();
    for (const row of rows.values()) if (row.url === r.url() && row.end === undefined) {
      row.end = Date.now() - t0;
      row.bytes = s.responseBodySize + s.responseHeadersSize;
      break;
    }
  });
  await page.goto(`${server.url}/tim-kiem/`);
  await page.waitForFunction(() => /Nhập từ cần tìm/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  const ready = Date.now() - t0;
  await page.waitForLoadState('networkidle');
  phase = 'query';
  const qStart = Date.now() - t0;
  const waitDrawn = page.evaluate(() => new Promise<number>((done) => {
    const list = document.querySelector('[data-search-results]')!;
    const status = document.querySelector('[data-search-status]')!;
    const obs = new MutationObserver(() => {
      if (list.children.length || /Không tìm thấy/.test(status.textContent ?? '')) { obs.disconnect(); done(Date.now()); }
    });
    obs.observe(list, { childList: true });
    obs.observe(status, { childList: true, characterData: true, subtree: true });
  }));
  if (values.type) {
    await page.locator('#search-page').pressSequentially(query, { delay: 60 });
  } else {
    await page.evaluate((q) => {
      const input = document.querySelector<HTMLInputElement>('#search-page')!;
      input.value = q;
      input.form!.requestSubmit();
    }, query);
  }
  const typedAt = Date.now() - t0;
  const drawn = (await waitDrawn) - t0;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const sum = (p: string) => [...rows.values()].filter((r) => r.phase === p);
  for (const p of ['open', 'query']) {
    console.log(`\n== ${p} ==`);
    for (const r of sum(p)) console.log(`${String(r.start).padStart(6)} → ${String(r.end ?? '?').padStart(6)} ms  ${((r.bytes ?? 0) / 1024).toFixed(1).padStart(7)} KB  ${r.url.replace(server.url, '')}`);
    const rs = sum(p);
    console.log(`   ${rs.length} requests, ${(rs.reduce((a, r) => a + (r.bytes ?? 0), 0) / 1024).toFixed(1)} KB`);
  }
  console.log(`\nready at ${ready} ms; query started ${qStart} ms, typed/submitted by ${typedAt} ms, first results drawn ${drawn} ms → ${drawn - typedAt} ms after the last key / submit (${drawn - qStart} ms from the first key)`);
  console.log((await page.textContent('[data-search-status]')) ?? '');
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
