/**
 * The built site as a graph: which URLs each page points at, which pages
 * and anchors exist, what the sitemap lists. Used by the site-wide gates.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { distDir, htmlFiles } from './dist';

/** `/tin-tuc/abc/` for <dir>/tin-tuc/abc/index.html; `/404.html` stays as it is. */
function pathIn(dir: string, file: string): string {
  const rel = relative(dir, file).split('\\').join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export interface PageInfo {
  path: string;
  html: string;
  document: Document;
  ids: Set<string>;
}

export function loadPages(dir = distDir): Map<string, PageInfo> {
  const pages = new Map<string, PageInfo>();
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const { document } = parseHTML(html);
    const ids = new Set<string>();
    for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
    for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
    const path = pathIn(dir, file);
    pages.set(path, { path, html, document, ids });
  }
  return pages;
}

/** The public origin the build was made for, read from the home page's canonical link. */
export function siteOrigin(pages: Map<string, PageInfo>): string {
  const href = pages.get('/')?.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!href) throw new Error('the home page has no canonical link');
  return new URL(href).origin;
}

/** A URL on this site, as a path and fragment, or undefined for another origin or scheme. */
export function internalTarget(from: string, url: string, origin: string): { path: string; hash: string } | undefined {
  if (/^(mailto|tel|data):/i.test(url)) return undefined;
  const resolved = new URL(url, `${origin}${from}`);
  if (resolved.origin !== origin) return undefined;
  return { path: decodeURIComponent(resolved.pathname), hash: decodeURIComponent(resolved.hash.slice(1)) };
}

/** The file a static host serves for a path, or undefined (a 404). Directories need their trailing slash. */
export function fileForPath(path: string, dir = distDir): string | undefined {
  const full = join(dir, path);
  if (path.endsWith('/')) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : undefined;
  return existsSync(full) && statSync(full).isFile() ? full : undefined;
}

/** Every URL a page refers to, with the attribute it sits in. */
export function referencesOf(document: Document): { tag: string; attr: string; url: string }[] {
  const refs: { tag: string; attr: string; url: string }[] = [];
  for (const el of document.querySelectorAll('[href], [src], [srcset], [poster], [action], [data], [formaction]')) {
    const tag = el.tagName.toLowerCase();
    for (const attr of ['href', 'src', 'poster', 'action', 'data', 'formaction']) {
      const value = el.getAttribute(attr);
      if (value !== null && !(tag === 'object' && attr !== 'data')) refs.push({ tag, attr, url: value.trim() });
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) for (const part of srcset.split(',')) refs.push({ tag, attr: 'srcset', url: part.trim().split(/\s+/)[0]! });
  }
  return refs;
}

/** Page paths listed in the sitemap index's sitemaps, with the origin stripped. */
export function sitemapPaths(origin: string, dir = distDir): string[] {
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
  return locs(index).flatMap((sitemapUrl) => {
    const file = join(dir, new URL(sitemapUrl).pathname);
    return locs(readFileSync(file, 'utf8')).map((loc) => {
      const url = new URL(loc);
      if (url.origin !== origin) throw new Error(`sitemap lists ${loc}, not on ${origin}`);
      return decodeURIComponent(url.pathname);
    });
  });
}
