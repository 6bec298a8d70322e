/**
 * The scoring engine behind the self-check: given a criteria set and the
 * answers a household, unit or person ticked or scored, it says which
 * criteria are met, what remains and — only for a set marked complete with
 * a sourced rule — whether the result reaches a level.
 *
 * Pure TypeScript: the build uses it to reject inconsistent criteria files,
 * the browser island uses the same code, so the page and the engine never
 * disagree about a rule.
 */

export interface Indicator {
  id: string;
  text: string;
  /** Maximum points, where the source gives them. */
  points?: number | undefined;
  /** Recognition levels (ids of the set's `levels`) this indicator counts for; absent means every level. */
  levels?: string[] | undefined;
  /** Why a part of this indicator is not yet verified, shown next to it. */
  unverified?: string | undefined;
}

export interface Criterion {
  id: string;
  name: string;
  /** What the criterion covers, where the source describes it without listing indicators. */
  summary?: string | undefined;
  points?: number | undefined;
  indicators: Indicator[];
}

export interface RecognitionLevel {
  id: string;
  name: string;
}

export interface Band {
  name: string;
  /** Lowest total that reaches this band. */
  min: number;
}

export type ScoringRule =
  | {
      kind: 'points';
      total: number;
      /** Lowest total that passes; absent when the rule grades by bands only. */
      passMark?: number | undefined;
      /** No single indicator may score below this. */
      minPerIndicator?: number | undefined;
      /** Grades from the highest down, e.g. Tốt 85, Khá 70, Trung bình 50. */
      bands?: Band[] | undefined;
    }
  | {
      /** Each indicator is met or not; a level is reached when all its indicators are met. */
      kind: 'pass-fail';
    };

export interface CriteriaSet {
  status: 'complete' | 'partial';
  missing: string[];
  levels: RecognitionLevel[];
  scoring?: ScoringRule | undefined;
  criteria: Criterion[];
}

/** A ticked box is `true`; a scored indicator holds its points. */
export type Answers = Record<string, boolean | number | undefined>;

