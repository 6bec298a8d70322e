/**
 * The search index in the built site: made by `npm run build`, covering
 * exactly the item pages, from their main content only, with the fields the
 * search page shows and filters on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, readPage, urlPathOf } from './support/dist';
import { curlyQuotesInHtml } from '../src/lib/site/typography';

const pages = htmlFiles().map(urlPathOf);
// Item pages are those that hand BaseLayout their facets, which it announces as article:section.
const items = pages.filter((p) => readPage(p).querySelector('meta[property="article:section"]'));

describe('search index', () => {
  it('is written by the build, with one entry per item page', () => {
    expect(existsSync(join(distDir, 'pagefind/pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(items.length).toBeGreaterThan(10);
    expect(entry.languages['vi']?.page_count).toBe(items.length);
    // Pagefind's ready-made UIs are not used, so they are not published.
    expect(existsSync(join(distDir, 'pagefind/pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(distDir, 'pagefind/pagefind-component-ui.js'))).toBe(false);
  });

  it('marks the <main> of item pages, and nothing on any other page', () => {
    const marked = pages.filter((p) => readPage(p).querySelector('[data-pagefind-body]'));
    expect(marked.sort()).toEqual([...items].sort());
    for (const p of items) {
      const bodies = readPage(p).querySelectorAll('[data-pagefind-body]');
      expect(bodies.length, p).toBe(1);
      expect(bodies[0]?.tagName, p).toBe('MAIN');
    }
  });

  it('gives each item page its type, summary, filters and sort key', () => {
    const doc = readPage('/ke-hoach/cang-long-67-kh-ubnd/');
    const values = (attr: string, name: string) =>
      [...doc.querySelectorAll(`[${attr}="${name}"]`)].map((e) => e.textContent?.trim());
    expect(values('data-pagefind-meta', 'type')).toEqual(['Kế hoạch']);
    // The page sets its quotation marks as “…” (src/lib/site/typography.ts); the words are the description's.
    expect(values('data-pagefind-meta', 'summary')[0]).toBe(curlyQuotesInHtml(doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''));
    expect(values('data-pagefind-filter', 'type')).toEqual(['Kế hoạch']);
    expect(values('data-pagefind-filter', 'locality')).toContain('Càng Long');
    expect(values('data-pagefind-filter', 'year')[0]).toMatch(/^\d{4}$/);
    // Issued "30/5" with no year: the plan cannot be placed in time, so it has no sort key and sorts last.
    expect(values('data-pagefind-sort', 'date')).toEqual([]);
    expect(values('data-pagefind-meta', 'date')).toEqual(['30/5, năm không rõ']);
    const hue = readPage('/ke-hoach/thua-thien-hue-182-kh-ubnd/');
    expect([...hue.querySelectorAll('[data-pagefind-sort="date"]')].map((e) => e.textContent)).toEqual(['2024-05-02']);
    // The fields are kept out of the indexed words and out of sight.
    const box = doc.querySelector('[data-pagefind-meta]')?.parentElement;
    expect(box?.hasAttribute('hidden')).toBe(true);
    expect(box?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('loads its script on the search page only, from this site', () => {
    // JSON-LD is data, not code; every page carries it.
    const scripts = readPage('/tim-kiem/').querySelectorAll('script:not([type="application/ld+json"])');
    expect(scripts.length).toBe(1);
    expect(scripts[0]?.getAttribute('src')).toMatch(/^\/_astro\/[^/]+\.js$/);
    expect(scripts[0]?.textContent?.trim()).toBe('');
    // No inline handlers anywhere, so a Content-Security-Policy of 'self' holds.
    for (const p of pages) expect(readFileSync(join(distDir, p.endsWith('.html') ? p : `${p}index.html`), 'utf8'), p).not.toMatch(/\son[a-z]+="/);
  });
});
