/**
 * The law's rule on the real criteria sets, read from content/criteria and
 * parsed by the schema exactly as the build parses them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { criteriaSchema, type CriteriaData } from '../../schemas/criteria';
import type { SchemaContext } from '../../schemas/fields';
import { answerKeys, CriteriaInputError, evaluateLaw, isLawRule, type Answers, type LawEvaluation } from './rule';

const ctx: SchemaContext = {
  ref: (collection) => z.string().transform((id) => ({ id, collection })),
  image: () => z.string(),
};
const readSet = (file: string): CriteriaData =>
  criteriaSchema(ctx).parse(load(readFileSync(resolve(import.meta.dirname, '../../../content/criteria', file), 'utf8')));

const xa = readSet('cong-dong-hoc-tap-cap-xa-tt-25.yaml');

/** Every plain chỉ tiêu of the levels named marked met (share chỉ tiêu take counts instead). */
function allMet(set: CriteriaData, levelIds: string[], extra: Answers = {}): Answers {
  const answers: Answers = {};
  for (const c of set.criteria)
    for (const i of c.indicators)
      for (const level of levelIds) {
        const change = i.changes?.find((ch) => ch.level === level);
        if (i.levels && !i.levels.includes(level)) continue;
        if ((change?.shares ?? i.shares) === undefined) answers[change?.id ?? i.id] = { met: true, evidence: true };
      }
  return { ...answers, ...extra };
}

const place = (e: LawEvaluation) => e.standing.map((i) => `Tiêu chí ${i.criterionNumber}, chỉ tiêu ${i.number}`);

