/** Reading the built site: every HTML page, parsed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';

export const distDir = resolve(import.meta.dirname, '../../dist');

/**
 * Every page of the site. The web editor (`admin/`) is not one: it is not
 * linked, indexed or in the sitemap, and tests/browser/cms.test.ts checks it.
 */
export function htmlFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return dir === distDir && d.name === 'admin' ? [] : htmlFiles(full);
    return d.name.endsWith('.html') ? [full] : [];
  });
}

/** `/tin-tuc/abc/` for dist/tin-tuc/abc/index.html; `/404.html` stays as it is. */
export function urlPathOf(file: string): string {
  const rel = relative(distDir, file).split('\\').join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export function readPage(urlPath: string): Document {
  const file = urlPath.endsWith('.html') ? join(distDir, urlPath) : join(distDir, urlPath, 'index.html');
  return parseHTML(readFileSync(file, 'utf8')).document;
}

export function pageText(urlPath: string): string {
  return readPage(urlPath).querySelector('main')?.textContent?.replace(/\s+/g, ' ') ?? '';
}
