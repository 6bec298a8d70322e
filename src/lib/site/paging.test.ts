import { describe, expect, it } from 'vitest';
import { capList, pageWindow, paginateItems } from './paging';
import { listStaticPaths } from './routes';
import { listPagePath } from './routes';

describe('pagination', () => {
  it('splits lists longer than 20 into pages of 20', () => {
    const pages = paginateItems(Array.from({ length: 45 }, (_, i) => i));
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });
  it('keeps exactly 20 items on one page', () => {
    expect(paginateItems(Array.from({ length: 20 }, (_, i) => i))).toHaveLength(1);
  });
  it('still gives an empty section its page', () => {
    expect(paginateItems([])).toEqual([{ number: 1, total: 1, items: [] }]);
  });
  it('puts page 1 at the section root and later pages under trang/', () => {
    const paths = listStaticPaths(Array.from({ length: 21 }, (_, i) => i)).map((p) => p.params.page);
    expect(paths).toEqual([undefined, 'trang/2']);
    expect(listPagePath('news', 1)).toBe('/tin-tuc/');
    expect(listPagePath('news', 2)).toBe('/tin-tuc/trang/2/');
  });
});

describe('a pager stays short however long the list', () => {
  it('links every page of a short list', () => {
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('keeps the first, the last and two either side of the current page, with gaps marked', () => {
    expect(pageWindow(50, 1000)).toEqual([1, null, 48, 49, 50, 51, 52, null, 1000]);
    expect(pageWindow(1, 1000)).toEqual([1, 2, 3, null, 1000]);
    expect(pageWindow(1000, 1000)).toEqual([1, null, 998, 999, 1000]);
  });
  it('shows a lone missing page rather than a gap', () => {
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
  });
  it('has the same length on a list of 100 pages and one of 100,000', () => {
    expect(pageWindow(40, 100).length).toBe(pageWindow(40_000, 100_000).length);
  });
});

describe('a capped list', () => {
  it('shows the first items and counts the rest', () => {
    expect(capList([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], hidden: 2 });
    expect(capList([1, 2], 3)).toEqual({ shown: [1, 2], hidden: 0 });
  });
});
