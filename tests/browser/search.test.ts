/**
 * Search as visitors use it, in Debian's Chromium against the built site:
 * untoned queries, plan numbers, filters, the empty state, the header form,
 * the page without JavaScript, keyboard use and axe-core.
 *
 * The real content has no word spelt "đường", so the `d`→`đ` and
 * exact-tone cases also run on a copy of the site with two test pages
 * added and the index rebuilt by the same code the build uses.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, requireChromium } from '../support/chromium';
import { axeViolations, sidewaysOverflow } from '../support/browser';
import { serveStatic, type RunningServer } from '../support/static-server';
import { distDir } from '../support/dist';
import { buildSearchIndex } from '../../src/integrations/pagefind';
import { CHECKBOX_LIMIT } from '../../src/lib/search/choices';

const hasChromium = requireChromium();

/** An item page in the shape BaseLayout gives it: only what search reads. */
function testPage(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav>Con đường trong qqzzdieuhuong không được vào chỉ mục</nav>
<main data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-meta="type">Tin tức</span><span data-pagefind-filter="type">Tin tức</span></div>
<h1>${title}</h1><p>${body}</p></main></body></html>`;
}

/** Opens the search page for a query and returns the result paths in order (empty when none). */
async function search(page: Page, base: string, query: string): Promise<string[]> {
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
  return resultsNow(page);
}

async function resultsNow(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /Tìm thấy|Có \d|Không tìm thấy|Không có kết quả/.test(status);
  });
  return page.$$eval('[data-search-results] li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** What a reader sees first: the best bets above the full-text results, each page once. */
async function seenFirst(page: Page, base: string, query: string): Promise<string[]> {
  const results = await search(page, base, query);
  const bets = await page.$$eval('[data-search-best-bets]:not([hidden]) li a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set([...bets, ...results])];
}

describe.runIf(hasChromium)('search in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let page: Page;
  beforeAll(async () => {
    server = await serveStatic(distDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const cases: [query: string, expected: string][] = [
    ['gia dinh hoc tap', '/danh-hieu/gia-dinh-hoc-tap/'],
    ['dong ho hoc tap', '/danh-hieu/dong-ho-hoc-tap/'],
    ['don vi hoc tap', '/danh-hieu/don-vi-hoc-tap/'],
    ['cang long', '/ke-hoach/cang-long-67-kh-ubnd/'],
    ['ke hoach 182', '/ke-hoach/thua-thien-hue-182-kh-ubnd/'],
    ['182/KH-UBND', '/ke-hoach/thua-thien-hue-182-kh-ubnd/'],
    ['Càng Long', '/ke-hoach/cang-long-67-kh-ubnd/'],
    ['tieu chi cong dan hoc tap', '/danh-hieu/tieu-chi/cong-dan-hoc-tap/'],
    ['tieu chi cong dong hoc tap cap xa', '/danh-hieu/tieu-chi/cong-dong-hoc-tap-cap-xa/'],
  ];
  for (const [query, expected] of cases) {
    it(`"${query}" shows ${expected} among the first three things a reader sees`, async () => {
      const results = await seenFirst(page, server.url, query);
      // An address is a prefix of itself; a shorter expected address stands for every page under it.
      expect(results.slice(0, 3).some((r) => r.startsWith(expected)), results.slice(0, 3).join(', ')).toBe(true);
    });
  }

  // One Tuần lễ page per year: the query brings those pages up; naming the commune finds its own week.
  it('"tuan le hoc tap suot doi" has pages about the week in the top three and yearly weeks in the top six, and "… xuan hiep" the commune’s week', async () => {
    const results = await search(page, server.url, 'tuan le hoc tap suot doi');
    // News of how provinces ran a week (Đồng Nai, Mai Sơn 2025) are about the week too.
    expect(results.slice(0, 3).filter((p) => p.includes('tuan-le-hoc-tap-suot-doi')).length).toBeGreaterThanOrEqual(2);
    expect(results.slice(0, 6).filter((p) => /^\/su-kien\/tuan-le-hoc-tap-suot-doi-\d{4}\/$/.test(p)).length).toBeGreaterThanOrEqual(2);
    expect((await search(page, server.url, 'tuan le hoc tap suot doi xuan hiep')).slice(0, 3)).toContain('/su-kien/tuan-le-hoc-tap-suot-doi-xuan-hiep/');
  });

  it('keeps the words of a place\'s facts apart, as its page shows them: "Thuộc Việt Nam", not "ThuộcViệt Nam"', async () => {
    expect(await search(page, server.url, 'thuoc tra vinh')).toContain('/dia-phuong/cang-long/');
    const excerpt = await page.locator('[data-search-results] li', { has: page.locator('a[href="/dia-phuong/cang-long/"]') }).locator('.search-result__excerpt').textContent();
    // Indexed as written, a term and its definition ran together ("CấpHuyện"): one word neither half finds.
    expect(excerpt).toContain('Thuộc Việt Nam');
    expect(excerpt).not.toMatch(/CấpHuyện|ThuộcViệt/);
  });

  it('shows type, date, summary and a highlighted excerpt for each result', async () => {
    await search(page, server.url, 'cang long');
    const first = page.locator('[data-search-results] li').first();
    expect(await first.locator('.search-result__meta').textContent()).toMatch(/^(Tin tức|Kế hoạch|Danh hiệu học tập|Sự kiện|Số liệu|Địa phương)( · \d{2}\/\d{1,2}\/\d{4})?$/);
    expect((await first.locator('.search-result__summary').textContent())?.length).toBeGreaterThan(20);
    expect(await first.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
    const status = await page.locator('[data-search-status]').textContent();
    expect(status).toMatch(/^Tìm thấy \d+ kết quả cho “cang long”/);
    expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');
  });

  it('narrows the results with a filter and keeps the filter in the URL', async () => {
    const all = await search(page, server.url, 'hoc tap');
    // On a phone the filters start folded away.
    expect(await page.getByRole('checkbox', { name: /^Kế hoạch/ }).isVisible()).toBe(false);
    await page.locator('[data-search-filters] summary').click();
    await page.getByRole('checkbox', { name: /^Kế hoạch/ }).check();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length < n && /Tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), all.length);
    const plans = await resultsNow(page);
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.length).toBeLessThan(all.length);
    expect(plans.every((p) => p.startsWith('/ke-hoach/'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Kế hoạch']);
    // The linked URL brings back the same filtered list.
    await page.goto(page.url());
    expect(await resultsNow(page)).toEqual(plans);
  });

  it('filters by locality and learning title, with đ in the value', async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    await page.waitForFunction(() => /Nhập từ cần tìm/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
    await page.goto(`${server.url}/tim-kiem/?title=${encodeURIComponent('Gia đình học tập')}`);
    const titled = await resultsNow(page);
    expect(titled).toContain('/danh-hieu/gia-dinh-hoc-tap/');
    expect(await page.getByRole('checkbox', { name: /^Gia đình học tập/ }).isChecked()).toBe(true);
    await page.goto(`${server.url}/tim-kiem/?locality=${encodeURIComponent('Càng Long')}`);
    const local = await resultsNow(page);
    expect(local).toContain('/ke-hoach/cang-long-67-kh-ubnd/');
    expect(local).not.toContain('/ke-hoach/thua-thien-hue-182-kh-ubnd/');
  });

  it('sorts by date, newest first', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=hoc+tap&sort=desc`);
    await resultsNow(page);
    const dates = await page.$$eval('.search-result__meta', (ps) =>
      ps.map((p) => /(\d{2})\/(\d{1,2})\/(\d{4})/.exec(p.textContent ?? '')).filter(Boolean).map((m) => `${m![3]}-${m![2]!.padStart(2, '0')}-${m![1]}`),
    );
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('shows the "no results" state with suggestions for a nonsense query', async () => {
    const results = await search(page, server.url, 'qxzvbnmkjh');
    expect(results).toEqual([]);
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toContain('Bạn có thể thử');
    expect(await empty.locator('a[href^="/tim-kiem/?q="]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-status]').textContent()).toBe('Không tìm thấy kết quả nào cho “qxzvbnmkjh”.');
  });

  it('takes a query from the header form on a content page to its results', async () => {
    await page.goto(`${server.url}/tin-tuc/`);
    await page.locator('#header-search').fill('cang long');
    await page.locator('#header-search').press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=cang\+long/);
    expect(await resultsNow(page)).toContain('/ke-hoach/cang-long-67-kh-ubnd/');
    expect(await page.locator('#search-page').inputValue()).toBe('cang long');
  });

  it('loads Pagefind only on the search page, from the site itself', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}/danh-hieu/gia-dinh-hoc-tap/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
    await search(page, server.url, 'gia dinh');
    expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
    page.removeAllListeners('request');
  });

  it("opens and answers a query without Pagefind's filter lists, and fetches them once the visitor turns to the filters", async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await p.goto(`${server.url}/tim-kiem/`);
    await p.waitForFunction(() => /Nhập từ cần tìm/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    // The choices come from the build, counted over every page.
    expect(await p.getByRole('checkbox', { name: /^Kế hoạch \(\d+\)$/ }).count()).toBe(1);
    await p.locator('#search-page').fill('hoc tap');
    await p.locator('#search-page').press('Enter');
    await resultsNow(p);
    expect(requests.filter((u) => u.startsWith('/pagefind/filter/'))).toEqual([]);
    expect(requests.filter((u) => u.startsWith('/pagefind/fragment/')).length).toBeLessThanOrEqual(10);
    await p.getByRole('checkbox', { name: /^Kế hoạch/ }).focus();
    // Now the counts are for the results of "hoc tap".
    await p.waitForFunction(() => /\(\d+\)/.test(document.querySelector('[data-search-filter-groups] .search-filter__count')?.textContent ?? ''));
    expect(requests.some((u) => u.startsWith('/pagefind/filter/'))).toBe(true);
    await p.close();
  });

  it('is usable by keyboard alone', async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    await page.waitForFunction(() => document.querySelector('[data-search-filter-groups] input'));
    const tabTo = async (test: string) => {
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(test)) return;
      }
      throw new Error(`Tab never reached: ${test}`);
    };
    await tabTo(`document.activeElement?.id === 'search-page'`);
    await page.keyboard.type('hoc tap');
    await page.keyboard.press('Enter');
    const before = await resultsNow(page);
    expect(before.length).toBeGreaterThan(1);
    await tabTo(`document.activeElement?.tagName === 'SUMMARY'`);
    await page.keyboard.press('Enter');
    await tabTo(`document.activeElement?.getAttribute('type') === 'checkbox' && document.activeElement.value === 'Kế hoạch'`);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'Kế hoạch');
    const after = await resultsNow(page);
    expect(after.length).toBeLessThan(before.length);
  });

  it('without JavaScript says that search needs it and links to the sections', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.url}/tim-kiem/?q=cang+long`);
    expect(await noJs.locator('main').textContent()).toContain('Ô tìm kiếm cần JavaScript');
    const links = await noJs.$$eval('.search-browse a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/tin-tuc/', '/ke-hoach/', '/danh-hieu/', '/su-kien/', '/so-lieu/', '/dia-phuong/']);
    expect(await noJs.locator('[data-search-status]').isVisible()).toBe(false);
    await context.close();
  });

  // The site's Content-Security-Policy allows only 'self'; Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' too.
  for (const [csp, works] of [
    ["default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'", true],
    ["default-src 'self'; script-src 'self'; style-src 'self'", false],
  ] as const) {
    it(`${works ? 'works' : 'says it cannot load'} under "${csp}"`, { timeout: 30_000 }, async () => {
      const p = await browser.newPage();
      const refused: string[] = [];
      p.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
      });
      await p.route('**/*', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
      });
      await p.goto(`${server.url}/tim-kiem/?q=cang+long`);
      if (works) {
        expect(await resultsNow(p)).toContain('/ke-hoach/cang-long-67-kh-ubnd/');
        expect(refused).toEqual([]);
      } else {
        await p.waitForFunction(() => /Không tải được/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 20_000 });
        expect(refused.join(' ')).toMatch(/WebAssembly/);
      }
      await p.close();
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.1 AA violations with results shown (${colorScheme})`, async () => {
      const p = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
      expect((await search(p, server.url, 'hoc tap')).length).toBeGreaterThan(0);
      const violations = await axeViolations(p);
      expect(violations).toEqual([]);
      expect(await sidewaysOverflow(p)).toBeLessThanOrEqual(0);
      await p.close();
    });
  }
});

