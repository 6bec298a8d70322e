/**
 * The law's rule for the 2023 circulars (Thông tư 25/2023 "Cộng đồng học
 * tập", Thông tư 24/2023 "Đơn vị học tập"), evaluated: one rule, one place.
 * The guides' self-check and the evaluation tool both call it.
 *
 * API (pure, no Astro):
 *   evaluateLaw(set, options, answers) → LawEvaluation
 *   - set: a parsed criteria set (`LawSet`: levels, criteria → indicators,
 *     share indicators as data, unit-only indicators as data).
 *   - options: { difficultArea?: boolean; unitKinds?: string[] } — the
 *     subject: a xã thuộc vùng khó khăn; which kinds of unit it is (ids from
 *     the set's `subjectOptions`).
 *   - answers: per answer key (`answerKey(indicator, level)`), `{ met }` for
 *     a plain indicator, `{ numerator, denominator }` for a one-share
 *     indicator, `{ shares: { <shareId>: { numerator, denominator } } }` for
 *     several, plus `{ evidence }` where the set requires evidence (TT 24).
 *   - result: per level → per tiêu chí → per chỉ tiêu a verdict ('dat',
 *     'khong-dat', 'chua-danh-gia', or 'khong-ap-dung' for a chỉ tiêu that
 *     names kinds of unit the subject is not), with each share computed and
 *     the threshold used; the level reached (or none), the next level and the
 *     chỉ tiêu standing between the subject and it.
 *   Counts that cannot be (negative, not whole, part above whole, empty
 *   whole) throw `CriteriaInputError` with a Vietnamese message, never a verdict.
 *
 * The rule (TT 25 Điều 8, 13, 18; TT 24 Điều 8–9, 14–15): a level is reached
 * when every tiêu chí of that level is met; a tiêu chí when every chỉ tiêu is
 * met; each is đạt or không đạt, no points. Under TT 24 a chỉ tiêu without
 * suitable evidence (minh chứng) is không đạt. Shares compare in whole
 * numbers (numerator × 100 ≥ threshold × denominator), so 60 % of 5 is
 * exactly 3, never a floating-point near miss.
 */

/** A share indicator's measure: what is counted over what, and the least share that passes. */
export interface Share {
  id: string;
  /** Least share that passes, in per cent. */
  threshold: number;
  /** What is counted, e.g. "công dân đạt danh hiệu “Công dân học tập”". */
  numerator: string;
  /** Over what, e.g. "công dân trong xã". */
  denominator: string;
  /** The lower threshold for a xã thuộc vùng khó khăn. */
  difficultArea?: { threshold: number } | undefined;
  /** A different measure for some kinds of unit (e.g. educational establishments count Người học). */
  units?: { units: string[]; threshold: number; numerator: string; denominator: string }[] | undefined;
}

/** How an indicator reads at a higher level (mức độ 2), where the law changes it. */
export interface IndicatorChange {
  level: string;
  /** Its own answer key, where the change is a different requirement to answer on its own. */
  id?: string | undefined;
  /** The same requirement as at mức 1, only worded differently: one answer serves both. */
  sameAnswer?: boolean | undefined;
  point?: string | undefined;
  text: string;
  shares?: Share[] | undefined;
  appliesTo?: string[] | undefined;
  notFor?: string[] | undefined;
}

export interface LawIndicator {
  id: string;
  number?: number | undefined;
  point?: string | undefined;
  text: string;
  /** Levels this indicator belongs to; absent means every level (an indicator added at mức 2 lists only it). */
  levels?: string[] | undefined;
  shares?: Share[] | undefined;
  /** Applies only to these kinds of unit. */
  appliesTo?: string[] | undefined;
  /** Does not apply to these kinds of unit. */
  notFor?: string[] | undefined;
  changes?: IndicatorChange[] | undefined;
}

export interface LawCriterion {
  id: string;
  number?: number | undefined;
  name: string;
  article?: number | undefined;
  clause?: number | undefined;
  /** The sentence referring to another article, where the law does not write the chỉ tiêu out here. */
  sameAs?: string | undefined;
  /** Where the chỉ tiêu are written, when the criterion refers to another article. */
  quotedFrom?: { article: number; clause: number } | undefined;
  /** The criterion's own article and heading at a higher level. */
  atLevels?:
    | {
        level: string;
        article?: number | undefined;
        clause?: number | undefined;
        name?: string | undefined;
        sameAs?: string | undefined;
        quotedFrom?: { article: number; clause: number } | undefined;
      }[]
    | undefined;
  indicators: LawIndicator[];
}

export interface SubjectOption {
  id: string;
  kind: 'vung-kho-khan' | 'don-vi';
  label: string;
}