describe('Cộng đồng học tập cấp xã (TT 25, Điều 6–8)', () => {
  it('is a law rule with two levels, five tiêu chí, and asks 18 answers (15 chỉ tiêu of mức 1, 3 reworded at mức 2)', () => {
    expect(isLawRule(xa)).toBe(true);
    expect(xa.levels.map((l) => l.name)).toEqual(['Mức độ 1', 'Mức độ 2']);
    expect(xa.criteria.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(answerKeys(xa)).toHaveLength(18);
  });

  it('every mức 1 chỉ tiêu met, shares exactly at the thresholds (60 %, 50 %, 12 %): mức độ 1', () => {
    const e = evaluateLaw(
      xa,
      {},
      allMet(xa, ['muc-1'], {
        'tc5-cong-dan-hoc-tap': { numerator: 600, denominator: 1000 },
        'tc5-trinh-do': { shares: { 'dao-tao': { numerator: 500, denominator: 1000 }, 'dai-hoc': { numerator: 120, denominator: 1000 } } },
      }),
    );
    expect(e.reached?.name).toBe('Mức độ 1');
    expect(e.next?.name).toBe('Mức độ 2');
    const tc5 = e.levels[0]!.criteria[4]!;
    expect(tc5.verdict).toBe('dat');
    expect(tc5.indicators[0]!.shares[0]).toMatchObject({ share: 60, threshold: 60, met: true, variant: 'chung' });
    expect(tc5.indicators[1]!.shares.map((s) => [s.share, s.threshold])).toEqual([
      [50, 50],
      [12, 12],
    ]);
    // What stands before mức 2: the phổ cập levels not yet answered and the shares below 80 %, 60 %, 15 %.
    expect(place(e)).toEqual([
      'Tiêu chí 4, chỉ tiêu 2',
      'Tiêu chí 4, chỉ tiêu 3',
      'Tiêu chí 4, chỉ tiêu 4',
      'Tiêu chí 5, chỉ tiêu 1',
      'Tiêu chí 5, chỉ tiêu 2',
    ]);
    expect(e.standing.find((i) => i.key === 'tc5-cong-dan-hoc-tap')).toMatchObject({ verdict: 'khong-dat' });
    expect(e.standing.find((i) => i.key === 'tc4-tieu-hoc-muc-2')).toMatchObject({ verdict: 'chua-danh-gia' });
  });

  it('one short of a threshold is không đạt (599 of 1,000 is below 60 %); 3 of 5 is exactly 60 %', () => {
    const at = (n: number, d: number) =>
      evaluateLaw(xa, {}, allMet(xa, ['muc-1'], { 'tc5-cong-dan-hoc-tap': { numerator: n, denominator: d } })).levels[0]!.criteria[4]!.indicators[0]!.verdict;
    expect(at(599, 1000)).toBe('khong-dat');
    expect(at(3, 5)).toBe('dat');
  });

  it('mức 2’s raised shares (80 %, 60 %, 15 %) and phổ cập levels (tiểu học, THCS mức 3; xóa mù chữ mức 2): mức độ 2', () => {
    const e = evaluateLaw(
      xa,
      {},
      allMet(xa, ['muc-1', 'muc-2'], {
        'tc5-cong-dan-hoc-tap': { numerator: 80, denominator: 100 },
        'tc5-trinh-do': { shares: { 'dao-tao': { numerator: 60, denominator: 100 }, 'dai-hoc': { numerator: 15, denominator: 100 } } },
      }),
    );
    expect(e.reached?.name).toBe('Mức độ 2');
    expect(e.next).toBeUndefined();
    expect(e.standing).toEqual([]);
    expect(e.levels[1]!.criteria[3]!.indicators.map((i) => i.key)).toEqual(['tc4-mam-non', 'tc4-tieu-hoc-muc-2', 'tc4-thcs-muc-2', 'tc4-xoa-mu-chu-muc-2']);
    expect(e.levels[1]!.criteria[4]!.indicators[1]!.shares.map((s) => s.threshold)).toEqual([60, 15]);
  });

  it('mức 2 shares without mức 2 phổ cập levels stay at mức độ 1, naming Tiêu chí 4', () => {
    const e = evaluateLaw(
      xa,
      {},
      allMet(xa, ['muc-1'], {
        'tc4-tieu-hoc-muc-2': { met: false },
        'tc5-cong-dan-hoc-tap': { numerator: 80, denominator: 100 },
        'tc5-trinh-do': { shares: { 'dao-tao': { numerator: 60, denominator: 100 }, 'dai-hoc': { numerator: 15, denominator: 100 } } },
      }),
    );
    expect(e.reached?.name).toBe('Mức độ 1');
    expect(place(e)).toEqual(['Tiêu chí 4, chỉ tiêu 2', 'Tiêu chí 4, chỉ tiêu 3', 'Tiêu chí 4, chỉ tiêu 4']);
  });

  it('59 % Công dân học tập: chưa đạt, and the one chỉ tiêu standing is Tiêu chí 5, chỉ tiêu 1', () => {
    const e = evaluateLaw(
      xa,
      {},
      allMet(xa, ['muc-1'], {
        'tc5-cong-dan-hoc-tap': { numerator: 59, denominator: 100 },
        'tc5-trinh-do': { shares: { 'dao-tao': { numerator: 50, denominator: 100 }, 'dai-hoc': { numerator: 12, denominator: 100 } } },
      }),
    );
    expect(e.reached).toBeUndefined();
    expect(e.next?.name).toBe('Mức độ 1');
    expect(e.levels[0]!.verdict).toBe('khong-dat');
    expect(e.levels[0]!.criteria.map((c) => c.verdict)).toEqual(['dat', 'dat', 'dat', 'dat', 'khong-dat']);
    expect(place(e)).toEqual(['Tiêu chí 5, chỉ tiêu 1']);
    expect(e.standing[0]!.shares[0]).toMatchObject({ share: 59, threshold: 60, met: false });
  });

  it('the difficult-area flag moves 50 %/12 % to 40 %/10 % at mức 1, and 60 %/15 % to 50 %/12 % at mức 2', () => {
    const answers = allMet(xa, ['muc-1', 'muc-2'], {
      'tc5-cong-dan-hoc-tap': { numerator: 80, denominator: 100 },
      'tc5-trinh-do': { shares: { 'dao-tao': { numerator: 40, denominator: 100 }, 'dai-hoc': { numerator: 10, denominator: 100 } } },
    });
    const plain = evaluateLaw(xa, {}, answers);
    expect(plain.reached).toBeUndefined();
    expect(place(plain)).toEqual(['Tiêu chí 5, chỉ tiêu 2']);

    const difficult = evaluateLaw(xa, { difficultArea: true }, answers);
    expect(difficult.reached?.name).toBe('Mức độ 1');
    const m1 = difficult.levels[0]!.criteria[4]!.indicators[1]!.shares;
    expect(m1.map((s) => [s.threshold, s.variant, s.met])).toEqual([
      [40, 'vung-kho-khan', true],
      [10, 'vung-kho-khan', true],
    ]);
    const m2 = difficult.levels[1]!.criteria[4]!.indicators[1]!.shares;
    expect(m2.map((s) => [s.threshold, s.met])).toEqual([
      [50, false],
      [12, false],
    ]);

    const difficult2 = evaluateLaw(xa, { difficultArea: true }, {
      ...answers,
      'tc5-trinh-do': { shares: { 'dao-tao': { numerator: 50, denominator: 100 }, 'dai-hoc': { numerator: 12, denominator: 100 } } },
    });
    expect(difficult2.reached?.name).toBe('Mức độ 2');
  });

  it('nothing answered: no level, every chỉ tiêu of mức 1 still to assess', () => {
    const e = evaluateLaw(xa, {}, {});
    expect(e.reached).toBeUndefined();
    expect(e.levels[0]!.verdict).toBe('chua-danh-gia');
    expect(e.standing).toHaveLength(15);
    expect(e.standing.every((i) => i.verdict === 'chua-danh-gia')).toBe(true);
  });

  it('a chỉ tiêu answered không đạt makes its tiêu chí and the level không đạt even with others unanswered', () => {
    const e = evaluateLaw(xa, {}, { 'tc1-tuyen-truyen': { met: false } });
    expect(e.levels[0]!.criteria[0]!.verdict).toBe('khong-dat');
    expect(e.levels[0]!.verdict).toBe('khong-dat');
  });

  it('counts that cannot be are a Vietnamese error naming the chỉ tiêu, not a verdict', () => {
    const run = (counts: { numerator?: number; denominator?: number }) => () => evaluateLaw(xa, {}, { 'tc5-cong-dan-hoc-tap': counts });
    expect(run({ numerator: -1, denominator: 10 })).toThrow(CriteriaInputError);
    expect(run({ numerator: -1, denominator: 10 })).toThrow('Tiêu chí 5, chỉ tiêu 1: số “công dân trong xã đạt danh hiệu “Công dân học tập”” phải là số nguyên không âm');
    expect(run({ numerator: 2.5, denominator: 10 })).toThrow('phải là số nguyên không âm');
    expect(run({ numerator: 11, denominator: 10 })).toThrow('không thể lớn hơn số “công dân trong xã” (10)');
    expect(run({ numerator: 0, denominator: 0 })).toThrow('số “công dân trong xã” phải lớn hơn 0');
    expect(run({ numerator: Number.NaN, denominator: 10 })).toThrow(CriteriaInputError);
    // One count alone is not yet an answer.
    expect(evaluateLaw(xa, {}, { 'tc5-cong-dan-hoc-tap': { numerator: 5 } }).levels[0]!.criteria[4]!.indicators[0]!.verdict).toBe('chua-danh-gia');
  });

  it('options the set does not know are refused', () => {
    expect(() => evaluateLaw(xa, { unitKinds: ['to-chuc-kinh-te'] }, {})).toThrow('Loại đơn vị “to-chuc-kinh-te” không có trong bộ tiêu chí này.');
  });
});

describe('Đơn vị học tập cấp huyện (TT 24, Điều 6–9)', () => {
  const dv = readSet('don-vi-hoc-tap-cap-huyen-tt-24.yaml');
  const shares90 = {
    'tc2-ky-luat': { numerator: 9, denominator: 10, evidence: true },
    'tc2-hoan-thanh': { numerator: 9, denominator: 10, evidence: true },
    'tc2-chuyen-doi-so': { numerator: 9, denominator: 10, evidence: true },
    'tc2-ngoai-ngu': { numerator: 5, denominator: 10, evidence: true },
    'tc2-lao-dong-tien-tien': { numerator: 9, denominator: 10, evidence: true },
    'tc3-cong-dan-hoc-tap': { numerator: 9, denominator: 10, evidence: true },
  };

  it('requires evidence and lists the unit kinds the law names', () => {
    expect(dv.scoring).toMatchObject({ kind: 'pass-fail', evidenceRequired: true });
    expect(dv.subjectOptions.map((o) => o.id)).toEqual(['co-quan-cong-lap', 'to-chuc-kinh-te', 'co-so-giao-duc', 'co-so-gd-pho-thong', 'co-so-gdnn']);
    expect(dv.definitions.map((d) => d.term)).toContain('Thành viên trong đơn vị');
    expect(dv.definitions.map((d) => d.term)).toContain('Người học');
  });

  it('a public body, every mức 1 chỉ tiêu met with evidence, shares at 90 % and 50 %: mức độ 1; school-only chỉ tiêu do not apply', () => {
    const e = evaluateLaw(dv, { unitKinds: ['co-quan-cong-lap'] }, allMet(dv, ['muc-1'], shares90));
    expect(e.reached?.name).toBe('Mức độ 1');
    const tc3 = e.levels[0]!.criteria[2]!.indicators;
    expect(tc3.map((i) => [i.number, i.verdict])).toEqual([
      [1, 'dat'],
      [2, 'dat'],
      [3, 'dat'],
      [4, 'khong-ap-dung'],
      [5, 'khong-ap-dung'],
    ]);
  });

  it('a chỉ tiêu marked met with no evidence is không đạt, and the level is not reached', () => {
    const answers = allMet(dv, ['muc-1'], { ...shares90, 'tc1-ke-hoach': { met: true, evidence: false } });
    const e = evaluateLaw(dv, { unitKinds: ['co-quan-cong-lap'] }, answers);
    expect(e.reached).toBeUndefined();
    expect(e.standing).toHaveLength(1);
    expect(e.standing[0]).toMatchObject({ criterionNumber: 1, number: 1, verdict: 'khong-dat', reason: 'thieu-minh-chung' });
    // A share at its threshold without evidence is không đạt too.
    const noProof = evaluateLaw(dv, { unitKinds: ['co-quan-cong-lap'] }, { ...answers, 'tc1-ke-hoach': { met: true, evidence: true }, 'tc2-ky-luat': { numerator: 9, denominator: 10 } });
    expect(noProof.standing.map((i) => [i.key, i.reason])).toEqual([['tc2-ky-luat', 'thieu-minh-chung']]);
  });

  it('an economic organisation is not held to the language chỉ tiêu; an educational establishment counts 95 % of Người học', () => {
    const firm = evaluateLaw(dv, { unitKinds: ['to-chuc-kinh-te'] }, {});
    expect(firm.levels[0]!.criteria[1]!.indicators[3]!.verdict).toBe('khong-ap-dung');
    // Not a public body: the budget chỉ tiêu (Tiêu chí 1, chỉ tiêu 3) does not apply.
    expect(firm.levels[0]!.criteria[0]!.indicators[2]!.verdict).toBe('khong-ap-dung');

    const school = evaluateLaw(dv, { unitKinds: ['co-so-giao-duc', 'co-so-gd-pho-thong'] }, { 'tc3-cong-dan-hoc-tap': { numerator: 94, denominator: 100, evidence: true } });
    const cdht = school.levels[0]!.criteria[2]!.indicators[0]!;
    expect(cdht.shares[0]).toMatchObject({ threshold: 95, numeratorLabel: 'Người học đạt danh hiệu “Công dân học tập”', denominatorLabel: 'Người học', variant: 'don-vi', met: false });
    expect(cdht.verdict).toBe('khong-dat');
    expect(school.levels[1]!.criteria[2]!.indicators[0]!.shares[0]!.threshold).toBe(97);
    expect(school.levels[0]!.criteria[2]!.indicators[3]!.verdict).toBe('chua-danh-gia');
  });

  it('mức 2 raises the shares to 95 % and 70 %, and limits the collective-title chỉ tiêu to public bodies', () => {
    const m2 = evaluateLaw(dv, { unitKinds: ['to-chuc-kinh-te'] }, {}).levels[1]!;
    expect(m2.criteria[1]!.indicators.map((i) => i.shares[0]!.threshold)).toEqual([95, 95, 95, 70, 95]);
    expect(m2.criteria[2]!.indicators[2]!.verdict).toBe('khong-ap-dung');
    expect(m2.criteria[1]!.indicators[3]!.key).toBe('tc2-ngoai-ngu-muc-2');
  });
});

describe('the other complete sets parse as law rules', () => {
  for (const [file, chiTieu] of [
    ['cong-dong-hoc-tap-cap-huyen-tt-25.yaml', 13],
    ['cong-dong-hoc-tap-cap-tinh-tt-25.yaml', 16],
    ['don-vi-hoc-tap-cap-tinh-tt-24.yaml', 16],
  ] as const) {
    it(`${file}: ${chiTieu} chỉ tiêu at mức 1, none met without answers`, () => {
      const set = readSet(file);
      expect(set.status).toBe('complete');
      const e = evaluateLaw(set, {}, {});
      expect(e.levels[0]!.criteria.flatMap((c) => c.indicators)).toHaveLength(chiTieu);
      expect(e.reached).toBeUndefined();
    });
  }
});
