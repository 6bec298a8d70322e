/**
 * Verdicts of dossiers on the real TT 25 and TT 24 sets (content/criteria),
 * through the shared engine, and the documents and calendar drawn from them.
 */
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../schemas/dossier';
import { newDossier } from './model';
import { dossierItems, dossierVerdict } from './verdict';
import { dossierDocuments, resultTable } from './documents';
import { calendarFor, procedureOf } from './calendar';
import { contentSet } from './test-support';
import type { ToolSet } from './criteria-data';

const now = '2026-01-10T00:00:00.000Z';
const xa = contentSet('cong-dong-hoc-tap-cap-xa-tt-25');
const unit = contentSet('don-vi-hoc-tap-cap-huyen-tt-24');

/** Every plain chỉ tiêu marked as told, every share at the given counts, each with one evidence item. */
function filled(set: ToolSet, shares: Record<string, [number, number]>, opts: { evidence?: boolean; status?: 'dat' | 'khong-dat'; skip?: string[] } = {}): Dossier {
  const d = newDossier({ id: '11111111-2222-4333-8444-555555555555', name: 'Xã Tân Hòa', criteriaSet: set.id, year: 2025, now });
  for (const item of dossierItems(set)) {
    if (opts.skip?.includes(item.key)) continue;
    const counts = Object.fromEntries(item.shares.map((s) => [s.id, { part: shares[s.id]?.[0] ?? null, whole: shares[s.id]?.[1] ?? null }]));
    d.answers[item.key] = { status: item.shares.length ? 'chua-danh-gia' : (opts.status ?? 'dat'), counts, note: '' };
  }
  if (opts.evidence !== false) d.evidence.push({ id: 'mc-1', title: 'Báo cáo năm', number: '', date: null, issuer: '', indicators: dossierItems(set).map((i) => i.key), file: null, url: '', note: '' });
  return d;
}
const mức1Shares: Record<string, [number, number]> = { 'cong-dan-hoc-tap': [600, 1000], 'dao-tao': [500, 1000], 'dai-hoc': [120, 1000] };

describe('a commune’s dossier under TT 25 cấp xã', () => {
  it('every mức 1 chỉ tiêu met, shares exactly at the thresholds: mức độ 1, and mức 2 names what is missing', () => {
    const v = dossierVerdict(xa, filled(xa, mức1Shares, { skip: ['tc4-tieu-hoc-muc-2', 'tc4-thcs-muc-2', 'tc4-xoa-mu-chu-muc-2'] }));
    expect(v.judged).toBe(true);
    expect(v.evaluation!.reached?.name).toBe('Mức độ 1');
    expect(v.evaluation!.next?.name).toBe('Mức độ 2');
    const standing = v.evaluation!.standing.map((i) => `${i.criterionNumber}.${i.number}`);
    expect(standing).toEqual(expect.arrayContaining(['4.2', '4.3', '4.4', '5.1', '5.2']));
  });
  it('mức 2’s raised shares and phổ cập levels give mức độ 2', () => {
    const v = dossierVerdict(xa, filled(xa, { 'cong-dan-hoc-tap': [800, 1000], 'dao-tao': [600, 1000], 'dai-hoc': [150, 1000] }));
    expect(v.evaluation!.reached?.name).toBe('Mức độ 2');
    expect(v.evaluation!.standing).toEqual([]);
  });
  it('59 % Công dân học tập: not reached, and Tiêu chí 5, chỉ tiêu 1 stands in the way', () => {
    const v = dossierVerdict(xa, filled(xa, { ...mức1Shares, 'cong-dan-hoc-tap': [590, 1000] }));
    expect(v.evaluation!.reached).toBeUndefined();
    expect(v.evaluation!.next?.name).toBe('Mức độ 1');
    expect(v.evaluation!.standing.map((i) => `Tiêu chí ${i.criterionNumber}, chỉ tiêu ${i.number}: ${i.verdict}`)).toEqual(['Tiêu chí 5, chỉ tiêu 1: khong-dat']);
  });
  it('the difficult-area flag moves 50 %/12 % to 40 %/10 %', () => {
    const d = filled(xa, { ...mức1Shares, 'dao-tao': [400, 1000], 'dai-hoc': [100, 1000] });
    expect(dossierVerdict(xa, d).evaluation!.reached).toBeUndefined();
    d.difficultArea = true;
    expect(dossierVerdict(xa, d).evaluation!.reached?.name).toBe('Mức độ 1');
  });
  it('a chỉ tiêu not yet answered leaves the level undecided, not failed', () => {
    const v = dossierVerdict(xa, filled(xa, mức1Shares, { skip: ['tc1-ke-hoach'] }));
    expect(v.evaluation!.levels[0]!.verdict).toBe('chua-danh-gia');
  });
});

