/**
 * Page budgets on the built site (sizes, never times), and proof that each
 * check catches what it is there to catch. The script budget (no JavaScript
 * outside search and the self-check pages) lives in site.test.ts.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { generateContent } from '../scripts/generate-content';
import { buildContentDir } from './support/build-fixture';
import { CRITERIA_PAGE_SIZE, TITLE_FILTER_CAP } from '../src/lib/criteria/pages';
import { RELATED_CAP } from '../src/lib/content/related';
import { STATS_HOME_PLACES } from '../src/lib/stats/pages';
import { ARTICLE_HTML_CSS_BUDGET, imageProblems } from './support/budgets';
import { distDir, htmlFiles, readPage, urlPathOf } from './support/dist';
import { pageFile, pageWeight } from './support/weight';

const pages = htmlFiles().map(urlPathOf);
const articles = pages.filter((p) => readPage(p).querySelector('meta[property="og:type"]')?.getAttribute('content') === 'article');

describe('an article page stays light', () => {
  it('has article pages to weigh', () => expect(articles.length).toBeGreaterThan(5));
  it(`HTML plus CSS of every article page is under ${ARTICLE_HTML_CSS_BUDGET / 1024} KB gzip`, () => {
    const over = articles
      .map((path) => {
        const w = pageWeight(distDir, path);
        return { path, bytes: w.html + w.css };
      })
      .filter((a) => a.bytes >= ARTICLE_HTML_CSS_BUDGET);
    expect(over).toEqual([]);
  });
  it('counts the page and its stylesheets as a static host would serve them, gzip-compressed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weight-'));
    mkdirSync(join(dir, 'a'));
    const css = 'body{color:red}'.repeat(50);
    const html = '<!doctype html><link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="/s.css"><p>xin chào</p>';
    writeFileSync(join(dir, 's.css'), css);
    writeFileSync(join(dir, 'a/index.html'), html);
    const w = pageWeight(dir, '/a/');
    expect(w.html).toBe(gzipSync(html, { level: 9 }).length);
    expect(w.css).toBe(gzipSync(css, { level: 9 }).length);
    expect(w.requests).toBe(2);
    expect(w.total).toBe(w.html + w.css);
  });
});

describe('images are modern, sized, and no larger than shown', () => {
  it('every <img> on the site passes', async () => {
    const problems = [];
    for (const path of pages) {
      for (const p of await imageProblems(distDir, readFileSync(pageFile(distDir, path), 'utf8'))) problems.push({ path, ...p });
    }
    expect(problems).toEqual([]);
  });
  it('names an old format, a missing size and an oversized file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'images-'));
    const image = (width: number) => sharp({ create: { width, height: width / 2, channels: 3, background: '#336699' } });
    await image(1600).jpeg().toFile(join(dir, 'anh.jpg'));
    await image(800).webp().toFile(join(dir, 'vua.webp'));
    await image(1600).avif().toFile(join(dir, 'to.avif'));
    const html = [
      '<img src="/anh.jpg" alt="a">',
      '<img src="/vua.webp" alt="b" width="400" height="200">',
      '<img src="/to.avif" alt="c" width="400" height="200">',
      '<img src="/mat.webp" alt="d" width="10" height="10">',
    ].join('');
    const problems = await imageProblems(dir, html);
    expect(problems).toEqual([
      { src: '/anh.jpg', problem: 'thiếu width hoặc height' },
      { src: '/anh.jpg', problem: 'định dạng .jpg (cần AVIF, WebP hoặc SVG)' },
      { src: '/to.avif', problem: 'ảnh rộng 1600px, hiển thị 400px (tối đa gấp 2)' },
      { src: '/mat.webp', problem: 'không có tệp ảnh trong bản dựng' },
    ]);
  });
});

describe('pages do not grow with the number of places', () => {
  const placeLinks = (path: string) =>
    [...readPage(path).querySelectorAll('nav.stats-filters a')].map((a) => a.getAttribute('href') ?? '').filter((h) => /^\/so-lieu\/dia-phuong\/[^/]+\/$/.test(h));
  it('the statistics home names places, each once', () => {
    const links = placeLinks('/so-lieu/');
    expect(links.length).toBeGreaterThan(1);
    expect(new Set(links).size).toBe(links.length);
  });
  it('a filter page shows only its own place and links to the full list', () => {
    const filterPages = pages.filter((p) => /^\/so-lieu\/(dia-phuong|nam|loai)\/[^/]+\/$/.test(p));
    expect(filterPages.length).toBeGreaterThan(2);
    for (const path of filterPages) {
      const own = path.startsWith('/so-lieu/dia-phuong/') ? [path] : [];
      expect(placeLinks(path), path).toEqual(own);
      expect(readPage(path).querySelector('nav.stats-filters a[href="/so-lieu/dia-phuong/"]'), path).not.toBeNull();
    }
  });
});

/**
 * Pages that must not grow with the site, checked on a small generated site
 * (the real content plus 40 made-up items of every collection, the shape of
 * the scale benchmark): more titles, sets, places and items than any cap, so
 * each capped list has to be capped, and every item still reachable.
 */
