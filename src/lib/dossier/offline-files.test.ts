import { describe, expect, it } from 'vitest';
import { toolFiles } from './offline-files';

describe('the files the tool needs offline', () => {
  const files: Record<string, string> = {
    '/tu-danh-gia/index.html': '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/main.js"></script><a href="/gioi-thieu/">x</a>',
    '/_astro/main.js': 'import{f as x}from"./format.js";const d=()=>import(`./docx.js`);new Worker(new URL(`/tu-danh-gia/archive-worker-X.js`,``+import.meta.url),{type:`module`});const sw=`/sw.js`;',
    '/tu-danh-gia/archive-worker-X.js': '(function(){})();',
    '/_astro/format.js': 'export const f=1',
    '/_astro/docx.js': 'import"./dist.js";',
    '/_astro/dist.js': '',
    '/_astro/a.css': '',
  };
  it('follows the page’s scripts through static and lazy imports and to their worker, and adds the data files', () => {
    expect(toolFiles({ read: (p) => files[p] ?? null }, '/tu-danh-gia/', ['/tu-danh-gia/bo-tieu-chi.json'])).toEqual([
      '/_astro/a.css',
      '/_astro/dist.js',
      '/_astro/docx.js',
      '/_astro/format.js',
      '/_astro/main.js',
      '/tu-danh-gia/archive-worker-X.js',
      '/tu-danh-gia/bo-tieu-chi.json',
      '/tu-danh-gia/index.html',
    ]);
  });
  it('fails loudly when a named chunk is missing, rather than writing a worker that breaks offline', () => {
    expect(() => toolFiles({ read: (p) => (p === '/_astro/dist.js' ? null : (files[p] ?? null)) }, '/tu-danh-gia/', [])).toThrow('/_astro/dist.js');
  });
});
