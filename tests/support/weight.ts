/**
 * What a page costs a reader, read from the built files: used by the page
 * budgets in `npm test` and by the benchmark (scripts/bench-build.ts), so
 * both count bytes the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  images: number;
  fonts: number;
  requests: number;
  total: number;
}

const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export function pageFile(distDir: string, urlPath: string): string {
  return urlPath.endsWith('.html') ? join(distDir, urlPath) : join(distDir, urlPath, 'index.html');
}

/** Local files a page loads by tag: `<link rel=stylesheet>`, `<script src>`, modulepreload, `<img src>`. */
export function pageAssets(distDir: string, html: string): { css: string[]; js: string[]; images: string[] } {
  const local = (href: string) => (href.startsWith('/') && !href.startsWith('//') ? join(distDir, href.split(/[?#]/)[0]!) : undefined);
  const attrs = (re: RegExp) =>
    [...new Set([...html.matchAll(re)].map((m) => local(m[1]!)).filter((f): f is string => Boolean(f && existsSync(f))))];
  return {
    css: attrs(/<link[^>]+rel="?stylesheet"?[^>]*href="?([^" >]+)/g),
    js: [...attrs(/<script[^>]+src="?([^" >]+)/g), ...attrs(/<link[^>]+rel="?modulepreload"?[^>]*href="?([^" >]+)/g)],
    images: attrs(/<img[^>]+src="?([^" >]+)/g),
  };
}

/**
 * A first visit to one page: the page and every stylesheet, script, image
 * and font it loads (fonts through the CSS's url()), each gzip-compressed
 * at level 9 as a static host would serve it. Lighthouse (bench-pages.ts)
 * measures the same in Chromium.
 */
export function pageWeight(distDir: string, urlPath: string): PageWeight {
  const html = readFileSync(pageFile(distDir, urlPath), 'utf8');
  const { css, js, images } = pageAssets(distDir, html);
  const cssText = css.map((f) => readFileSync(f, 'utf8')).join('\n');
  const fonts = [...new Set([...cssText.matchAll(/url\(["']?(\/[^"')]+\.(?:woff2?|ttf|otf))/g)].map((m) => join(distDir, m[1]!)))].filter((f) =>
    existsSync(f),
  );
  const sum = (files: string[]) => files.reduce((s, f) => s + gzip(readFileSync(f)), 0);
  const weight = { html: gzip(html), css: sum(css), js: sum(js), images: sum(images), fonts: sum(fonts), requests: 1 + css.length + js.length + images.length + fonts.length };
  return { ...weight, total: weight.html + weight.css + weight.js + weight.images + weight.fonts };
}
