import { describe, expect, it } from 'vitest';
import { pagedPath, pagedStaticPaths } from './routes';

describe('a list split into pages under its own URL', () => {
  it('keeps page 1 at the old URL and puts later pages under trang/', () => {
    expect(pagedPath('/danh-hieu/tieu-chi/', 1)).toBe('/danh-hieu/tieu-chi/');
    expect(pagedPath('/danh-hieu/tieu-chi/', 3)).toBe('/danh-hieu/tieu-chi/trang/3/');
  });
  it('gives each page its params, the caller’s props and its items', () => {
    const paths = pagedStaticPaths(['a', 'b', 'c'], { level: 'xa' }, 2, { label: 'Cấp xã' });
    expect(paths).toEqual([
      { params: { level: 'xa', page: undefined }, props: { label: 'Cấp xã', page: { number: 1, total: 2, items: ['a', 'b'] } } },
      { params: { level: 'xa', page: 'trang/2' }, props: { label: 'Cấp xã', page: { number: 2, total: 2, items: ['c'] } } },
    ]);
  });
});
