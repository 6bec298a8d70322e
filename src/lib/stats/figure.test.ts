import { describe, expect, it } from 'vitest';
import { datasetFigure, planFigure, sourceLine } from './figure';
import type { ObservationLike } from './series';

const o = (indicator: string, value: number, extra: Partial<ObservationLike> = {}): ObservationLike => ({ indicator, value, unit: '%', approximate: false, ...extra });
const localities = [{ id: 'viet-nam', data: { name: 'Việt Nam', level: 'quoc-gia' } }];
const src = [{ name: 'Nguồn A', document: 'Quyết định 1/QĐ-TTg', date: { year: 2022, month: 3, day: 25 } }];

const result = {
  id: 'kq',
  data: {
    title: 'Kết quả 2023',
    kind: 'result' as const,
    year: 2023,
    scope: 'Một tỉnh',
    sources: src,
    series: [
      o('Gia đình học tập', 78.1, { key: 'gd', count: 253853, countUnit: 'hộ' }),
      o('Dòng họ học tập', 60, { key: 'dh' }),
      o('Huyện xét Công dân học tập', 10, { unit: 'huyện', denominator: 10 }),
      o('Số hộ đăng ký', 1200, { unit: 'hộ' }),
    ],
  },
};
const national = { id: 'qg', data: { title: 'Mục tiêu QG', kind: 'target' as const, year: 2025, locality: { id: 'viet-nam' }, sources: src, series: [o('GĐ', 70, { key: 'gd' }), o('DH', 65, { key: 'dh' })] } };

describe('datasetFigure', () => {
  const fig = datasetFigure(result, { all: [result, national], localities });

  it('draws each stated share, keeps counts (10/10 huyện, 1.200 hộ) off the percentage axis, in the table', () => {
    expect(fig.rows.map((r) => r.valueText)).toEqual(['78,1%', '60%']);
    expect(fig.tableOnly).toEqual(['Huyện xét Công dân học tập: 10/10 huyện', 'Số hộ đăng ký: 1.200 hộ']);
    expect(fig.rows[0]!.note).toBe('Số lượng: 253.853 hộ');
  });
  it('puts national targets beside the result as labelled references only', () => {
    expect(fig.rows[0]!.markers).toEqual([{ share: 70, kind: 'national', label: 'Mục tiêu quốc gia đến năm 2025 (tham chiếu): 70%' }]);
    expect(fig.rows.flatMap((r) => r.markers ?? []).every((m) => m.kind === 'national')).toBe(true);
    expect(fig.legend).toEqual(['result', 'national']);
  });
  it('states the finding in words', () => {
    // 10/10 districts is a count, not compared with stated percentages.
    expect(fig.finding).toContain('Cao nhất là “Gia đình học tập”, 78,1%; thấp nhất là “Dòng họ học tập”, 60%.');
    expect(fig.finding).toContain('So với mục tiêu quốc gia đặt cho năm 2025 (chỉ để tham chiếu), 1 trên 2 tỷ lệ đã bằng hoặc cao hơn.');
  });
  it('says a target dataset shows aims, not results', () => {
    const t = datasetFigure(national, { all: [result, national], localities });
    expect(t.style).toBe('target');
    expect(t.legend).toEqual(['target']);
    expect(t.finding).toContain('đến năm 2025');
    expect(t.finding).toContain('chưa phải kết quả');
    expect(t.rows.every((r) => (r.markers ?? []).length === 0)).toBe(true);
  });
  it('names the source with its document and date', () => {
    expect(fig.source).toBe('Nguồn: Nguồn A (Quyết định 1/QĐ-TTg), 25/3/2022.');
    expect(sourceLine([{ name: 'B' }, { name: 'C', updated: { year: 2024, month: 5, day: 3 } }])).toBe('Nguồn: B; C, 03/5/2024.');
  });
});

describe('planFigure', () => {
  it('draws a plan’s targets as targets, naming the year when the plan mixes years', () => {
    const fig = planFigure({
      id: 'kh',
      what: 'Kế hoạch 1/KH-UBND',
      sources: src,
      targets: [
        { indicator: 'A', value: 50, unit: '%', year: 2025, approximate: false },
        { indicator: 'B', value: 23, unit: '%', year: 2030, approximate: true },
      ],
    });
    expect(fig.style).toBe('target');
    expect(fig.rows.map((r) => [r.label, r.valueText])).toEqual([
      ['A (năm 2025)', '50%'],
      ['B (năm 2030)', 'khoảng 23%'],
    ]);
    expect(fig.caption).toBe('Chỉ tiêu của Kế hoạch 1/KH-UBND');
  });
});

describe('a dataset of counts only', () => {
  it('draws no bar and does not call its figures shares', () => {
    const counts = {
      id: 'dem',
      data: {
        title: 'Số lượng',
        kind: 'result' as const,
        year: 2025,
        locality: { id: 'viet-nam' },
        sources: [{ name: 'Nguồn' }],
        series: [{ indicator: 'Công dân học tập', value: 742335, unit: 'người', approximate: false }],
      },
    };
    const model = datasetFigure(counts, { all: [counts], localities: [] });
    expect(model.rows).toEqual([]);
    expect(model.caption).toBe('Số lượng: số lượng theo từng chỉ tiêu');
    expect(model.caption).not.toContain('tỷ lệ');
  });
});