export interface LawSet {
  levels: { id: string; name: string; article?: number | undefined }[];
  scoring?: { kind: string; evidenceRequired?: boolean | undefined } | undefined;
  subjectOptions?: SubjectOption[] | undefined;
  criteria: LawCriterion[];
}

export interface SubjectOptions {
  difficultArea?: boolean | undefined;
  unitKinds?: readonly string[] | undefined;
}

export interface Counts {
  numerator?: number | undefined;
  denominator?: number | undefined;
}

export interface Answer extends Counts {
  met?: boolean | undefined;
  shares?: Record<string, Counts> | undefined;
  evidence?: boolean | undefined;
}

export type Answers = Record<string, Answer | undefined>;

export type IndicatorVerdict = 'dat' | 'khong-dat' | 'chua-danh-gia' | 'khong-ap-dung';
export type GroupVerdict = 'dat' | 'khong-dat' | 'chua-danh-gia';

export interface ShareResult {
  id: string;
  numerator?: number | undefined;
  denominator?: number | undefined;
  /** numerator / denominator in per cent, when both counts are given. */
  share?: number | undefined;
  /** The threshold applied, in per cent. */
  threshold: number;
  numeratorLabel: string;
  denominatorLabel: string;
  /** Which measure applied: the general one, the difficult-area one or a unit kind's. */
  variant: 'chung' | 'vung-kho-khan' | 'don-vi';
  met?: boolean | undefined;
}

export interface IndicatorResult {
  /** The answer key this verdict was read from. */
  key: string;
  id: string;
  criterionNumber: number;
  number: number;
  text: string;
  verdict: IndicatorVerdict;
  shares: ShareResult[];
  /** Why không đạt although marked met: no evidence (TT 24). */
  reason?: 'thieu-minh-chung' | undefined;
}

export interface CriterionResult {
  id: string;
  number: number;
  name: string;
  verdict: GroupVerdict;
  indicators: IndicatorResult[];
}

export interface LevelResult {
  id: string;
  name: string;
  verdict: GroupVerdict;
  criteria: CriterionResult[];
}

export interface LawEvaluation {
  levels: LevelResult[];
  /** The highest level whose every tiêu chí is met. */
  reached?: { id: string; name: string } | undefined;
  /** The level above the one reached (the first, when none is). */
  next?: { id: string; name: string } | undefined;
  /** The chỉ tiêu of the next level not yet met (không đạt or not yet answered). */
  standing: IndicatorResult[];
}

/** A count that cannot be: the message says which chỉ tiêu and why, in Vietnamese. */
export class CriteriaInputError extends RangeError {
  override name = 'CriteriaInputError';
}

/** Does the rule engine apply: a pass/fail set with levels. */
export function isLawRule(set: Pick<LawSet, 'scoring' | 'levels'>): boolean {
  return set.scoring?.kind === 'pass-fail' && set.levels.length > 0;
}

/** The change that applies at a level, if any. */
export function changeAt(ind: LawIndicator, level: string): IndicatorChange | undefined {
  return ind.changes?.find((c) => c.level === level);
}

/** The key an indicator's answer is stored under at a level. */
export function answerKey(ind: LawIndicator, level: string): string {
  return changeAt(ind, level)?.id ?? ind.id;
}

/** Every answer key a set asks for, each once, in the order of the law. */
export function answerKeys(set: LawSet): string[] {
  const keys = new Set<string>();
  for (const level of set.levels) for (const c of set.criteria) for (const i of c.indicators) if (belongs(i, level.id)) keys.add(answerKey(i, level.id));
  return [...keys];
}

const belongs = (ind: LawIndicator, level: string) => !ind.levels || ind.levels.includes(level);

function applies(appliesTo: string[] | undefined, notFor: string[] | undefined, units: ReadonlySet<string>): boolean {
  if (appliesTo && !appliesTo.some((u) => units.has(u))) return false;
  if (notFor && notFor.some((u) => units.has(u))) return false;
  return true;
}

function checkCount(value: number | undefined, label: string, where: string): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || !Number.isInteger(value)) {
    throw new CriteriaInputError(`${where}: số “${label}” phải là số nguyên không âm (đã nhập ${String(value)}).`);
  }
}