describe('a unit’s dossier under TT 24 cấp huyện', () => {
  const unitShares = Object.fromEntries(dossierItems(unit).flatMap((i) => i.shares.map((s) => [s.id, [97, 100] as [number, number]])));
  it('with evidence for every chỉ tiêu and shares above mức 2, it reaches a level', () => {
    const d = filled(unit, unitShares);
    d.unitKinds = ['co-quan-cong-lap'];
    const v = dossierVerdict(unit, d);
    expect(v.error).toBeNull();
    expect(v.evaluation!.reached).toBeDefined();
    expect(v.withoutEvidence).toEqual([]);
  });
  it('a chỉ tiêu marked đạt without evidence counts không đạt and is flagged', () => {
    const d = filled(unit, unitShares, { evidence: false });
    d.unitKinds = ['co-quan-cong-lap'];
    const v = dossierVerdict(unit, d);
    expect(v.evaluation!.reached).toBeUndefined();
    const first = v.evaluation!.levels[0]!.criteria[0]!.indicators[0]!;
    expect([first.verdict, first.reason]).toEqual(['khong-dat', 'thieu-minh-chung']);
    expect(v.withoutEvidence).toContain(first.key);
  });
});

describe('the documents and the calendar', () => {
  it('the bản tổng hợp and the báo cáo name every chỉ tiêu with its result, and the verdict', () => {
    const d = filled(xa, { ...mức1Shares, 'cong-dan-hoc-tap': [590, 1000] });
    const v = dossierVerdict(xa, d);
    const docs = dossierDocuments(xa, d, v);
    expect(docs.map((x) => x.title)).toEqual(['Báo cáo tự đánh giá', 'Bản tổng hợp kết quả tự đánh giá', 'Tờ trình đề nghị công nhận (dự thảo)']);
    const text = (i: number) => docs[i]!.blocks.map((b) => (b.kind === 'table' ? b.rows.flat().join(' ') : b.text)).join('\n');
    for (const item of dossierItems(xa)) {
      expect(text(0)).toContain(item.text);
      expect(text(1)).toContain(item.text);
    }
    // The circular's date, as the criteria data hands it over (day, month and year apart).
    expect(text(0)).toContain('Thông tư 25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo.');
    expect(text(0)).toContain('Kết quả tự đánh giá: chưa đạt mức độ nào.');
    expect(text(1)).toContain('Kết quả tự đánh giá: chưa đạt mức độ nào.');
    const table = resultTable(xa, d, v).blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows.find((r) => r[0] === '5.1')).toEqual([
      '5.1',
      expect.stringContaining('590/1.000 = 59%'),
      'Không đạt',
      'MC-1 Báo cáo năm',
    ]);
    expect(text(2)).toContain('Kính gửi: Phòng Giáo dục và Đào tạo.');
  });
  it('the calendar of a 2025 dossier: data in 2025, file by 28/02/2026, decision by 31/03/2026, kept to the end of 2029', () => {
    const lines = calendarFor(procedureOf(xa)!, 2025, '2026-02-01');
    expect(lines).toEqual([
      { id: 'data', from: '2025-01-01', date: '2025-12-31' },
      { id: 'file', date: '2026-02-28', daysLeft: 27, who: 'Phòng Giáo dục và Đào tạo' },
      { id: 'decision', date: '2026-03-31', daysLeft: 58, who: 'Trưởng phòng Giáo dục và Đào tạo' },
      { id: 'validity', from: '2027-01-01', date: '2029-12-31' },
    ]);
    expect(procedureOf(xa)!.districtBodies).toBe(true);
    // As the build's schema hands it over: days of the year as objects.
    const parsed = { ...procedureOf(xa)!, submit: { to: 'Phòng Giáo dục và Đào tạo', by: { month: 2, day: 28 } } };
    expect(calendarFor(parsed, 2025, '2026-02-01')[1]).toEqual({ id: 'file', date: '2026-02-28', daysLeft: 27, who: 'Phòng Giáo dục và Đào tạo' });
    const unitLines = calendarFor(procedureOf(unit)!, 2025, '2026-01-20');
    expect(unitLines.find((l) => l.id === 'file')).toMatchObject({ date: '2026-01-15', daysLeft: -5 });
  });
});
