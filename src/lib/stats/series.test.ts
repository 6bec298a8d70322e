import { describe, expect, it } from 'vitest';
import {
  byKind,
  byPlace,
  byYear,
  countText,
  nationalReferences,
  ownTargets,
  reached,
  shareOf,
  statFilters,
  valueText,
  newestResult,
  type DatasetLike,
  type ObservationLike,
} from './series';

const obs = (o: Partial<ObservationLike> & { value: number }): ObservationLike => ({ indicator: 'Chỉ tiêu thử', unit: '%', approximate: false, ...o });

const localities = [
  { id: 'viet-nam', data: { name: 'Việt Nam', level: 'quoc-gia' } },
  { id: 'tinh-a', data: { name: 'Tỉnh A', level: 'tinh' } },
  { id: 'tinh-b', data: { name: 'Tỉnh B', level: 'tinh' } },
];

function ds(id: string, kind: 'result' | 'target', year: number, locality: string | undefined, series: ObservationLike[]): DatasetLike {
  return { id, data: { title: id, kind, year, locality: locality ? { id: locality } : undefined, scope: locality ? undefined : 'Một tỉnh', series } };
}

const resultA = ds('ket-qua-a', 'result', 2023, 'tinh-a', [obs({ key: 'gd', value: 78.1 }), obs({ key: 'dh', value: 50 }), obs({ value: 10 })]);
const unnamed = ds('ket-qua-khong-ten', 'result', 2023, undefined, [obs({ key: 'gd', value: 78.1 })]);
const targetA2030 = ds('muc-tieu-a-2030', 'target', 2030, 'tinh-a', [obs({ key: 'gd', value: 80 }), obs({ key: 'dh', value: 75 })]);
const targetA2025 = ds('muc-tieu-a-2025', 'target', 2025, 'tinh-a', [obs({ key: 'gd', value: 70 })]);
const targetA2020 = ds('muc-tieu-a-2020', 'target', 2020, 'tinh-a', [obs({ key: 'gd', value: 60 })]);
const targetB = ds('muc-tieu-b', 'target', 2025, 'tinh-b', [obs({ key: 'gd', value: 90 }), obs({ key: 'dh', value: 90 })]);
const national2025 = ds('quoc-gia-2025', 'target', 2025, 'viet-nam', [obs({ key: 'gd', value: 70 }), obs({ key: 'dh', value: 65 })]);
const national2030 = ds('quoc-gia-2030', 'target', 2030, 'viet-nam', [obs({ key: 'gd', value: 80 })]);
const all = [resultA, unnamed, targetA2030, targetA2025, targetA2020, targetB, national2025, national2030];

describe('shareOf and valueText', () => {
  it('draws a percentage as given and a part over its whole as a share', () => {
    expect(shareOf(obs({ value: 78.1 }))).toBe(78.1);
    expect(shareOf(obs({ value: 7, unit: 'huyện', denominator: 10 }))).toBe(70);
    expect(shareOf(obs({ value: 253853, unit: 'hộ' }))).toBeUndefined();
  });
  it('writes values in vi-VN form, keeping "khoảng" and x/y', () => {
    expect(valueText(obs({ value: 96.8 }))).toBe('96,8%');
    expect(valueText(obs({ value: 23, approximate: true }))).toBe('khoảng 23%');
    expect(valueText(obs({ value: 10, unit: 'huyện', denominator: 10 }))).toBe('10/10');
    // The table names what is counted after the whole; a share with a whole stays a share.
    expect(valueText(obs({ value: 10, unit: 'huyện', denominator: 10, approximate: true }), 'khoảng', { unitAfterWhole: true })).toBe('khoảng 10/10 huyện');
    expect(valueText(obs({ value: 96.8, denominator: 719 }), 'khoảng', { unitAfterWhole: true })).toBe('96,8%');
  });
  it('takes the newest result as the headline, skipping targets', () => {
    const list = [{ id: 't', data: { kind: 'target' as const } }, { id: 'r1', data: { kind: 'result' as const } }, { id: 'r2', data: { kind: 'result' as const } }];
    expect(newestResult(list)?.id).toBe('r1');
    expect(newestResult(list.slice(0, 1))).toBeUndefined();
    expect(countText(obs({ value: 78.1, count: 253853, countUnit: 'hộ' }))).toBe('253.853 hộ');
  });
});

describe('results against targets', () => {
  it("sets a result against its own place's nearest target not before the result's year, indicator by indicator", () => {
    const own = ownTargets(resultA, all);
    expect(own.map((c) => [c.index, c.value, c.year, c.kind])).toEqual([
      [0, 70, 2025, 'own'],
      [1, 75, 2030, 'own'],
    ]);
  });
  it("never uses another place's target", () => {
    expect(ownTargets(resultA, all).some((c) => c.datasetId === 'muc-tieu-b')).toBe(false);
  });
  it('gives a dataset without a named place no own targets at all', () => {
    expect(ownTargets(unnamed, all)).toEqual([]);
  });
  it('matches only the same indicator key and unit', () => {
    const other = ds('ket-qua-a2', 'result', 2023, 'tinh-a', [obs({ key: 'khac', value: 1 }), obs({ key: 'gd', value: 5, unit: 'hộ' })]);
    expect(ownTargets(other, all)).toEqual([]);
  });
  it('offers national targets as references, from national datasets only', () => {
    const refs = nationalReferences(unnamed, all, localities);
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ kind: 'national', value: 70, year: 2025, datasetId: 'quoc-gia-2025' });
    expect(nationalReferences(resultA, all, localities).map((c) => c.datasetId)).toEqual(['quoc-gia-2025', 'quoc-gia-2025']);
  });
  it('gives targets no comparisons', () => {
    expect(ownTargets(targetA2030, all)).toEqual([]);
    expect(nationalReferences(targetA2030, all, localities)).toEqual([]);
  });
  it('counts how many results reach their target', () => {
    expect(reached(resultA.data.series, ownTargets(resultA, all))).toEqual({ reached: 1, of: 2 });
  });
});

describe('filters', () => {
  it('lists places, years and kinds that have datasets, with counts', () => {
    const f = statFilters(all);
    expect(f.localities).toContainEqual({ slug: 'khong-neu-ten', count: 1 });
    expect(f.localities).toContainEqual({ slug: 'tinh-a', count: 4 });
    expect(f.years[0]).toEqual({ year: 2030, count: 2 });
    expect(f.kinds).toEqual([
      { kind: 'result', slug: 'ket-qua', count: 2 },
      { kind: 'target', slug: 'muc-tieu', count: 6 },
    ]);
  });
  it('selects datasets by place, year and kind', () => {
    expect(byPlace(all, 'khong-neu-ten').map((d) => d.id)).toEqual(['ket-qua-khong-ten']);
    expect(byYear(all, 2025).map((d) => d.id)).toEqual(['muc-tieu-a-2025', 'muc-tieu-b', 'quoc-gia-2025']);
    expect(byKind(all, 'result').map((d) => d.id)).toEqual(['ket-qua-a', 'ket-qua-khong-ten']);
  });
});
