import { describe, expect, it } from 'vitest';
import { kindFilterPaths, placeFilterPaths, placeLabel, placesByName, topPlaces, yearFilterPaths } from './pages';
import type { DatasetLike } from './series';

const d = (id: string, kind: 'result' | 'target', year: number, locality?: string): DatasetLike => ({
  id,
  data: { title: id, kind, year, locality: locality ? { id: locality } : undefined, scope: locality ? undefined : 'Một tỉnh', series: [] },
});
const all = [d('a', 'result', 2023), d('b', 'target', 2030, 'viet-nam'), d('c', 'target', 2030, 'tinh-a')];

describe('filter pages', () => {
  it('makes one page per place, with the unnamed place grouped', () => {
    const paths = placeFilterPaths(all);
    expect(paths.map((p) => p.params.place).sort()).toEqual(['khong-neu-ten', 'tinh-a', 'viet-nam']);
    expect(paths.find((p) => p.params.place === 'khong-neu-ten')?.props.page.items.map((x) => x.id)).toEqual(['a']);
  });
  it('makes one page per year and per kind, with Vietnamese slugs for kinds', () => {
    expect(yearFilterPaths(all).map((p) => [p.params.year, p.props.page.items.length])).toEqual([
      ['2030', 2],
      ['2023', 1],
    ]);
    expect(kindFilterPaths(all).map((p) => [p.params.kind, p.props.page.items.map((x) => x.id)])).toEqual([
      ['ket-qua', ['a']],
      ['muc-tieu', ['b', 'c']],
    ]);
  });
  it('splits a filter with many datasets into pages, page 1 at the filter’s own URL', () => {
    const many = Array.from({ length: 45 }, (_, i) => d(`s${i}`, 'result', 2024, 'tinh-a'));
    const paths = kindFilterPaths(many, 20);
    expect(paths.map((p) => p.params)).toEqual([
      { kind: 'ket-qua', page: undefined },
      { kind: 'ket-qua', page: 'trang/2' },
      { kind: 'ket-qua', page: 'trang/3' },
    ]);
    expect(paths.map((p) => p.props.page.items.length)).toEqual([20, 20, 5]);
    expect(paths.every((p) => p.props.total === 45)).toBe(true);
    expect(placeFilterPaths(many, 20).map((p) => p.params.page)).toEqual([undefined, 'trang/2', 'trang/3']);
  });
  it('names on the statistics home the places with the most datasets, ties by name', () => {
    const names = { a: 'Ấp Bắc', b: 'Bình Dương', c: 'An Giang' };
    const places = [{ slug: 'a', count: 1 }, { slug: 'b', count: 5 }, { slug: 'c', count: 1 }];
    expect(topPlaces(places, names, 2).map((p) => p.slug)).toEqual(['b', 'c']);
    expect(placesByName(places, names, 'Không nêu tên').map((p) => p.slug)).toEqual(['c', 'a', 'b']);
  });
  it('names a place by its locality, or says the source names none', () => {
    expect(placeLabel('viet-nam', { 'viet-nam': 'Việt Nam' }, 'Không nêu tên')).toBe('Việt Nam');
    expect(placeLabel('khong-neu-ten', {}, 'Không nêu tên')).toBe('Không nêu tên');
  });
});
