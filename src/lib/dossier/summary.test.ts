import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { statSchema } from '../../schemas/stats';
import type { SchemaContext } from '../../schemas/fields';
import { newDossier } from './model';
import { dossierItems } from './verdict';
import { nameKey, summarise, summaryRows, summaryTable, toCsv } from './summary';
import { datasetYaml, summaryDataset, tallyDataset } from './stats-export';
import { tallySchema, tallyTotals } from './tally';
import { contentSet } from './test-support';

const ctx: SchemaContext = { ref: (collection) => z.string().transform((id) => ({ id, collection })), image: () => z.string() };
const xa = contentSet('cong-dong-hoc-tap-cap-xa-tt-25');
const sets = new Map([[xa.id, xa]]);

function commune(name: string, n: number, citizensShare: number) {
  const d = newDossier({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, name, province: 'Tỉnh Vĩnh Long', criteriaSet: xa.id, year: 2025, now: '2026-01-10T00:00:00.000Z' });
  for (const item of dossierItems(xa)) {
    const counts = Object.fromEntries(item.shares.map((s) => [s.id, { part: s.id === 'cong-dan-hoc-tap' ? citizensShare * 10 : s.id === 'dao-tao' ? 600 : 150, whole: 1000 }]));
    d.answers[item.key] = { status: item.shares.length ? 'chua-danh-gia' : 'dat', counts, note: '' };
  }
  return d;
}

describe('the summary of many dossiers', () => {
  const dossiers = [commune('Xã Tân Hòa', 1, 85), commune('Xã An Bình', 2, 70), commune('Xã Long Phú', 3, 50)];
  const [year] = summarise(summaryRows(dossiers, sets), sets, { 2025: ['Tân Hòa', 'xa an binh', 'Xã Hòa Lộc', 'Long Phú'] });
  it('says who reached which level, the share at each level with its base, and who has not submitted', () => {
    expect(year!.rows.map((r) => [r.name, r.levelName])).toEqual([
      ['Xã An Bình', 'Mức độ 1'],
      ['Xã Long Phú', 'Chưa đạt'],
      ['Xã Tân Hòa', 'Mức độ 2'],
    ]);
    expect(year!.levels.map((l) => [l.name, l.count, Math.round(l.share * 10) / 10])).toEqual([
      ['Mức độ 1', 1, 33.3],
      ['Mức độ 2', 1, 33.3],
    ]);
    expect(year!.none.count).toBe(1);
    expect(year!.missing).toEqual(['Xã Hòa Lộc']);
  });
  it('matches names without tone marks, case or the "xã" prefix', () => {
    expect(nameKey('Xã  Tân Hòa')).toBe(nameKey('tan hoa'));
  });
  it('exports CSV with a byte-order mark, as the portal’s other CSV files', () => {
    const csv = toCsv(summaryTable(year!));
    expect(csv.startsWith('\uFEFFNăm,Tên,')).toBe(true);
    expect(csv).toContain('2025,Xã Tân Hòa,Tỉnh Vĩnh Long,,cong-dong-hoc-tap-cap-xa-tt-25,Mức độ 2\r\n');
  });
  it('exports a dataset that parses under the stats schema', () => {
    const ds = summaryDataset(year!, xa.name, 'cong-dong-hoc-tap', 'xã', { publisher: 'Sở Giáo dục và Đào tạo (thử)', scope: 'Các xã đã gửi hồ sơ', date: '2026-04-01' });
    const parsed = statSchema(ctx).parse(yaml.load(datasetYaml(ds)));
    expect(parsed.kind).toBe('result');
    expect(parsed.series.map((o) => [o.indicator, o.value, o.count, o.denominator])).toEqual([
      ['Tỷ lệ xã tự đánh giá đạt Mức độ 1', 33.3, 1, 3],
      ['Tỷ lệ xã tự đánh giá đạt Mức độ 2', 33.3, 1, 3],
    ]);
  });
});

describe('the tally of the Hội’s titles', () => {
  const tally = tallySchema().parse({
    title: 'gia-dinh-hoc-tap',
    year: 2025,
    area: 'Xã Tân Hòa',
    unit: 'hộ',
    rows: [
      { place: 'Ấp 1', total: 400, registered: 380, recognised: 320 },
      { place: 'Ấp 2', total: 250, registered: 240, recognised: 188 },
    ],
  });
  it('adds the rows up and gives each share with its base', () => {
    expect(tallyTotals(tally)).toEqual({ total: 650, registered: 620, recognised: 508, registeredShare: 95.4, recognisedShare: 78.2 });
  });
  it('refuses a recognised count above the total, and a negative or fractional count', () => {
    const row = (r: object) => tallySchema().safeParse({ ...tally, rows: [{ place: 'Ấp 1', total: 10, registered: 5, recognised: 5, ...r }] }).error?.issues[0]?.message;
    expect(row({ recognised: 11 })).toBe('số được công nhận lớn hơn tổng số');
    expect(row({ total: -1 })).toBe('số đếm không được âm');
    expect(row({ registered: 2.5 })).toBe('số đếm phải là số nguyên');
  });
  it('exports a dataset that parses under the stats schema', () => {
    const parsed = statSchema(ctx).parse(yaml.load(datasetYaml(tallyDataset(tally, 'Gia đình học tập', { publisher: 'Hội Khuyến học xã (thử)', scope: 'Xã Tân Hòa', date: '2026-02-01' }))));
    expect(parsed.series.map((o) => [o.value, o.count, o.countUnit, o.denominator])).toEqual([
      [95.4, 620, 'hộ', 650],
      [78.2, 508, 'hộ', 650],
    ]);
  });
});