export interface Problem {
  path: (string | number)[];
  message: string;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Every way a criteria file can contradict itself. An empty list means the
 * rule can be applied; each problem names the field it is about.
 */
export function checkCriteriaSet(set: CriteriaSet): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Problem['path'], message: string) => problems.push({ path, message });

  if (set.status === 'partial' && set.missing.length === 0) {
    add(['missing'], 'bộ tiêu chí chưa đầy đủ (partial) phải nêu còn thiếu gì (missing)');
  }
  if (set.status === 'complete' && set.missing.length > 0) {
    add(['status'], 'bộ tiêu chí còn thiếu (missing) thì không thể là complete');
  }
  if (set.status === 'complete' && set.criteria.length === 0) {
    add(['criteria'], 'bộ tiêu chí đầy đủ (complete) phải có tiêu chí');
  }
  if (set.status === 'complete' && !set.scoring) {
    add(['scoring'], 'bộ tiêu chí đầy đủ (complete) phải có cách chấm (scoring) có nguồn; nếu nguồn không nêu, bộ tiêu chí là partial');
  }

  const levelIds = new Set(set.levels.map((l) => l.id));
  if (levelIds.size !== set.levels.length) add(['levels'], 'hai mức độ trùng mã (id)');

  const criterionIds = new Set<string>();
  const indicatorIds = new Set<string>();
  set.criteria.forEach((c, ci) => {
    if (criterionIds.has(c.id)) add(['criteria', ci, 'id'], `mã tiêu chí "${c.id}" bị trùng`);
    criterionIds.add(c.id);
    if (set.status === 'complete' && c.indicators.length === 0) {
      add(['criteria', ci, 'indicators'], `tiêu chí "${c.id}" của bộ đầy đủ phải có chỉ số`);
    }
    c.indicators.forEach((ind, ii) => {
      if (indicatorIds.has(ind.id)) add(['criteria', ci, 'indicators', ii, 'id'], `mã chỉ số "${ind.id}" bị trùng`);
      indicatorIds.add(ind.id);
      for (const l of ind.levels ?? []) {
        if (!levelIds.has(l)) add(['criteria', ci, 'indicators', ii, 'levels'], `mức độ "${l}" không có trong levels`);
      }
    });
    const known = c.indicators.map((i) => i.points).filter((p): p is number => p !== undefined);
    if (c.points !== undefined && known.length > 0) {
      const allKnown = known.length === c.indicators.length;
      const total = sum(known);
      if (allKnown && set.status === 'complete' && total !== c.points) {
        add(['criteria', ci, 'points'], `điểm các chỉ số của tiêu chí "${c.id}" cộng lại ${total}, không bằng ${c.points}`);
      } else if (total > c.points) {
        add(['criteria', ci, 'points'], `điểm các chỉ số của tiêu chí "${c.id}" cộng lại ${total}, vượt ${c.points}`);
      }
    }
  });

  const rule = set.scoring;
  if (rule?.kind === 'points') {
    if (rule.passMark === undefined && (rule.bands ?? []).length === 0) {
      add(['scoring'], 'thang điểm cần điểm đạt (passMark) hoặc các mức xếp loại (bands)');
    }
    if (rule.passMark !== undefined && rule.passMark > rule.total) {
      add(['scoring', 'passMark'], `điểm đạt ${rule.passMark} cao hơn tổng điểm ${rule.total}`);
    }
    (rule.bands ?? []).forEach((b, bi, all) => {
      if (b.min > rule.total) add(['scoring', 'bands', bi, 'min'], `mức "${b.name}" cần ${b.min} điểm, cao hơn tổng điểm ${rule.total}`);
      const prev = all[bi - 1];
      if (prev && b.min >= prev.min) add(['scoring', 'bands', bi, 'min'], 'các mức xếp loại phải xếp từ cao xuống thấp');
    });
    const criterionPoints = set.criteria.map((c) => c.points).filter((p): p is number => p !== undefined);
    const allCriteriaKnown = set.criteria.length > 0 && criterionPoints.length === set.criteria.length;
    const criteriaTotal = sum(criterionPoints);
    if (allCriteriaKnown && criteriaTotal !== rule.total) {
      add(['scoring', 'total'], `điểm các tiêu chí cộng lại ${criteriaTotal}, không bằng tổng điểm ${rule.total}`);
    } else if (criteriaTotal > rule.total) {
      add(['scoring', 'total'], `điểm các tiêu chí cộng lại ${criteriaTotal}, vượt tổng điểm ${rule.total}`);
    }
    set.criteria.forEach((c, ci) =>
      c.indicators.forEach((ind, ii) => {
        if (set.status === 'complete' && ind.points === undefined) {
          add(['criteria', ci, 'indicators', ii, 'points'], `chỉ số "${ind.id}" của bộ chấm điểm đầy đủ cần số điểm`);
        }
        if (rule.minPerIndicator !== undefined && ind.points !== undefined && ind.points < rule.minPerIndicator) {
          add(['criteria', ci, 'indicators', ii, 'points'], `chỉ số "${ind.id}" tối đa ${ind.points} điểm, thấp hơn mức tối thiểu ${rule.minPerIndicator}`);
        }
      }),
    );
    if (set.status === 'complete' && !allCriteriaKnown) {
      const indicatorTotal = sum(set.criteria.flatMap((c) => c.indicators.map((i) => i.points ?? 0)));
      if (indicatorTotal !== rule.total) {
        add(['scoring', 'total'], `điểm các chỉ số cộng lại ${indicatorTotal}, không bằng tổng điểm ${rule.total}`);
      }
    }
  }
  if (rule?.kind === 'pass-fail') {
    if (set.levels.length === 0) add(['levels'], 'cách chấm đạt/không đạt theo mức độ cần ít nhất một mức độ (levels)');
    if (set.status === 'complete') {
      for (const level of set.levels) {
        if (!indicatorsFor(set, level.id).length) add(['levels'], `mức độ "${level.id}" không có chỉ số nào`);
      }
    }
  }
  return problems;
}

/** Throws when a criteria file contradicts itself, naming the file and the field. */
export function assertConsistent(set: CriteriaSet, file: string): void {
  const problems = checkCriteriaSet(set);
  if (problems.length > 0) {
    throw new Error(`${file}: bộ tiêu chí không nhất quán:\n${problems.map((p) => `  ${p.path.join('.')}: ${p.message}`).join('\n')}`);
  }
}

function indicatorsFor(set: CriteriaSet, level: string): Indicator[] {
  return set.criteria.flatMap((c) => c.indicators.filter((i) => !i.levels || i.levels.includes(level)));
}

export interface CriterionResult {
  id: string;
  name: string;
  /** Indicators ticked, or scored at or above the minimum. */
  met: string[];
  /** Indicators not yet ticked or scored, or scored below the minimum. */
  remaining: string[];
  /** Points scored and available, when the set is scored. */
  score?: number | undefined;
  max?: number | undefined;
}

export type Verdict =
  /** No verdict: the set is partial, has no sourced rule, or lists no indicators. */
  | { kind: 'none'; reason: 'partial' | 'no-rule' }
  /** `level` names the band or recognition level reached; absent for a plain pass mark. */
  | { kind: 'reached'; level?: string | undefined }
  | {
      kind: 'not-reached';
      /** The lowest level or band not reached; absent for a plain pass mark. */
      target?: string | undefined;
      /** Points still needed to reach the pass mark or lowest band. */
      pointsShort?: number | undefined;
      /** Indicators under the per-indicator minimum. */
      belowMinimum: string[];
      /** Indicators not met for the target level. */
      remaining: string[];
    };

