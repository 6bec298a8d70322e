/**
 * The helpers behind the site-wide gates, on a tiny made-up site, so a gate
 * that passes does so because the site is right, not because a helper
 * sees nothing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fileForPath, internalTarget, loadPages, referencesOf, siteOrigin, sitemapPaths } from './site-graph';

const origin = 'https://hoctap.example';
const dir = mkdtempSync(join(tmpdir(), 'site-graph-'));
mkdirSync(join(dir, 'tin-tuc'));
writeFileSync(join(dir, 'index.html'), `<html><head><link rel="canonical" href="${origin}/"></head><body><a id="dau" href="/tin-tuc/#cuoi">x</a></body></html>`);
writeFileSync(join(dir, 'tin-tuc/index.html'), '<html><body><h2 id="cuoi">y</h2></body></html>');
writeFileSync(join(dir, 'sitemap-index.xml'), `<sitemapindex><sitemap><loc>${origin}/sitemap-0.xml</loc></sitemap></sitemapindex>`);
writeFileSync(join(dir, 'sitemap-0.xml'), `<urlset><url><loc>${origin}/</loc></url><url><loc>${origin}/tin-tuc/</loc></url></urlset>`);

describe('site graph helpers', () => {
  it('loads pages with their ids and finds the origin from the canonical link', () => {
    const pages = loadPages(dir);
    expect([...pages.keys()].sort()).toEqual(['/', '/tin-tuc/']);
    expect(pages.get('/tin-tuc/')!.ids.has('cuoi')).toBe(true);
    expect(siteOrigin(pages)).toBe(origin);
  });
  it('tells internal URLs from other origins and schemes', () => {
    expect(internalTarget('/tin-tuc/', '../ke-hoach/#a', origin)).toEqual({ path: '/ke-hoach/', hash: 'a' });
    expect(internalTarget('/', `${origin}/so-lieu/`, origin)).toEqual({ path: '/so-lieu/', hash: '' });
    expect(internalTarget('/', 'https://other.example/', origin)).toBeUndefined();
    expect(internalTarget('/', '//other.example/x.js', origin)).toBeUndefined();
    expect(internalTarget('/', 'mailto:a@b.vn', origin)).toBeUndefined();
  });
  it('finds the file a host would serve, and none for a missing page or a missing slash', () => {
    expect(fileForPath('/tin-tuc/', dir)).toBe(join(dir, 'tin-tuc/index.html'));
    expect(fileForPath('/tin-tuc', dir)).toBeUndefined();
    expect(fileForPath('/khong-co/', dir)).toBeUndefined();
    expect(fileForPath('/sitemap-0.xml', dir)).toBe(join(dir, 'sitemap-0.xml'));
  });
  it('lists every URL a page refers to, srcset included', () => {
    const { document } = parseHTML('<img src="/a.png" srcset="/a-2x.png 2x, https://cdn.example/b.png 3x"><form action="/tim-kiem/"></form>');
    expect(referencesOf(document).map((r) => r.url)).toEqual(['/a.png', '/a-2x.png', 'https://cdn.example/b.png', '/tim-kiem/']);
  });
  it('reads the sitemap index and its sitemaps', () => {
    expect(sitemapPaths(origin, dir)).toEqual(['/', '/tin-tuc/']);
  });
});
