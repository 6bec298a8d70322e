import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followPages, stageSite, stagingOf } from './search-staging';

const item = (title: string, date: string) =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Đơn vị ${title}</p><span data-pagefind-sort="date">${date}</span></main></body></html>\n`;
const listPage = '<!doctype html><html lang="vi"><body><h1>Tin tức</h1></body></html>\n';

let dir: string;
const write = async (rel: string, html: string) => {
  await mkdir(dirname(join(dir, rel)), { recursive: true });
  await writeFile(join(dir, rel), html);
};
const staged = (rel: string) => readFile(join(stagingOf(dir).rest, rel), 'utf8').catch(() => undefined);
const settle = () => new Promise((wake) => setTimeout(wake, 120));

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
    expect(items.map((i) => i.file)).toEqual([join(dir, 'tin-tuc/a/index.html'), join(dir, 'tin-tuc/b/index.html')]);
    expect(items.map((i) => i.date)).toEqual(['2025-01-01', '2025-02-01']);
    expect(await staged('tin-tuc/index.html')).toBeUndefined();
    // `đ` reaches the index spelled as text.ts spells it, not as the page has it.
    expect(await staged('tin-tuc/b/index.html')).not.toContain('Đơn vị');
  });

  it('stages pages while they are written, and afterwards only what is new, unfinished or changed', async () => {
    const following = followPages(dir, 10);
    await write('tin-tuc/a/index.html', item('A', '2025-01-01'));
    await write('tin-tuc/b/index.html', item('B', '2025-02-01'));
    // Half a page, as a reader can catch Astro mid-write: not staged until it is whole.
    await write('ke-hoach/c/index.html', item('C', '2025-03-01').slice(0, 60));
    await write('tin-tuc/gone/index.html', item('Gone', '2025-04-01'));
    await settle();
    const early = await following.stop();
    expect([...early.keys()].sort()).toEqual([join(dir, 'tin-tuc/a/index.html'), join(dir, 'tin-tuc/b/index.html'), join(dir, 'tin-tuc/gone/index.html')]);
    expect(await staged('tin-tuc/gone/index.html')).toContain('Gone');

    await write('ke-hoach/c/index.html', item('C', '2025-03-01'));
    await write('tin-tuc/b/index.html', item('B, sửa lại', '2025-02-02'));
    await write('tin-tuc/d/index.html', item('D', '2025-05-01'));
    await rm(join(dir, 'tin-tuc/gone'), { recursive: true });
    const items = await stageSite(dir, early);

    expect(items.map((i) => [i.file.slice(dir.length + 1), i.date])).toEqual([
      ['ke-hoach/c/index.html', '2025-03-01'],
      ['tin-tuc/a/index.html', '2025-01-01'],
      ['tin-tuc/b/index.html', '2025-02-02'],
      ['tin-tuc/d/index.html', '2025-05-01'],
    ]);
    expect(await staged('tin-tuc/b/index.html')).toContain('sửa lại');
    expect(await staged('tin-tuc/gone/index.html')).toBeUndefined();
    // The same outcome as staging the finished site in one go.
    expect(await stageSite(dir)).toEqual(items);
  });

  it('takes a finished page whose scripts come after its closing tag, as Astro writes some', async () => {
    await write('tin-tuc/a/index.html', `${item('A', '2025-01-01')}<script type="module" src="/_astro/a.js"></script>`);
    expect((await stageSite(dir)).map((i) => i.date)).toEqual(['2025-01-01']);
  });
});
