import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IndexStaging, stageSite, stagingOf } from './search-staging';

const item = (title: string, date: string) =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Đơn vị ${title}</p><span data-pagefind-sort="date">${date}</span></main></body></html>\n`;
const listPage = '<!doctype html><html lang="vi"><body><h1>Tin tức</h1></body></html>\n';

let dir: string;
const write = async (rel: string, html: string) => {
  await mkdir(dirname(join(dir, rel)), { recursive: true });
  await writeFile(join(dir, rel), html);
};
const staged = (rel: string) => readFile(join(stagingOf(dir).rest, rel), 'utf8').catch(() => undefined);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hoc-tap-staging-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('staging the item pages for the index', () => {
  it('copies item pages in the index spelling, skips the others, and lists items in path order', async () => {
    await write('tin-tuc/b/index.html', item('Bê', '2025-02-01'));
    await write('tin-tuc/a/index.html', item('A', '2025-01-01'));
    await write('tin-tuc/index.html', listPage);
    const items = await stageSite(dir);
    expect(items.map((i) => [i.file, i.date])).toEqual([
      [join(dir, 'tin-tuc/a/index.html'), '2025-01-01'],
      [join(dir, 'tin-tuc/b/index.html'), '2025-02-01'],
    ]);
    expect(await staged('tin-tuc/index.html')).toBeUndefined();
    // `đ` reaches the index spelled as text.ts spells it, not as the page has it.
    expect(await staged('tin-tuc/b/index.html')).toContain('Bê');
    expect(await staged('tin-tuc/b/index.html')).not.toContain('Đơn vị');
  });

  it('replaces what a page read again staged, and drops pages no longer in the site', async () => {
    const staging = new IndexStaging(dir);
    const a = join(dir, 'tin-tuc/a/index.html');
    const b = join(dir, 'tin-tuc/b/index.html');
    const gone = join(dir, 'tin-tuc/gone/index.html');
    await staging.page(a, item('A', '2025-01-01'));
    await staging.page(b, item('B', '2025-02-01'));
    await staging.page(gone, item('Gone', '2025-03-01'));
    expect(staging.count).toBe(3);
    await staging.page(b, item('B, sửa lại', '2025-02-02'));
    // A page that turned out not to be an item leaves no copy behind.
    await staging.page(a, listPage);
    const items = await staging.itemsOf([a, b]);
    expect(items.map((i) => [i.file, i.date])).toEqual([[b, '2025-02-02']]);
    expect(await staged('tin-tuc/b/index.html')).toContain('sửa lại');
    expect(await staged('tin-tuc/a/index.html')).toBeUndefined();
    expect(await staged('tin-tuc/gone/index.html')).toBeUndefined();
  });

  it('starts from an empty staging folder, whatever a stopped run left there', async () => {
    await write('.pagefind-pages/rest/tin-tuc/old/index.html', item('Old', '2020-01-01'));
    await write('tin-tuc/a/index.html', item('A', '2025-01-01'));
    await stageSite(dir);
    expect(await staged('tin-tuc/old/index.html')).toBeUndefined();
  });
});