export interface Evaluation {
  /** `points` when the set is complete with a points rule; otherwise a checklist. */
  mode: 'points' | 'checklist';
  criteria: CriterionResult[];
  score?: number | undefined;
  max?: number | undefined;
  verdict: Verdict;
}

/** How an answer reads in points mode; a score outside 0…max is an error, not silently clipped. */
function pointsOf(answers: Answers, ind: Indicator): number | undefined {
  const value = answers[ind.id];
  if (value === undefined || value === false) return undefined;
  if (value === true) throw new RangeError(`chỉ số "${ind.id}" cần số điểm, không phải dấu tích`);
  if (!Number.isFinite(value) || value < 0 || value > (ind.points ?? 0)) {
    throw new RangeError(`chỉ số "${ind.id}": ${value} điểm nằm ngoài khoảng 0–${ind.points ?? 0}`);
  }
  return value;
}

export function scoringMode(set: CriteriaSet): Evaluation['mode'] {
  return set.status === 'complete' && set.scoring?.kind === 'points' ? 'points' : 'checklist';
}

export function evaluate(set: CriteriaSet, answers: Answers): Evaluation {
  const mode = scoringMode(set);
  const rule = set.scoring;
  const min = rule?.kind === 'points' ? (rule.minPerIndicator ?? 0) : 0;

  const criteria: CriterionResult[] = set.criteria.map((c) => {
    if (mode === 'points') {
      const scores = c.indicators.map((i) => [i, pointsOf(answers, i)] as const);
      return {
        id: c.id,
        name: c.name,
        met: scores.filter(([, s]) => s !== undefined && s >= min).map(([i]) => i.id),
        remaining: scores.filter(([, s]) => s === undefined || s < min).map(([i]) => i.id),
        score: sum(scores.map(([, s]) => s ?? 0)),
        max: c.points ?? sum(c.indicators.map((i) => i.points ?? 0)),
      };
    }
    return {
      id: c.id,
      name: c.name,
      met: c.indicators.filter((i) => answers[i.id] === true).map((i) => i.id),
      remaining: c.indicators.filter((i) => answers[i.id] !== true).map((i) => i.id),
    };
  });

  if (set.status !== 'complete') return { mode, criteria, verdict: { kind: 'none', reason: 'partial' } };
  if (!rule) return { mode, criteria, verdict: { kind: 'none', reason: 'no-rule' } };

  if (rule.kind === 'points') {
    const score = sum(criteria.map((c) => c.score ?? 0));
    const belowMinimum = set.criteria.flatMap((c) =>
      c.indicators.filter((i) => rule.minPerIndicator !== undefined && (pointsOf(answers, i) ?? 0) < rule.minPerIndicator).map((i) => i.id),
    );
    const base = { mode, criteria, score, max: rule.total };
    const minimumsHeld = belowMinimum.length === 0;
    const bands = rule.bands ?? [];
    if (bands.length > 0) {
      const band = minimumsHeld && (rule.passMark === undefined || score >= rule.passMark) ? bands.find((b) => score >= b.min) : undefined;
      if (band) return { ...base, verdict: { kind: 'reached', level: band.name } };
      const lowest = bands.at(-1)!;
      const needed = Math.max(lowest.min, rule.passMark ?? 0);
      return {
        ...base,
        verdict: { kind: 'not-reached', target: lowest.name, pointsShort: score < needed ? needed - score : undefined, belowMinimum, remaining: [] },
      };
    }
    const passMark = rule.passMark ?? rule.total;
    if (score >= passMark && minimumsHeld) return { ...base, verdict: { kind: 'reached' } };
    return {
      ...base,
      verdict: { kind: 'not-reached', pointsShort: score < passMark ? passMark - score : undefined, belowMinimum, remaining: [] },
    };
  }

  // Pass/fail by level: the highest level whose every indicator is met.
  const reached = set.levels.filter((l) => indicatorsFor(set, l.id).every((i) => answers[i.id] === true));
  const best = reached.at(-1);
  if (best) return { mode, criteria, verdict: { kind: 'reached', level: best.name } };
  const first = set.levels[0]!;
  return {
    mode,
    criteria,
    verdict: {
      kind: 'not-reached',
      target: first.name,
      belowMinimum: [],
      remaining: indicatorsFor(set, first.id).filter((i) => answers[i.id] !== true).map((i) => i.id),
    },
  };
}
