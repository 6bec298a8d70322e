import { describe, expect, it } from 'vitest';
import { paginateItems } from './paginate';
import { listStaticPaths } from './list-routes';
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
