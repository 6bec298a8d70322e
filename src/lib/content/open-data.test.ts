import { describe, expect, it } from 'vitest';
import { openDataFile, partialDateText, splitOpenDataFile, toOpenData } from './open-data';

describe('open data', () => {
  it('writes dates as ISO text and a day without a year as --MM-DD', () => {
    expect(toOpenData(new Date('2024-05-02T00:00:00Z'))).toBe('2024-05-02');
    expect(partialDateText({ month: 5, day: 30 })).toBe('--05-30');
    expect(partialDateText({ year: 2024, month: 5 })).toBe('2024-05');
    expect(toOpenData({ issued: { year: 2024, month: 5, day: 2 } })).toEqual({ issued: '2024-05-02' });
  });
  it('writes a reference as the id it points to and drops undefined fields', () => {
    expect(toOpenData({ locality: { id: 'cang-long', collection: 'localities' }, note: undefined })).toEqual({ locality: 'cang-long' });
  });
  it('gives each item its id, page URL and fields, without the draft flag', () => {
    const file = openDataFile(
      'events',
      'Sự kiện',
      'https://s/su-kien/',
      [{ id: 'a', data: { title: 'A', draft: false, sources: [{ name: 'Nguồn', url: 'https://x' }] } }],
      (id) => `https://s/su-kien/${id}/`,
    );
    expect(file.count).toBe(1);
    expect(file.items[0]).toEqual({ id: 'a', url: 'https://s/su-kien/a/', title: 'A', sources: [{ name: 'Nguồn', url: 'https://x' }] });
  });
});

describe('a long collection in several files', () => {
  const file = { collection: 'news', description: 'Tin', url: 'https://x/tin-tuc/', count: 5, items: ['a', 'b', 'c', 'd', 'e'] };
  const url = (n: number) => (n === 1 ? 'https://x/api/news.json' : `https://x/api/news/trang/${n}.json`);
  it('splits the items, keeps the whole count and links each file to its neighbours', () => {
    const pages = splitOpenDataFile(file, url, 2);
    expect(pages.map((p) => p.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(pages.map((p) => [p.page, p.pages, p.count])).toEqual([[1, 3, 5], [2, 3, 5], [3, 3, 5]]);
    expect(pages.map((p) => [p.previous, p.next])).toEqual([
      [undefined, 'https://x/api/news/trang/2.json'],
      ['https://x/api/news.json', 'https://x/api/news/trang/3.json'],
      ['https://x/api/news/trang/2.json', undefined],
    ]);
  });
  it('keeps a short collection in one file with no links', () => {
    const [only, ...rest] = splitOpenDataFile(file, url, 10);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ page: 1, pages: 1, items: file.items });
    expect(only).not.toHaveProperty('next');
  });
});
