/**
 * Site-wide gates over every built page: valid HTML, no broken internal link
 * or anchor, nothing loaded from another origin, external links that do not
 * leak the reader, every page in the sitemap and reachable by a link.
 * They are generic on purpose: any page added later is checked the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir } from './support/dist';
import { fileForPath, internalTarget, loadPages, referencesOf, siteOrigin, sitemapPaths } from './support/site-graph';

const pages = loadPages();
const origin = siteOrigin(pages);
/** A static host serves 404.html for unknown paths; it is not a page to list or link. */
const notFound = '/404.html';

describe('every page is valid HTML (html-validate)', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // A search-engine style hint, not validity: item titles are the
      // documents' own Vietnamese titles, which run long, plus the site name.
      'long-title': 'off',
      // A wide table scrolls inside a labelled, focusable div role="region"
      // (so keyboard users can scroll it). It is not a section of the
      // document, so <section> would be the wrong element for it.
      // role="list" on a <ul>/<ol> styled without bullets is deliberate:
      // VoiceOver drops list semantics otherwise.
      'prefer-native-element': ['error', { exclude: ['region', 'list'] }],
      'no-redundant-role': ['error', { exclude: ['list'] }],
      // The self-check form (titles) works out its result as boxes are
      // ticked; it sends nothing, so it has no submit button by design.
      'wcag/h32': 'off',
    },
  });
  for (const path of pages.keys()) {
    it(path, async () => {
      const report = await validator.validateString(pages.get(path)!.html, path);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});

describe('no broken internal link or anchor', () => {
  it('every internal URL in every page resolves to a file, and every #anchor to an id', () => {
    const broken: string[] = [];
    for (const page of pages.values()) {
      for (const ref of referencesOf(page.document)) {
        // Canonical and Open Graph URLs name the page itself (checked with the sitemap).
        if (ref.tag === 'link' && /canonical/.test(page.document.querySelector(`link[href="${ref.url}"]`)?.getAttribute('rel') ?? '')) continue;
        const target = internalTarget(page.path, ref.url, origin);
        if (!target) continue;
        const file = fileForPath(target.path);
        if (!file) {
          broken.push(`${page.path}: <${ref.tag} ${ref.attr}="${ref.url}"> → không có ${target.path}`);
          continue;
        }
        if (target.hash && file.endsWith('.html')) {
          const targetPage = [...pages.values()].find((p) => fileForPath(p.path) === file);
          if (!targetPage?.ids.has(target.hash)) broken.push(`${page.path}: "${ref.url}" → không có id "${target.hash}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('nothing is loaded from another origin', () => {
  it('no page refers to a resource on another origin (only <a> links may leave the site)', () => {
    const foreign: string[] = [];
    for (const page of pages.values()) {
      for (const ref of referencesOf(page.document)) {
        if (ref.tag === 'a') continue;
        if (ref.tag === 'link' && ref.attr === 'href') {
          const rel = [...page.document.querySelectorAll('link')].find((l) => l.getAttribute('href') === ref.url)?.getAttribute('rel') ?? '';
          // These name addresses; browsers do not fetch them.
          if (/^(canonical|alternate|author|license|me)$/.test(rel)) continue;
        }
        if (!internalTarget(page.path, ref.url, origin) && !/^data:/i.test(ref.url)) foreign.push(`${page.path}: <${ref.tag} ${ref.attr}="${ref.url}">`);
      }
      for (const m of page.html.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi)) foreign.push(`${page.path}: url(${m[1]})`);
    }
    expect(foreign).toEqual([]);
  });
  it('no stylesheet or script in the build imports from another origin', () => {
    const files = readdirSync(join(distDir, '_astro'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(css|js|mjs)$/.test(d.name))
      .map((d) => join(d.parentPath, d.name));
    const foreign = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [
        ...text.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi),
        ...text.matchAll(/@import\s+(?:url\()?["']?((?:https?:)?\/\/[^"')\s;]+)/gi),
        ...text.matchAll(/\bimport\s*\(?\s*["']((?:https?:)?\/\/[^"']+)/g),
      ].map((m) => `${file.slice(distDir.length)}: ${m[1]}`);
    });
    expect(foreign).toEqual([]);
  });
  it('links to other sites carry rel="noopener noreferrer"', () => {
    const leaky: string[] = [];
    for (const page of pages.values()) {
      for (const a of page.document.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (internalTarget(page.path, href, origin) || !/^(https?:)?\/\//i.test(href)) continue;
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) leaky.push(`${page.path}: ${href}`);
      }
    }
    expect(leaky).toEqual([]);
  });
});

describe('the sitemap lists every page, and every page is reachable', () => {
  const listed = sitemapPaths(origin);
  const built = [...pages.keys()].filter((p) => p !== notFound);

  it('every built page is in the sitemap', () => {
    expect(built.filter((p) => !listed.includes(p))).toEqual([]);
  });
  it('every sitemap entry is a built page whose canonical URL is that entry', () => {
    const wrong = listed.filter((p) => {
      const page = pages.get(p);
      return !page || page.document.querySelector('link[rel="canonical"]')?.getAttribute('href') !== `${origin}${encodeURI(p)}`;
    });
    expect(wrong).toEqual([]);
  });
  it('no page is an orphan: each is linked from another page', () => {
    const linked = new Set<string>();
    for (const page of pages.values()) {
      // A search form is how readers reach the search page.
      const ways = [
        ...[...page.document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
        ...[...page.document.querySelectorAll('form[action]')].map((f) => f.getAttribute('action')!),
      ];
      for (const url of ways) {
        const target = internalTarget(page.path, url, origin);
        if (target && target.path !== page.path) linked.add(target.path);
      }
    }
    expect(built.filter((p) => p !== '/' && !linked.has(p))).toEqual([]);
  });
});
