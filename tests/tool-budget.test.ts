/**
 * The evaluation tool's page budget on the built site: its first-load
 * JavaScript stays under 150 KB gzip (the .docx and .xlsx writers load only
 * on a click), it is the only page that loads the tool's code, and its
 * service worker precaches what the tool needs (its Web Worker too) and
 * nothing from elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, readPage, urlPathOf } from './support/dist';
import { toolFiles } from '../src/lib/dossier/offline-files';

export const TOOL_JS_BUDGET = 150 * 1024;
const TOOL = '/tu-danh-gia/';
const read = (p: string) => (existsSync(join(distDir, p)) ? readFileSync(join(distDir, p), 'utf8') : null);
const gz = (p: string) => gzipSync(readFileSync(join(distDir, p)), { level: 9 }).length;

/** The scripts a page loads at once: its module scripts and, through them, every static import. */
function firstLoadScripts(path: string): Set<string> {
  const doc = readPage(path);
  const queue = [...doc.querySelectorAll('script[src], link[rel="modulepreload"]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href')!).filter((s) => s.startsWith('/'));
  const out = new Set<string>();
  while (queue.length) {
    const p = queue.shift()!;
    if (out.has(p)) continue;
    out.add(p);
    const js = read(p) ?? '';
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import(…)` loads later, on demand.
    for (const m of js.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[\w.-]+\.js)["']/g)) queue.push(new URL(m[1]!, `http://x${p}`).pathname);
  }
  return out;
}

describe('the evaluation tool’s scripts', () => {
  const tool = firstLoadScripts(TOOL);
  const entry = [...readPage(TOOL).querySelectorAll('script[type="module"][src]')].map((s) => s.getAttribute('src')!);

  it(`loads one module whose first-load JavaScript is at most ${TOOL_JS_BUDGET / 1024} KB gzip`, () => {
    expect(entry).toHaveLength(1);
    const bytes = [...tool].reduce((n, p) => n + gz(p), 0);
    expect(bytes).toBeGreaterThan(10 * 1024);
    expect(bytes).toBeLessThanOrEqual(TOOL_JS_BUDGET);
  });
  it('keeps the .docx and spreadsheet writers out of the first load', () => {
    const all = toolFiles({ read }, TOOL, []).filter((p) => p.endsWith('.js'));
    const lazy = all.filter((p) => !tool.has(p));
    expect(lazy.length).toBeGreaterThanOrEqual(2);
    expect(lazy.reduce((n, p) => n + gz(p), 0)).toBeGreaterThan(50 * 1024);
  });
  it('no other page loads the tool’s code', () => {
    const toolOnly = toolFiles({ read }, TOOL, []).filter((p) => p.endsWith('.js'));
    const offenders: string[] = [];
    let sharedBytes = 0;
    for (const path of htmlFiles().map(urlPathOf).filter((p) => p !== TOOL)) {
      const scripts = firstLoadScripts(path);
      for (const s of scripts) if (entry.includes(s)) offenders.push(`${path} ${s}`);
      for (const s of toolOnly) if (scripts.has(s)) sharedBytes = Math.max(sharedBytes, gz(s));
    }
    expect(offenders).toEqual([]);
    // A small helper (vi-VN number formatting) may be shared with the search page or the self-check; nothing larger.
    expect(sharedBytes).toBeLessThan(4 * 1024);
  });
  it('the service worker precaches the page, its scripts (lazy ones too), the criteria data and the manifest, all from this site', () => {
    const sw = read('/tu-danh-gia/sw.js')!;
    const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
    expect(urls).toEqual(expect.arrayContaining(['/tu-danh-gia/index.html', '/tu-danh-gia/bo-tieu-chi.json', '/tu-danh-gia/manifest.webmanifest', ...toolFiles({ read }, TOOL, []).filter((p) => p.endsWith('.js'))]));
    expect(urls.every((u) => u.startsWith('/'))).toBe(true);
    // The worker that unzips, zips and hashes evidence: without it offline, files would be read on the page.
    expect(urls.filter((u) => /\/tu-danh-gia\/archive-worker[\w.-]*\.js$/.test(u))).toHaveLength(1);
    // The Workbox runtime is inlined: the worker loads no script, from here or elsewhere.
    expect(/importScripts\(/.test(sw)).toBe(false);
  });
  it('the manifest makes the tool installable', () => {
    const m = JSON.parse(read('/tu-danh-gia/manifest.webmanifest')!);
    expect(m).toMatchObject({ start_url: TOOL, scope: TOOL, display: 'standalone', lang: 'vi' });
    expect(m.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512', 'any']);
    for (const i of m.icons) expect(existsSync(join(distDir, i.src))).toBe(true);
  });
  it('the published schema and field page describe the dossier file', () => {
    const schema = JSON.parse(read('/tu-danh-gia/ho-so.schema.json')!);
    expect(schema.properties.format.const).toBe('hoc-tap-suot-doi/ho-so');
    expect(schema.properties.dossier.properties.evidence.description).toBe('Các minh chứng');
    const page = readPage('/tu-danh-gia/dinh-dang/');
    const rows = [...page.querySelectorAll('.field-table tbody th code')].map((c) => c.textContent);
    expect(rows).toEqual(expect.arrayContaining(['checksum', 'dossier.evidence[].file.sha256', 'dossier.answers.{mã}.counts.{mã}.part']));
    expect(page.querySelector('a[href="/tu-danh-gia/ho-so.schema.json"]')).not.toBeNull();
  });
});