describe.runIf(hasChromium)('d and đ, and exact tones, on the site with two test pages', () => {
  let browser: Browser;
  let server: RunningServer;
  let page: Page;
  let work: string;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'search-site-'));
    cpSync(distDir, work, { recursive: true });
    mkdirSync(join(work, 'kiem-thu/duong'), { recursive: true });
    mkdirSync(join(work, 'kiem-thu/ten-rieng'), { recursive: true });
    writeFileSync(join(work, 'kiem-thu/duong/index.html'), testPage('Trang thử con đường', 'Trang kiểm thử: con đường làng dẫn tới nhà văn hoá.'));
    writeFileSync(join(work, 'kiem-thu/ten-rieng/index.html'), testPage('Trang thử Dương', 'Trang kiểm thử: Dương, Dương và Dương là một tên riêng bịa để thử.'));
    await buildSearchIndex(work);
    server = await serveStatic(work);
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('"duong" finds "đường" (and "Dương")', async () => {
    const results = await search(page, server.url, 'duong');
    expect(results.slice(0, 3)).toContain('/kiem-thu/duong/');
    expect(results).toContain('/kiem-thu/ten-rieng/');
    // The excerpt reads "đường" again, not the index's spelling.
    const excerpt = await page.locator('[data-search-results] li', { has: page.locator('a[href="/kiem-thu/duong/"]') }).locator('.search-result__excerpt').textContent();
    expect(excerpt).toContain('con đường làng');
    expect(excerpt).not.toContain('\u0335');
  });

  it('a toned query ranks the exactly toned page first', async () => {
    expect((await search(page, server.url, 'đường'))[0]).toBe('/kiem-thu/duong/');
    expect((await search(page, server.url, 'Dương'))[0]).toBe('/kiem-thu/ten-rieng/');
  });

  it('indexes the main content only, never the navigation', async () => {
    const results = await search(page, server.url, 'qqzzdieuhuong');
    expect(results).toEqual([]);
  });
});

