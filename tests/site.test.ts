/**
 * Checks on the built site in dist/ (built once by the global setup): what a
 * reader and a search engine would get.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, pageText, readPage, urlPathOf } from './support/dist';

const contentDir = resolve(import.meta.dirname, '../content');
const routes = { news: 'tin-tuc', plans: 'ke-hoach', titles: 'danh-hieu', events: 'su-kien', stats: 'so-lieu', localities: 'dia-phuong' };

function contentIds(collection: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.startsWith('_') ? [] : [d.name.replace(/\.(md|mdx|ya?ml|json)$/, '')],
    );
  return walk(join(contentDir, collection));
}

const pages = htmlFiles().map(urlPathOf);

describe('every content item has its page', () => {
  for (const [collection, route] of Object.entries(routes)) {
    it(`${collection} → /${route}/<slug>/`, () => {
      const ids = contentIds(collection);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(existsSync(join(distDir, route, id, 'index.html')), `${route}/${id}`).toBe(true);
    });
  }
});

describe('facts from the sources appear exactly', () => {
  it('the Càng Long plan page shows its number and the day without a year', () => {
    const text = pageText('/ke-hoach/cang-long-67-kh-ubnd/');
    expect(text).toContain('67/KH-UBND');
    expect(text).toContain('Ngày ban hành: 30/5, năm không rõ');
    expect(text).not.toMatch(/30\/5\/\d{4}/);
  });
  it('the 2023 results show the counts and shares in vi-VN form', () => {
    const text = pageText('/so-lieu/ket-qua-2023-mot-tinh/');
    for (const figure of ['253.853', '78,1%', '103', '88%', '671', '97%', '696', '96,8%', '10/10']) expect(text).toContain(figure);
  });
  it('the home page key figures come from the newest result dataset (Sơn La, reviewed 9/1/2026)', () => {
    const text = pageText('/');
    expect(text).toContain('742.335');
    expect(text).toContain('244.713');
  });
  it('the 2023 figures of an unnamed province stay exact on their page', () => {
    const text = pageText('/so-lieu/ket-qua-2023-mot-tinh/');
    expect(text).toContain('253.853');
    expect(text).toContain('78,1%');
  });
  it('the Thừa Thiên Huế plan keeps "khoảng 23%" approximate and dated 02/5/2024', () => {
    const text = pageText('/ke-hoach/thua-thien-hue-182-kh-ubnd/');
    expect(text).toContain('182/KH-UBND');
    expect(text).toContain('khoảng 23%');
    expect(text).toContain('Ngày ban hành: 02/5/2024');
  });
  it('the Ho Chi Minh City plan says the source gives no number', () => {
    const text = pageText('/ke-hoach/tphcm-hoc-tap-suot-doi-2021-2030/');
    expect(text).toContain('Chưa rõ (nguồn không ghi số hiệu)');
    for (const figure of ['80%', '75%', '90%', '60%', '100%']) expect(text).toContain(figure);
  });
  it('a locality page gathers what names it', () => {
    const text = pageText('/dia-phuong/cang-long/');
    expect(text).toContain('Kế hoạch 67/KH-UBND');
    expect(text).toContain('Trà Vinh');
  });
  it('every item page cites its sources', () => {
    // /so-lieu/dia-phuong/ is the list of places with statistics, not an item.
    for (const path of pages.filter((p) => /^\/(tin-tuc|ke-hoach|danh-hieu|su-kien|so-lieu|dia-phuong)\/[^/]+\/$/.test(p) && p !== '/so-lieu/dia-phuong/')) {
      const sources = readPage(path).querySelector('#nguon');
      expect(sources, path).not.toBeNull();
    }
  });
});

describe('every page is well-formed for readers and search engines', () => {
  it('has pages to check', () => expect(pages.length).toBeGreaterThan(20));
  for (const path of pages) {
    it(path, () => {
      const doc = readPage(path);
      expect(doc.documentElement.getAttribute('lang')).toBe('vi');
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
      expect(doc.querySelector('title')?.textContent?.trim()).toBeTruthy();
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical).toMatch(/^https?:\/\//);
      expect(doc.querySelector('a.skip-link[href="#noi-dung"]')).not.toBeNull();
      expect(doc.querySelector('main#noi-dung')).not.toBeNull();
      expect(doc.querySelector('meta[property="og:title"]')).not.toBeNull();
    });
  }
});

/** Title guides whose self-check has indicators to tick carry its script island; no other page does. */
const selfCheckGuide = (p: string) => /^\/danh-hieu\/[^/]+\/$/.test(p) && readPage(p).querySelector('self-check, law-self-check') !== null;
/** The only pages that may run script: search, the self-check guides and the evaluation tool (tests/tool-budget.test.ts). */
const mayRunScript = (p: string) => p === '/tim-kiem/' || p === '/tu-danh-gia/' || selfCheckGuide(p);

describe('no JavaScript outside the search page and the self-check guides', () => {
  it('ships no script element and no .js file to content pages', () => {
    const offenders = pages
      .filter((p) => !mayRunScript(p))
      .filter((p) => readPage(p).querySelector('script:not([type="application/ld+json"])'));
    expect(offenders).toEqual([]);
  });
  it('preloads no module and runs no inline handler on content pages', () => {
    const offenders = pages
      .filter((p) => !mayRunScript(p))
      .filter((p) => {
        const doc = readPage(p);
        return doc.querySelector('link[rel="modulepreload"], link[as="script"]') || [...doc.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => /^on[a-z]+$/.test(a.name)));
      });
    expect(offenders).toEqual([]);
  });
  it('the self-check guides load one bundled module and nothing inline', () => {
    const guides = pages.filter(selfCheckGuide);
    expect(guides.length).toBeGreaterThan(0);
    for (const path of guides) {
      const scripts = [...readPage(path).querySelectorAll('script:not([type="application/ld+json"])')];
      expect(scripts.map((s) => [s.getAttribute('type'), /^\/_astro\/[^/]+\.js$/.test(s.getAttribute('src') ?? ''), s.textContent?.trim()]), path).toEqual([
        ['module', true, ''],
      ]);
    }
  });
});

describe('the 404 page', () => {
  it('points its canonical link at the file a host serves and asks not to be indexed', () => {
    const doc = readPage('/404.html');
    expect(new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe('/404.html');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('sitemap', () => {
  it('lists every page but the 404', () => {
    const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
    const files = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(0);
    const listed = new Set(
      files.flatMap((f) => [...readFileSync(join(distDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)),
    );
    const expected = pages.filter((p) => p !== '/404.html');
    expect(expected.filter((p) => !listed.has(p))).toEqual([]);
  });
});
