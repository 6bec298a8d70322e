/**
 * Search over an index split by date (src/lib/search/scopes.ts), in Debian's
 * Chromium, on a copy of the built site with a few dated test pages and the
 * index rebuilt with a first scope far smaller than the real one, so the
 * real site splits as a large one does: the newest items answer first, older
 * ones come when the visitor asks or when the newest have nothing, and the
 * date sorts stay right across the split.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, requireChromium } from '../support/chromium';
import { serveStatic, type RunningServer } from '../support/static-server';
import { distDir } from '../support/dist';
import { buildSearchIndex } from '../../src/integrations/pagefind';
import { scopesPath, type SearchScope } from '../../src/lib/search/scopes';

const hasChromium = requireChromium();

/** A dated item page in the shape BaseLayout gives it: only what search reads. */
function datedPage(title: string, date: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>
<main data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-meta="title">${title}</span><span data-pagefind-meta="type">Tin tức</span>
<span data-pagefind-filter="type">Tin tức</span><span data-pagefind-sort="date">${date}</span></div>
<h1>${title}</h1><p>${body}</p></main></body></html>`;
}

const testPages: [slug: string, date: string, body: string][] = [
  // The newest two hold "qqnhanh": one in its title (the quick index's first results), one in its text only (Pagefind's).
  ['qqnhanh', '2099-01-03', 'trang mới'],
  ['nhanh-2', '2099-01-02', 'qqnhanh trong bài'],
  ['moi', '2099-01-01', 'qqxxthoigian qqxxmoi'],
  ['cu-1', '2001-01-01', 'qqxxthoigian qqyycu'],
  ['cu-2', '2001-01-02', 'qqxxthoigian qqyycu'],
  ['cu-3', '2001-01-03', 'qqxxthoigian qqyycu'],
  // An older item whose title holds "qqcunhanh": the quick index covers older items too.
  ['qqcunhanh', '2001-01-04', 'trang cũ'],
];

/** A copy of the built site with the test pages, its index rebuilt with a newest scope of 5 pages and older ones of `older`. */
async function indexedCopy(prefix: string, older?: number): Promise<{ work: string; scopes: SearchScope[] }> {
  const work = mkdtempSync(join(tmpdir(), prefix));
  cpSync(distDir, work, { recursive: true });
  for (const [slug, date, body] of testPages) {
    mkdirSync(join(work, 'kiem-thu', slug), { recursive: true });
    writeFileSync(join(work, 'kiem-thu', slug, 'index.html'), datedPage(`Trang thử ${slug}`, date, body));
  }
  await buildSearchIndex(work, 5, older);
  return { work, scopes: JSON.parse(readFileSync(join(work, scopesPath), 'utf8')) as SearchScope[] };
}

async function results(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Opens a search and waits for Pagefind's answer (not the quick index's first results, which say they go on searching). */
async function open(page: Page, base: string, query: string): Promise<string[]> {
  await page.goto(`${base}/tim-kiem/?${query}`);
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /Tìm thấy|Không tìm thấy/.test(text) && !text.includes('đang tìm');
  });
  return results(page);
}

async function older(page: Page): Promise<string[]> {
  const before = (await results(page)).length;
  await page.click('[data-search-more]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, before);
  return results(page);
}

interface StatusChange {
  status: string;
  results: string[];
  /** Whether any Pagefind file had been fetched when the status changed. */
  pagefind: boolean;
}

const statusLog = (page: Page) => page.evaluate(() => (window as unknown as { searchLog: StatusChange[] }).searchLog);

describe.runIf(hasChromium)('search over an index split by date', () => {
  let browser: Browser;
  let server: RunningServer;
  let page: Page;
  let work: string;
  let scopes: SearchScope[];
  beforeAll(async () => {
    ({ work, scopes } = await indexedCopy('search-scopes-'));
    server = await serveStatic(work);
    browser = await launchChromium();
    page = await browser.newPage();
  });
  /** A page that logs every change of the search status, with the results drawn then. */
  async function statusLogged(): Promise<Page> {
    const p = await browser.newPage();
    await p.addInitScript(() => {
      const log: StatusChange[] = [];
      (window as unknown as { searchLog: typeof log }).searchLog = log;
      new MutationObserver(() => {
        const status = document.querySelector('[data-search-status]')?.textContent ?? '';
        if (status === log.at(-1)?.status) return;
        log.push({
          status,
          results: [...document.querySelectorAll('[data-search-results] li h2 a')].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
          pagefind: performance.getEntriesByType('resource').some((e) => e.name.includes('/pagefind/')),
        });
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    return p;
  }
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('writes one bundle with an index per scope, newest first, covering every item once', () => {
    const entry = JSON.parse(readFileSync(join(work, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
    expect(scopes.length).toBe(2);
    expect(Object.keys(entry.languages)).toEqual(scopes.map((s) => s.language));
    expect(scopes[0]!.language).toBe('vi');
    for (const s of scopes) {
      expect(entry.languages[s.language]?.page_count).toBe(s.pages);
      expect(existsSync(join(work, `pagefind/pagefind.${entry.languages[s.language]!.hash}.pf_meta`)), s.language).toBe(true);
    }
    const real = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(scopes.reduce((n, s) => n + s.pages, 0)).toBe(real.languages['vi']!.page_count + testPages.length);
    // Every dated page of the newest scope is newer than every page of the older one.
    expect(scopes[0]!.from! > scopes[1]!.to!).toBe(true);
  });

  it('answers from the newest items first and searches older ones when asked', async () => {
    expect(await open(page, server.url, 'q=qqxxthoigian')).toEqual(['/kiem-thu/moi/']);
    expect(await page.textContent('[data-search-status]')).toContain('mục mới nhất');
    const all = await older(page);
    expect(all.slice(0, 1)).toEqual(['/kiem-thu/moi/']);
    expect([...all].sort()).toEqual(['/kiem-thu/cu-1/', '/kiem-thu/cu-2/', '/kiem-thu/cu-3/', '/kiem-thu/moi/']);
    expect(await page.isVisible('[data-search-more]')).toBe(false);
    expect(await page.textContent('[data-search-status]')).not.toContain('mục mới nhất');
  });

  it('searches older items at once when the newest have nothing', async () => {
    expect((await open(page, server.url, 'q=qqyycu')).sort()).toEqual(['/kiem-thu/cu-1/', '/kiem-thu/cu-2/', '/kiem-thu/cu-3/']);
  });

  it('keeps both date sorts right across the split', async () => {
    expect(await open(page, server.url, 'q=qqxxthoigian&sort=desc')).toEqual(['/kiem-thu/moi/']);
    expect(await older(page)).toEqual(['/kiem-thu/moi/', '/kiem-thu/cu-3/', '/kiem-thu/cu-2/', '/kiem-thu/cu-1/']);
    expect(await open(page, server.url, 'q=qqxxthoigian&sort=asc')).toEqual(['/kiem-thu/cu-1/', '/kiem-thu/cu-2/', '/kiem-thu/cu-3/']);
    expect(await older(page)).toEqual(['/kiem-thu/cu-1/', '/kiem-thu/cu-2/', '/kiem-thu/cu-3/', '/kiem-thu/moi/']);
  });

  it('draws the first results of a plain query from the quick index before Pagefind loads, and Pagefind adds the rest without repeats', async () => {
    const p = await statusLogged();
    expect(await open(p, server.url, 'q=QQNHANH')).toEqual(['/kiem-thu/qqnhanh/']);
    const quick = (await statusLog(p)).find((l) => l.status.includes('trong tiêu đề và tóm tắt'));
    expect(quick).toMatchObject({ results: ['/kiem-thu/qqnhanh/'], pagefind: false });
    expect(quick!.status).toMatch(/^Tìm thấy 1 kết quả cho “QQNHANH”/);
    expect(await p.textContent('[data-search-status]')).toMatch(/^Tìm thấy 2 kết quả cho “QQNHANH”/);
    expect(await older(p)).toEqual(['/kiem-thu/qqnhanh/', '/kiem-thu/nhanh-2/']);
    // A filter or a date sort goes to Pagefind straight away (the quick index knows neither).
    await p.goto(`${server.url}/tim-kiem/?q=qqnhanh&sort=desc`);
    await p.waitForFunction(() => /^Tìm thấy 2/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await results(p)).toEqual(['/kiem-thu/qqnhanh/', '/kiem-thu/nhanh-2/']);
    await p.close();
  });

  it('draws an older item from the quick index first, before Pagefind has searched its scope', async () => {
    const p = await statusLogged();
    await open(p, server.url, 'q=qqcunhanh');
    const quick = (await statusLog(p)).find((l) => l.status.includes('trong tiêu đề và tóm tắt'));
    expect(quick).toMatchObject({ results: ['/kiem-thu/qqcunhanh/'], pagefind: false });
    expect(await results(p)).toEqual(['/kiem-thu/qqcunhanh/']);
    await p.close();
  });

  it('still finds every real item, "cang long" in both scopes', async () => {
    const first = await open(page, server.url, 'q=cang+long');
    const all = (await page.isVisible('[data-search-more]')) ? await older(page) : first;
    expect(all).toContain('/dia-phuong/cang-long/');
    expect(all).toContain('/ke-hoach/cang-long-67-kh-ubnd/');
  });
});

describe.runIf(hasChromium)('search over several older scopes', () => {
  let browser: Browser;
  let server: RunningServer;
  let work: string;
  let scopes: SearchScope[];
  beforeAll(async () => {
    // Older scopes of about 10 pages: the real site and the test pages then split as 20,000 items do into scopes of 5,000.
    ({ work, scopes } = await indexedCopy('search-scopes-older-', 10));
    server = await serveStatic(work);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('splits the older items by date into scopes that follow one another', () => {
    expect(scopes.length).toBeGreaterThan(2);
    const entry = JSON.parse(readFileSync(join(work, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(scopes.map((s) => s.language));
    const dated = scopes.filter((s) => s.from && s.to);
    for (let i = 1; i < dated.length; i++) expect(dated[i - 1]!.from! > dated[i]!.to!).toBe(true);
  });

  it('searches the older scopes one at a time, naming each one’s items, and keeps the date order across them', async () => {
    const page = await browser.newPage();
    expect(await open(page, server.url, 'q=qqxxthoigian&sort=desc')).toEqual(['/kiem-thu/moi/']);
    let next = 1;
    while (await page.isVisible('[data-search-more]')) {
      expect(await page.textContent('[data-search-more]')).toBe(`Tìm tiếp trong ${scopes[next]!.pages.toLocaleString('vi-VN')} mục cũ hơn`);
      // The status names the items searched so far, so it changes with every scope, found or not.
      const status = await page.textContent('[data-search-status]');
      await page.click('[data-search-more]');
      await page.waitForFunction((before) => {
        const now = document.querySelector('[data-search-status]')?.textContent ?? '';
        return now !== before && now !== 'Đang tìm…';
      }, status);
      next += 1;
    }
    expect(next).toBeGreaterThan(2);
    expect(await results(page)).toEqual(['/kiem-thu/moi/', '/kiem-thu/cu-3/', '/kiem-thu/cu-2/', '/kiem-thu/cu-1/']);
    await page.close();
  });
});