describe.runIf(hasChromium)('a filter with more values than fit as checkboxes', () => {
  let browser: Browser;
  let server: RunningServer;
  let work: string;
  const places = Array.from({ length: CHECKBOX_LIMIT + 5 }, (_, i) => `Xã Kiểm Thử Đông ${i + 1}`);
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'search-picker-'));
    cpSync(distDir, work, { recursive: true });
    places.forEach((place, i) => {
      mkdirSync(join(work, `kiem-thu/xa-${i}`), { recursive: true });
      const html = testPage(`Trang thử qqzzxa số ${i + 1}`, `Trang kiểm thử qqzzxa ở ${place}.`).replace(
        '</div>',
        `<span data-pagefind-filter="locality">${place}</span></div>`,
      );
      writeFileSync(join(work, `kiem-thu/xa-${i}/index.html`), html);
    });
    await buildSearchIndex(work);
    server = await serveStatic(work);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('is picked by typing a suggested name, which becomes a checked box and narrows the results', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await search(page, server.url, 'qqzzxa');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(new RegExp(`^Tìm thấy ${places.length} kết quả`));
    // No checkbox per place, and the list of names is not fetched until the field (a combobox, for its list) is used.
    expect(await page.getByRole('checkbox', { name: /^Xã Kiểm Thử/ }).count()).toBe(0);
    expect(requests.some((u) => u.endsWith('/bo-loc-locality.json'))).toBe(false);
    const realPlaces = (JSON.parse(readFileSync(join(distDir, 'tim-kiem/bo-loc.json'), 'utf8')) as { locality: { total: number } }).locality.total;
    const field = page.getByRole('combobox', { name: new RegExp(`\\(${places.length + realPlaces} lựa chọn\\)`) });
    await field.focus();
    await page.waitForFunction((n) => document.querySelectorAll('#pick-locality-list option').length === n, places.length + realPlaces);
    await field.fill('Xã Kiểm Thử Đông 7');
    await field.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('locality') === 'Xã Kiểm Thử Đông 7');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length === 1);
    expect(await resultsNow(page)).toEqual(['/kiem-thu/xa-6/']);
    expect(await page.getByRole('checkbox', { name: /^Xã Kiểm Thử Đông 7/ }).isChecked()).toBe(true);
    // A name that is not in the list is refused, saying why.
    await field.fill('Xã Không Có');
    await field.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#pick-locality')?.validationMessage.includes('Không có “Xã Không Có”'));
    // The linked URL brings the choice back as a checked box.
    await page.goto(page.url());
    expect(await resultsNow(page)).toEqual(['/kiem-thu/xa-6/']);
    expect(await page.getByRole('checkbox', { name: /^Xã Kiểm Thử Đông 7/ }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
