import { describe, expect, it } from 'vitest';
import { describeEvaluation, describeRule, hasSelfCheck, indicatorAnchor, mergeSources, selfCheckReport, type NamedCriteriaSet } from './criteria';
import { evaluate } from './scoring';

/** Test fixture shaped like a two-level pass/fail rule; the names are made up. */
const set: NamedCriteriaSet = {
  id: 'bo-mau',
  name: 'Bộ tiêu chí mẫu',
  titleName: 'Danh hiệu mẫu',
  legalSource: 'Thông tư 1/TT-MAU',
  status: 'complete',
  missing: [],
  levels: [
    { id: 'muc-1', name: 'Mức độ 1' },
    { id: 'muc-2', name: 'Mức độ 2' },
  ],
  scoring: { kind: 'pass-fail' },
  criteria: [
    { id: 'tc1', name: 'Điều kiện', indicators: [{ id: 'a', text: 'Có kế hoạch.' }, { id: 'b', text: 'Có ngân sách.' }] },
    { id: 'tc2', name: 'Tác động', indicators: [{ id: 'c', text: 'Có báo cáo.', levels: ['muc-2'] }] },
    { id: 'tc3', name: 'Chưa biết', indicators: [] },
  ],
};

describe('describeRule', () => {
  it('says how each rule shape concludes, numbers in vi-VN form', () => {
    expect(describeRule({ scoring: { kind: 'points', total: 100, passMark: 80, minPerIndicator: 5 } })).toBe(
      'Thang 100 điểm; đạt từ 80 điểm; không chỉ số nào dưới 5 điểm.',
    );
    expect(
      describeRule({ scoring: { kind: 'points', total: 100, bands: [{ name: 'Tốt', min: 85 }, { name: 'Khá', min: 70 }, { name: 'Trung bình', min: 50 }] } }),
    ).toBe('Thang 100 điểm; xếp loại Tốt từ 85, Khá từ 70, Trung bình từ 50 điểm.');
    expect(describeRule({ scoring: { kind: 'pass-fail' } })).toContain('đạt hoặc không đạt');
    expect(describeRule({})).toBe('Nguồn chưa cho biết cách kết luận (chưa xác minh).');
  });
});

describe('describeEvaluation', () => {
  it('lists progress per criterion, skips criteria with nothing to tick, and names the level reached', () => {
    expect(describeEvaluation(set, evaluate(set, { a: true, b: true }))).toEqual([
      'Tiêu chí 1: Điều kiện — đã đáp ứng mọi chỉ tiêu đã biết (2/2).',
      'Tiêu chí 2: Tác động — đã đáp ứng 0/1, còn 1 chỉ tiêu.',
      'Kết quả: đạt Mức độ 1.',
    ]);
  });
  it('says what keeps the first level out of reach', () => {
    expect(describeEvaluation(set, evaluate(set, { a: true })).at(-1)).toBe('Kết quả: chưa đạt Mức độ 1 (Còn lại: Có ngân sách.).');
  });
  it('gives the reason instead of a verdict for a partial set', () => {
    const lines = describeEvaluation(set, evaluate({ ...set, status: 'partial', missing: ['x'] }, { a: true }));
    expect(lines.at(-1)).toMatch(/^Phiếu này chỉ là danh sách để rà soát, không kết luận/);
  });
  it('shows points and the points still needed on a scored set', () => {
    const scored: NamedCriteriaSet = {
      ...set,
      levels: [],
      scoring: { kind: 'points', total: 20, passMark: 16, minPerIndicator: 5 },
      criteria: [{ id: 'tc1', name: 'Một', points: 20, indicators: [{ id: 'a', text: 'A.', points: 10 }, { id: 'b', text: 'B.', points: 10 }] }],
    };
    expect(describeEvaluation(scored, evaluate(scored, { a: 10, b: 4 }))).toEqual([
      'Tiêu chí 1: Một — Điểm 14/20; đã đáp ứng 1/2, còn 1 chỉ tiêu.',
      'Kết quả: chưa đạt (còn thiếu 2 điểm; chỉ số dưới mức tối thiểu: B.).',
    ]);
  });
});

describe('selfCheckReport', () => {
  it('is a plain-text record of what was ticked, the result and where it came from', () => {
    const answers = { a: true };
    const text = selfCheckReport(set, answers, evaluate(set, answers), new Date(2026, 10, 23, 9, 5), 'http://127.0.0.1:4321/danh-hieu/mau/');
    expect(text.split('\n').slice(0, 11)).toEqual([
      'Phiếu tự kiểm tra: Danh hiệu mẫu',
      'Bộ tiêu chí mẫu',
      'Văn bản ban hành: Thông tư 1/TT-MAU',
      'Lập lúc: 23/11/2026 09:05',
      'http://127.0.0.1:4321/danh-hieu/mau/',
      '',
      'Tiêu chí 1: Điều kiện',
      '  [x] Có kế hoạch.',
      '  [ ] Có ngân sách.',
      '',
      'Tiêu chí 2: Tác động',
    ]);
    expect(text).toContain('Kết quả: chưa đạt Mức độ 1');
    expect(text).toContain('không thay cho việc đánh giá, công nhận chính thức');
    expect(text).not.toContain('Chưa biết');
  });
});

describe('small helpers', () => {
  it('anchors are unique per set', () => expect(indicatorAnchor('tt24-huyen', 'tc1-1')).toBe('tt24-huyen-tc1-1'));
  it('a self-check needs an indicator', () => {
    expect(hasSelfCheck(set)).toBe(true);
    expect(hasSelfCheck({ criteria: [{ id: 'x', name: 'X', indicators: [] }] })).toBe(false);
  });
  it('merges sources by address, else by name, keeping the first', () => {
    const a = { name: 'Một', url: 'https://a.vn/' };
    expect(mergeSources([a, { name: 'Hai' }], [{ name: 'Một (bản khác)', url: 'https://a.vn/' }, { name: 'Hai' }, { name: 'Ba' }])).toEqual([
      a,
      { name: 'Hai' },
      { name: 'Ba' },
    ]);
  });
});
