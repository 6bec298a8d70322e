import { describe, expect, it } from 'vitest';
import { kindFilterPaths, placeFilterPaths, placeLabel, yearFilterPaths } from './stat-pages';
import type { DatasetLike } from './stat-series';

const d = (id: string, kind: 'result' | 'target', year: number, locality?: string): DatasetLike => ({
  id,
  data: { title: id, kind, year, locality: locality ? { id: locality } : undefined, scope: locality ? undefined : 'Một tỉnh', series: [] },
});
const all = [d('a', 'result', 2023), d('b', 'target', 2030, 'viet-nam'), d('c', 'target', 2030, 'tinh-a')];

describe('filter pages', () => {
  it('makes one page per place, with the unnamed place grouped', () => {
    const paths = placeFilterPaths(all);
    expect(paths.map((p) => p.params.place).sort()).toEqual(['khong-neu-ten', 'tinh-a', 'viet-nam']);
    expect(paths.find((p) => p.params.place === 'khong-neu-ten')?.props.items.map((x) => x.id)).toEqual(['a']);
  });
  it('makes one page per year and per kind, with Vietnamese slugs for kinds', () => {
    expect(yearFilterPaths(all).map((p) => [p.params.year, p.props.items.length])).toEqual([
      ['2030', 2],
      ['2023', 1],
    ]);
    expect(kindFilterPaths(all).map((p) => [p.params.kind, p.props.items.map((x) => x.id)])).toEqual([
      ['ket-qua', ['a']],
      ['muc-tieu', ['b', 'c']],
    ]);
  });
  it('names a place by its locality, or says the source names none', () => {
    expect(placeLabel('viet-nam', { 'viet-nam': 'Việt Nam' }, 'Không nêu tên')).toBe('Việt Nam');
    expect(placeLabel('khong-neu-ten', {}, 'Không nêu tên')).toBe('Không nêu tên');
  });
});
