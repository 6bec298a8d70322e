import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { htmlFiles, PageReader, pagesTwoDown } from './written-pages';

let dir: string;
const write = async (rel: string, html = '<html></html>') => {
  await mkdir(dirname(join(dir, rel)), { recursive: true });
  await writeFile(join(dir, rel), html);
};
const rel = (files: string[]) => files.map((f) => f.slice(dir.length + 1)).sort();

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hoc-tap-pages-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('listing the pages', () => {
  beforeEach(async () => {
    for (const page of ['index.html', 'tin-tuc/index.html', 'tin-tuc/a/index.html', 'tin-tuc/2/index.html', 'danh-hieu/x/y/index.html', 'og/tin-tuc/a.html', '.prerender/p.html', '_astro/x.html']) await write(page);
    await mkdir(join(dir, 'tin-tuc/b'), { recursive: true });
  });

  it('lists every page but those in dot folders and the folders it is told to skip', async () => {
    expect(rel(await htmlFiles(dir, ['og']))).toEqual(['_astro/x.html', 'danh-hieu/x/y/index.html', 'index.html', 'tin-tuc/2/index.html', 'tin-tuc/a/index.html', 'tin-tuc/index.html']);
  });

  it('names the pages two folders down, written or about to be, and nothing in build folders or those it is told to skip', async () => {
    expect(rel(await pagesTwoDown(dir, ['og']))).toEqual(['danh-hieu/x/index.html', 'tin-tuc/2/index.html', 'tin-tuc/a/index.html', 'tin-tuc/b/index.html']);
  });

  it('names nothing before the site folder exists', async () => {
    expect(await pagesTwoDown(join(dir, 'not-yet'))).toEqual([]);
  });
});

describe('reading pages while they are written', () => {
  const page = (text: string) => `<!doctype html><html><body>${text}</body></html>`;
  const settle = () => new Promise((wake) => setTimeout(wake, 150));

  it('hands each finished page over once, and again only if it changed; the rest when Astro is done', async () => {
    const seen: [string, string][] = [];
    const reader = new PageReader(dir, async (file, html) => void seen.push([file.slice(dir.length + 1), html]));
    reader.follow(10);
    await write('tin-tuc/a/index.html', page('A'));
    // Caught mid-write: not handed over until it is whole.
    await write('tin-tuc/b/index.html', page('B').slice(0, 20));
    await write('tin-tuc/c/index.html', page('C'));
    await settle();
    expect(seen.map(([file]) => file).sort()).toEqual(['tin-tuc/a/index.html', 'tin-tuc/c/index.html']);

    await write('tin-tuc/b/index.html', page('B'));
    // Finished but for the scripts Astro puts after </html>: read again once it has them.
    await write('tin-tuc/c/index.html', `${page('C')}<script src="/c.js"></script>`);
    await write('index.html', page('Home'));
    const files = await reader.finish();

    expect(rel(files)).toEqual(['index.html', 'tin-tuc/a/index.html', 'tin-tuc/b/index.html', 'tin-tuc/c/index.html']);
    expect(seen.filter(([file]) => file === 'tin-tuc/a/index.html')).toHaveLength(1);
    expect(seen.filter(([file]) => file === 'tin-tuc/b/index.html').map(([, html]) => html)).toEqual([page('B')]);
    expect(seen.filter(([file]) => file === 'tin-tuc/c/index.html').at(-1)?.[1]).toContain('c.js');
    expect(seen.some(([file]) => file === 'index.html')).toBe(true);
  });

  it('fails when a step fails on a page', async () => {
    await write('tin-tuc/a/index.html', page('A'));
    const reader = new PageReader(dir, async () => {
      throw new Error('thiếu og:image');
    });
    await expect(reader.finish()).rejects.toThrow('thiếu og:image');
  });
});
