/**
 * The engine on each rule shape the sources describe. The sets here are test
 * fixtures with made-up indicator names: they mirror the shape of a rule
 * (its points, pass mark, minimum, bands, levels), not its content.
 */
import { describe, expect, it } from 'vitest';
import { assertConsistent, checkCriteriaSet, evaluate, type Answers, type CriteriaSet } from './scoring';

const tenIndicators = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i + 1}`, text: `Chỉ số mẫu ${prefix}.${i + 1}`, points: 10 }));

/** Shape of Công dân học tập: 100 points, pass at 80, no indicator under 5. */
const citizen: CriteriaSet = {
  status: 'complete',
  missing: [],
  levels: [],
  scoring: { kind: 'points', total: 100, passMark: 80, minPerIndicator: 5 },
  criteria: [
    { id: 'a', name: 'Tiêu chí A', points: 40, indicators: tenIndicators('a', 4) },
    { id: 'b', name: 'Tiêu chí B', points: 40, indicators: tenIndicators('b', 4) },
    { id: 'c', name: 'Tiêu chí C', points: 20, indicators: tenIndicators('c', 2) },
  ],
};

/** Shape of the 2023 circulars: each indicator met or not, two levels. */
const twoLevels: CriteriaSet = {
  status: 'complete',
  missing: [],
  levels: [
    { id: 'muc-1', name: 'Mức độ 1' },
    { id: 'muc-2', name: 'Mức độ 2' },
  ],
  scoring: { kind: 'pass-fail' },
  criteria: [
    { id: 'tc1', name: 'Tiêu chí 1', indicators: [{ id: 'tc1-1', text: 'Chung cho hai mức' }, { id: 'tc1-2', text: 'Chung cho hai mức' }] },
    {
      id: 'tc2',
      name: 'Tiêu chí 2',
      indicators: [
        { id: 'tc2-m1', text: 'Yêu cầu mức 1', levels: ['muc-1'] },
        { id: 'tc2-m2', text: 'Yêu cầu cao hơn ở mức 2', levels: ['muc-2'] },
      ],
    },
  ],
};

/** Shape of the older 100-point scale with bands 85, 70, 50 (criteria 30, 30, 40). */
const banded: CriteriaSet = {
  status: 'complete',
  missing: [],
  levels: [],
  scoring: {
    kind: 'points',
    total: 100,
    bands: [
      { name: 'Tốt', min: 85 },
      { name: 'Khá', min: 70 },
      { name: 'Trung bình', min: 50 },
    ],
  },
  criteria: [
    { id: 'tc1', name: 'Điều kiện', points: 30, indicators: tenIndicators('tc1', 3) },
    { id: 'tc2', name: 'Kết quả', points: 30, indicators: tenIndicators('tc2', 3) },
    { id: 'tc3', name: 'Tác động', points: 40, indicators: tenIndicators('tc3', 4) },
  ],
};

const allAt = (set: CriteriaSet, value: number, except: Answers = {}): Answers => ({
  ...Object.fromEntries(set.criteria.flatMap((c) => c.indicators.map((i) => [i.id, value]))),
  ...except,
});

describe('points with a pass mark and a minimum per indicator (Công dân học tập shape)', () => {
  it('the fixture itself is consistent', () => expect(checkCriteriaSet(citizen)).toEqual([]));
  it('80 of 100 with every indicator at 5 or more reaches the title', () => {
    const answers = allAt(citizen, 8);
    const r = evaluate(citizen, answers);
    expect(r.mode).toBe('points');
    expect(r.score).toBe(80);
    expect(r.max).toBe(100);
    expect(r.verdict).toEqual({ kind: 'reached' });
    expect(r.criteria.map((c) => [c.id, c.score, c.max])).toEqual([
      ['a', 32, 40],
      ['b', 32, 40],
      ['c', 16, 20],
    ]);
  });
  it('79 points falls one short', () => {
    const r = evaluate(citizen, allAt(citizen, 8, { 'c-2': 7 }));
    expect(r.score).toBe(79);
    expect(r.verdict).toEqual({ kind: 'not-reached', pointsShort: 1, belowMinimum: [], remaining: [] });
  });
  it('a total above 80 still fails when one indicator is under 5', () => {
    const r = evaluate(citizen, allAt(citizen, 10, { 'b-3': 4 }));
    expect(r.score).toBe(94);
    expect(r.verdict).toMatchObject({ kind: 'not-reached', belowMinimum: ['b-3'], pointsShort: undefined });
    expect(r.criteria.find((c) => c.id === 'b')?.remaining).toEqual(['b-3']);
  });
  it('an unanswered indicator counts as 0 and as under the minimum', () => {
    const answers = allAt(citizen, 10);
    delete answers['a-1'];
    const r = evaluate(citizen, answers);
    expect(r.score).toBe(90);
    expect(r.verdict).toMatchObject({ kind: 'not-reached', belowMinimum: ['a-1'] });
  });
  it('refuses a score above the indicator maximum instead of clipping it', () => {
    expect(() => evaluate(citizen, allAt(citizen, 8, { 'a-1': 11 }))).toThrow(/a-1.*0–10/);
  });
});

describe('pass/fail per indicator with two levels (2023 circulars shape)', () => {
  it('the fixture itself is consistent', () => expect(checkCriteriaSet(twoLevels)).toEqual([]));
  it('nothing ticked: level 1 not reached, and every level-1 indicator remains', () => {
    const r = evaluate(twoLevels, {});
    expect(r.mode).toBe('checklist');
    expect(r.verdict).toEqual({ kind: 'not-reached', target: 'Mức độ 1', belowMinimum: [], remaining: ['tc1-1', 'tc1-2', 'tc2-m1'] });
  });
  it('the common and level-1 indicators reach level 1', () => {
    const r = evaluate(twoLevels, { 'tc1-1': true, 'tc1-2': true, 'tc2-m1': true });
    expect(r.verdict).toEqual({ kind: 'reached', level: 'Mức độ 1' });
    expect(r.criteria.map((c) => [c.id, c.met, c.remaining])).toEqual([
      ['tc1', ['tc1-1', 'tc1-2'], []],
      ['tc2', ['tc2-m1'], ['tc2-m2']],
    ]);
  });
  it('the higher level-2 indicator as well reaches level 2', () => {
    const r = evaluate(twoLevels, { 'tc1-1': true, 'tc1-2': true, 'tc2-m1': true, 'tc2-m2': true });
    expect(r.verdict).toEqual({ kind: 'reached', level: 'Mức độ 2' });
  });
  it('one common indicator missing blocks both levels', () => {
    const r = evaluate(twoLevels, { 'tc1-1': true, 'tc2-m1': true, 'tc2-m2': true });
    expect(r.verdict).toMatchObject({ kind: 'not-reached', target: 'Mức độ 1', remaining: ['tc1-2'] });
  });
});

describe('the older 100-point scale with bands 85, 70, 50', () => {
  it('the fixture itself is consistent', () => expect(checkCriteriaSet(banded)).toEqual([]));
  it.each([
    [100, 'Tốt'],
    [85, 'Tốt'],
    [84, 'Khá'],
    [70, 'Khá'],
    [69, 'Trung bình'],
    [50, 'Trung bình'],
  ])('%i points is graded %s', (total, band) => {
    // Fill indicators in order until the total is reached.
    const answers: Answers = {};
    let left = total;
    for (const i of banded.criteria.flatMap((c) => c.indicators)) {
      answers[i.id] = Math.min(10, left);
      left -= answers[i.id] as number;
    }
    const r = evaluate(banded, answers);
    expect(r.score).toBe(total);
    expect(r.verdict).toEqual({ kind: 'reached', level: band });
  });
  it('49 points is below the lowest band, one point short', () => {
    const r = evaluate(banded, allAt(banded, 5, { 'tc3-4': 4 }));
    expect(r.score).toBe(49);
    expect(r.verdict).toEqual({ kind: 'not-reached', target: 'Trung bình', pointsShort: 1, belowMinimum: [], remaining: [] });
  });
});

describe('no verdict without a complete, sourced rule', () => {
  it('a partial set is a checklist that says it gives no verdict', () => {
    const partial: CriteriaSet = { ...citizen, status: 'partial', missing: ['cấu trúc chỉ số'] };
    const r = evaluate(partial, { 'a-1': true, 'a-2': true });
    expect(r.mode).toBe('checklist');
    expect(r.verdict).toEqual({ kind: 'none', reason: 'partial' });
    expect(r.criteria[0]).toMatchObject({ met: ['a-1', 'a-2'], remaining: ['a-3', 'a-4'] });
  });
  it('a complete set without a scoring rule gives no verdict, and is itself reported as inconsistent', () => {
    const { scoring: _, ...noRule } = twoLevels;
    expect(evaluate(noRule, { 'tc1-1': true }).verdict).toEqual({ kind: 'none', reason: 'no-rule' });
    expect(checkCriteriaSet(noRule).map((p) => p.path.join('.'))).toEqual(['scoring']);
  });
});

describe('inconsistent criteria files are rejected', () => {
  const paths = (set: CriteriaSet) => checkCriteriaSet(set).map((p) => `${p.path.join('.')}: ${p.message}`);

  it('a pass mark above the total', () => {
    const bad: CriteriaSet = { ...citizen, scoring: { kind: 'points', total: 100, passMark: 120 } };
    expect(paths(bad)).toEqual(['scoring.passMark: điểm đạt 120 cao hơn tổng điểm 100']);
  });
  it('criteria points that do not add up to the total', () => {
    const bad: CriteriaSet = { ...banded, criteria: banded.criteria.map((c) => (c.id === 'tc3' ? { ...c, points: 30, indicators: tenIndicators('tc3', 3) } : c)) };
    expect(paths(bad)).toEqual(['scoring.total: điểm các tiêu chí cộng lại 90, không bằng tổng điểm 100']);
  });
  it('indicator points that do not add up to their criterion', () => {
    const bad: CriteriaSet = { ...citizen, criteria: citizen.criteria.map((c) => (c.id === 'c' ? { ...c, points: 25 } : c)) };
    expect(paths(bad)).toContain('criteria.2.points: điểm các chỉ số của tiêu chí "c" cộng lại 20, không bằng 25');
  });
  it('known points exceeding the total even in a partial set', () => {
    const bad: CriteriaSet = {
      status: 'partial',
      missing: ['chỉ số'],
      levels: [],
      scoring: { kind: 'points', total: 50, passMark: 40 },
      criteria: [{ id: 'x', name: 'X', points: 60, indicators: [] }],
    };
    expect(paths(bad)).toEqual(['scoring.total: điểm các tiêu chí cộng lại 60, không bằng tổng điểm 50']);
  });
  it('bands out of order or above the total', () => {
    const bad: CriteriaSet = { ...banded, scoring: { kind: 'points', total: 100, bands: [{ name: 'Khá', min: 70 }, { name: 'Tốt', min: 105 }] } };
    expect(paths(bad)).toEqual([
      'scoring.bands.1.min: mức "Tốt" cần 105 điểm, cao hơn tổng điểm 100',
      'scoring.bands.1.min: các mức xếp loại phải xếp từ cao xuống thấp',
    ]);
  });
  it('a partial set that does not say what is missing, and a complete one that does', () => {
    expect(paths({ ...twoLevels, status: 'partial' })).toEqual(['missing: bộ tiêu chí chưa đầy đủ (partial) phải nêu còn thiếu gì (missing)']);
    expect(paths({ ...twoLevels, missing: ['x'] })).toEqual(['status: bộ tiêu chí còn thiếu (missing) thì không thể là complete']);
  });
  it('an indicator naming a level that does not exist, and a duplicate id', () => {
    const bad: CriteriaSet = {
      ...twoLevels,
      criteria: [{ id: 'tc1', name: 'T', indicators: [{ id: 'x', text: 'x', levels: ['muc-3'] }, { id: 'x', text: 'y' }] }],
    };
    expect(paths(bad)).toEqual(['criteria.0.indicators.0.levels: mức độ "muc-3" không có trong levels', 'criteria.0.indicators.1.id: mã chỉ số "x" bị trùng']);
  });
  it('assertConsistent names the file', () => {
    const bad: CriteriaSet = { ...citizen, scoring: { kind: 'points', total: 100, passMark: 120 } };
    expect(() => assertConsistent(bad, 'content/criteria/sai.yaml')).toThrow(/^content\/criteria\/sai\.yaml: .*\n {2}scoring\.passMark: điểm đạt 120/);
    expect(() => assertConsistent(citizen, 'content/criteria/dung.yaml')).not.toThrow();
  });
});