describe('pages stay the same size as every collection grows', () => {
  let dir = '';
  const page = (path: string) => parseHTML(readFileSync(join(dir, path, 'index.html'), 'utf8')).document;
  const exists = (path: string) => existsSync(join(dir, path, 'index.html'));
  /** Page 1 and every later page of a paged list, by following `rel="next"`. */
  const allPages = (first: string) => {
    const out = [first];
    for (let next = page(first).querySelector('nav.pagination a[rel="next"]')?.getAttribute('href'); next; next = page(next).querySelector('nav.pagination a[rel="next"]')?.getAttribute('href')) out.push(next);
    return out;
  };
  const paths = () => htmlFiles(dir).map((f) => `/${relative(dir, f).split('\\').join('/')}`.replace(/index\.html$/, '')).filter((p) => p.endsWith('/'));
  let work = '';
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'scale-budget-'));
    generateContent({ out: work, each: 40 });
    const built = buildContentDir(join(work, 'content'), work);
    expect(built.status, built.output.slice(-2000)).toBe(0);
    dir = built.distDir!;
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the criteria lookup shows a page of sets at a time and every set on exactly one page', () => {
    const lookup = allPages('/danh-hieu/tieu-chi/');
    expect(lookup.length).toBeGreaterThan(1);
    const seen = lookup.flatMap((p) => {
      const sets = [...page(p).querySelectorAll('section.criteria-set')].map((s) => s.id);
      expect(sets.length, p).toBeLessThanOrEqual(CRITERIA_PAGE_SIZE);
      return sets;
    });
    expect(seen.length).toBe(new Set(seen).size);
    expect(seen.length).toBe(JSON.parse(readFileSync(join(dir, 'api/criteria.json'), 'utf8')).count);
  });
  it('a criteria page names a capped number of titles and links to the rest', () => {
    const pages = paths().filter((p) => p.startsWith('/danh-hieu/tieu-chi/'));
    expect(pages.length).toBeGreaterThan(30);
    for (const p of pages) {
      const doc = page(p);
      const titles = [...doc.querySelectorAll('.criteria-filters nav')][0]!.querySelectorAll('li');
      expect(titles.length, p).toBeLessThanOrEqual(TITLE_FILTER_CAP + 2);
      expect(doc.querySelector('.criteria-filters .filter-more a[href="/danh-hieu/"]'), p).not.toBeNull();
    }
  });
  it('the titles list and the home page show a page of titles, and every title is on the list', () => {
    const list = allPages('/danh-hieu/');
    expect(list.length).toBeGreaterThan(1);
    const cards = list.flatMap((p) => [...page(p).querySelectorAll('main ul.grid > li')]);
    expect(cards.length).toBe(JSON.parse(readFileSync(join(dir, 'api/titles.json'), 'utf8')).count);
    expect(page('/').querySelectorAll('#danh-hieu ~ ul.grid > li').length).toBeLessThanOrEqual(8);
    expect(page('/').querySelector('main a[href="/danh-hieu/"]')).not.toBeNull();
  });
  it('a place’s and a title’s lists name at most a few items and link to the full list, which holds them all', () => {
    let capped = 0;
    for (const p of paths().filter((x) => /^\/(dia-phuong|danh-hieu)\/[^/]+\/$/.test(x) && !x.includes('/trang/'))) {
      for (const section of page(p).querySelectorAll('section.related')) {
        expect(section.querySelectorAll('li').length, `${p} ${section.id}`).toBeLessThanOrEqual(RELATED_CAP);
        const more = section.querySelector('.related-more a')?.getAttribute('href');
        if (!more) continue;
        capped += 1;
        expect(exists(more), more).toBe(true);
        const total = Number(section.querySelector('.related-more a')!.textContent!.match(/[\d.]+/)![0]!.replace(/\./g, ''));
        expect(allPages(more).flatMap((x) => [...page(x).querySelectorAll('main ul.related-list > li')]).length, more).toBe(total);
      }
    }
    expect(capped).toBeGreaterThan(2);
  });
  it('a pager links a window of pages, not every page', () => {
    for (const p of paths()) {
      expect(page(p).querySelectorAll('nav.pagination li').length, p).toBeLessThanOrEqual(11);
    }
  });
  it('the statistics home names a capped number of places and links to all of them', () => {
    const home = [...page('/so-lieu/').querySelectorAll('nav.stats-filters a')].filter((a) => /^\/so-lieu\/dia-phuong\/[^/]+\/$/.test(a.getAttribute('href') ?? ''));
    expect(home.length).toBeLessThanOrEqual(STATS_HOME_PLACES);
    const listed = allPages('/so-lieu/dia-phuong/').flatMap((p) => [...page(p).querySelectorAll('main ul.related-list a')]);
    expect(listed.length).toBeGreaterThan(home.length);
    for (const a of listed) expect(exists(a.getAttribute('href')!), a.getAttribute('href')!).toBe(true);
  });
});