function shareResult(share: Share, counts: Counts | undefined, options: SubjectOptions, units: ReadonlySet<string>, where: string): ShareResult {
  const unit = share.units?.find((u) => u.units.some((id) => units.has(id)));
  const variant: ShareResult['variant'] = unit ? 'don-vi' : options.difficultArea && share.difficultArea ? 'vung-kho-khan' : 'chung';
  const threshold = unit?.threshold ?? (variant === 'vung-kho-khan' ? share.difficultArea!.threshold : share.threshold);
  const numeratorLabel = unit?.numerator ?? share.numerator;
  const denominatorLabel = unit?.denominator ?? share.denominator;
  const { numerator, denominator } = counts ?? {};
  checkCount(numerator, numeratorLabel, where);
  checkCount(denominator, denominatorLabel, where);
  const base = { id: share.id, numerator, denominator, threshold, numeratorLabel, denominatorLabel, variant };
  if (numerator === undefined || denominator === undefined) return base;
  if (denominator === 0) throw new CriteriaInputError(`${where}: số “${denominatorLabel}” phải lớn hơn 0.`);
  if (numerator > denominator) {
    throw new CriteriaInputError(`${where}: số “${numeratorLabel}” (${numerator}) không thể lớn hơn số “${denominatorLabel}” (${denominator}).`);
  }
  return { ...base, share: (numerator * 100) / denominator, met: numerator * 100 >= threshold * denominator };
}

function group(verdicts: IndicatorVerdict[] | GroupVerdict[]): GroupVerdict {
  if (verdicts.some((v) => v === 'khong-dat')) return 'khong-dat';
  if (verdicts.every((v) => v === 'dat' || v === 'khong-ap-dung')) return 'dat';
  return 'chua-danh-gia';
}

/** Where an answer is about, for error messages: "Tiêu chí 5, chỉ tiêu 1". */
export function indicatorPlace(criterionNumber: number, indicatorNumber: number): string {
  return `Tiêu chí ${criterionNumber}, chỉ tiêu ${indicatorNumber}`;
}

export function evaluateLaw(set: LawSet, options: SubjectOptions, answers: Answers): LawEvaluation {
  const known = new Map((set.subjectOptions ?? []).map((o) => [o.id, o]));
  for (const u of options.unitKinds ?? []) {
    if (known.get(u)?.kind !== 'don-vi') throw new CriteriaInputError(`Loại đơn vị “${u}” không có trong bộ tiêu chí này.`);
  }
  if (options.difficultArea && ![...known.values()].some((o) => o.kind === 'vung-kho-khan')) {
    throw new CriteriaInputError('Bộ tiêu chí này không có quy định riêng cho vùng khó khăn.');
  }
  const units = new Set(options.unitKinds ?? []);
  const evidenceRequired = set.scoring?.evidenceRequired === true;

  const levels: LevelResult[] = set.levels.map((level) => {
    const criteria: CriterionResult[] = set.criteria.map((c, ci) => {
      const criterionNumber = c.number ?? ci + 1;
      const indicators = c.indicators
        .filter((i) => belongs(i, level.id))
        .map((ind, ii): IndicatorResult => {
          const change = changeAt(ind, level.id);
          const number = ind.number ?? ii + 1;
          const key = change?.id ?? ind.id;
          const where = indicatorPlace(criterionNumber, number);
          const answer = answers[key];
          const measures = change?.shares ?? ind.shares ?? [];
          const shares = measures.map((s) =>
            shareResult(s, measures.length > 1 ? answer?.shares?.[s.id] : (answer?.shares?.[s.id] ?? answer), options, units, where),
          );
          const base = { key, id: ind.id, criterionNumber, number, text: change?.text ?? ind.text, shares };
          const appliesHere = change?.appliesTo || change?.notFor ? applies(change.appliesTo, change.notFor, units) : applies(ind.appliesTo, ind.notFor, units);
          if (!appliesHere) return { ...base, verdict: 'khong-ap-dung' };
          let met: boolean | undefined;
          if (shares.length > 0) {
            met = shares.some((s) => s.met === false) ? false : shares.every((s) => s.met === true) ? true : undefined;
          } else met = answer?.met;
          if (met === undefined) return { ...base, verdict: 'chua-danh-gia' };
          if (met && evidenceRequired && answer?.evidence !== true) return { ...base, verdict: 'khong-dat', reason: 'thieu-minh-chung' };
          return { ...base, verdict: met ? 'dat' : 'khong-dat' };
        });
      const atLevel = c.atLevels?.find((a) => a.level === level.id);
      return { id: c.id, number: criterionNumber, name: atLevel?.name ?? c.name, verdict: group(indicators.map((i) => i.verdict)), indicators };
    });
    return { id: level.id, name: level.name, verdict: group(criteria.map((c) => c.verdict)), criteria };
  });

  const reachedIndex = levels.map((l) => l.verdict).lastIndexOf('dat');
  const reached = reachedIndex >= 0 ? levels[reachedIndex] : undefined;
  const nextLevel = levels[reachedIndex + 1];
  return {
    levels,
    reached: reached && { id: reached.id, name: reached.name },
    next: nextLevel && { id: nextLevel.id, name: nextLevel.name },
    standing: nextLevel ? nextLevel.criteria.flatMap((c) => c.indicators.filter((i) => i.verdict === 'khong-dat' || i.verdict === 'chua-danh-gia')) : [],
  };
}
