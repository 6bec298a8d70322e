import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { htmlFiles, pagesTwoDown } from './written-pages';

let dir: string;
const write = async (rel: string) => {
  await mkdir(dirname(join(dir, rel)), { recursive: true });
  await writeFile(join(dir, rel), '<html></html>');
};
const rel = (files: string[]) => files.map((f) => f.slice(dir.length + 1)).sort();

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hoc-tap-pages-'));
  for (const page of ['index.html', 'tin-tuc/index.html', 'tin-tuc/a/index.html', 'tin-tuc/2/index.html', 'danh-hieu/x/y/index.html', 'og/tin-tuc/a.html', '.prerender/p.html', '_astro/x.html']) await write(page);
  await mkdir(join(dir, 'tin-tuc/b'), { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it('lists every page but those in dot folders and the folders it is told to skip', async () => {
  expect(rel(await htmlFiles(dir, ['og']))).toEqual(['_astro/x.html', 'danh-hieu/x/y/index.html', 'index.html', 'tin-tuc/2/index.html', 'tin-tuc/a/index.html', 'tin-tuc/index.html']);
});

it('names the pages two folders down, written or about to be, and nothing in build folders or those it is told to skip', async () => {
  expect(rel(await pagesTwoDown(dir, ['og']))).toEqual(['danh-hieu/x/index.html', 'tin-tuc/2/index.html', 'tin-tuc/a/index.html', 'tin-tuc/b/index.html']);
});

it('names nothing before the site folder exists', async () => {
  expect(await pagesTwoDown(join(dir, 'not-yet'))).toEqual([]);
});
