/**
 * Page budgets on the built site (sizes, never times), and proof that each
 * check catches what it is there to catch. The script budget (no JavaScript
 * outside search and the self-check pages) lives in site.test.ts.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
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
    [...readPage(path).querySelectorAll('nav.stats-filters a')].map((a) => a.getAttribute('href') ?? '').filter((h) => h.startsWith('/so-lieu/dia-phuong/'));
  it('the statistics home lists every place once', () => {
    expect(placeLinks('/so-lieu/').length).toBeGreaterThan(1);
  });
  it('a filter page shows only its own place and links to the full list', () => {
    const filterPages = pages.filter((p) => /^\/so-lieu\/(dia-phuong|nam|loai)\/[^/]+\/$/.test(p));
    expect(filterPages.length).toBeGreaterThan(2);
    for (const path of filterPages) {
      const own = path.startsWith('/so-lieu/dia-phuong/') ? [path] : [];
      expect(placeLinks(path), path).toEqual(own);
      expect(readPage(path).querySelector('nav.stats-filters a[href="/so-lieu/#loc-so-lieu"]'), path).not.toBeNull();
    }
  });
});
