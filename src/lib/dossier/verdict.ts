/**
 * The verdict of a dossier, as the person fills it in: per level, per tiêu
 * chí and per chỉ tiêu, and what stands between the subject and the next
 * level. The rule is the shared criteria engine's (src/lib/criteria/rule.ts);
 * this module only turns a dossier into the engine's input.
 */
import { answerKeys, changeAt, evaluateLaw, isLawRule, type Answers, type LawEvaluation, type LawIndicator, type LawSet, type Share } from '../criteria/rule';
import type { Dossier } from '../../schemas/dossier';
import type { ToolSet } from './criteria-data';
import { evidenceFor } from './model';

export interface DossierVerdict {
  /** False when the set has no law rule (partial sets): the tool then lists, it does not judge. */
  judged: boolean;
  /** The engine refused the counts (e.g. a whole of 0), in Vietnamese. */
  error: string | null;
  evaluation: LawEvaluation | null;
  /** Answer keys marked đạt that have no evidence (TT 24 counts them không đạt). */
  withoutEvidence: string[];
}

export const lawSet = (set: ToolSet): LawSet => set as unknown as LawSet;

/** A chỉ tiêu as the dossier asks it: one entry per answer key, with the level it first appears at. */
export interface DossierItem {
  key: string;
  criterionId: string;
  criterionNumber: number;
  number: number;
  text: string;
  /** The level this wording belongs to, when the law words it differently at a higher level. */
  level: string | null;
  shares: Share[];
}

/** Every chỉ tiêu the dossier answers, in the law's order, each answer key once. */
export function dossierItems(set: ToolSet): DossierItem[] {
  const s = lawSet(set);
  const seen = new Set<string>();
  const out: DossierItem[] = [];
  s.criteria.forEach((c, ci) => {
    for (const level of s.levels) {
      c.indicators.forEach((ind: LawIndicator, ii) => {
        if (ind.levels && !ind.levels.includes(level.id)) return;
        const change = changeAt(ind, level.id);
        const key = change?.id ?? ind.id;
        if (seen.has(key)) return;
        seen.add(key);
        out.push({
          key,
          criterionId: c.id,
          criterionNumber: c.number ?? ci + 1,
          number: ind.number ?? ii + 1,
          text: change?.id ? change.text : ind.text,
          level: change?.id || ind.levels ? level.id : null,
          // A share's wording is the same at every level; only its threshold changes.
          shares: change?.shares ?? ind.shares ?? [],
        });
      });
    }
  });
  return out;
}

export function allAnswerKeys(set: ToolSet): string[] {
  return isLawRule(lawSet(set)) ? answerKeys(lawSet(set)) : set.criteria.flatMap((c) => c.indicators.map((i) => i.id));
}

/** The dossier's answers in the engine's form. */
export function engineAnswers(set: ToolSet, d: Dossier): Answers {
  const out: Answers = {};
  for (const item of dossierItems(set)) {
    const a = d.answers[item.key];
    const evidence = evidenceFor(d, item.key).length > 0;
    if (item.shares.length > 0) {
      const shares = Object.fromEntries(
        item.shares.map((s) => {
          const c = a?.counts[s.id];
          return [s.id, { numerator: c?.part ?? undefined, denominator: c?.whole ?? undefined }];
        }),
      );
      out[item.key] = { shares, evidence };
    } else {
      out[item.key] = { met: a?.status === 'dat' ? true : a?.status === 'khong-dat' ? false : undefined, evidence };
    }
  }
  return out;
}

export function dossierVerdict(set: ToolSet, d: Dossier): DossierVerdict {
  const s = lawSet(set);
  const withoutEvidence = dossierItems(set)
    .filter((i) => i.shares.length === 0 && d.answers[i.key]?.status === 'dat' && evidenceFor(d, i.key).length === 0)
    .map((i) => i.key);
  if (!isLawRule(s) || set.status !== 'complete') return { judged: false, error: null, evaluation: null, withoutEvidence };
  const hasDifficult = (s.subjectOptions ?? []).some((o) => o.kind === 'vung-kho-khan');
  const units = new Set((s.subjectOptions ?? []).filter((o) => o.kind === 'don-vi').map((o) => o.id));
  try {
    const evaluation = evaluateLaw(s, { difficultArea: hasDifficult && d.difficultArea, unitKinds: d.unitKinds.filter((u) => units.has(u)) }, engineAnswers(set, d));
    const engineFlags = evaluation.levels.flatMap((l) => l.criteria.flatMap((c) => c.indicators.filter((i) => i.reason === 'thieu-minh-chung').map((i) => i.key)));
    return { judged: true, error: null, evaluation, withoutEvidence: [...new Set([...withoutEvidence, ...engineFlags])] };
  } catch (e) {
    return { judged: true, error: e instanceof Error ? e.message : String(e), evaluation: null, withoutEvidence };
  }
}

/** "Tiêu chí 5, chỉ tiêu 1" for an answer key. */
export function itemLabel(set: ToolSet, key: string): string {
  const i = dossierItems(set).find((x) => x.key === key);
  return i ? `${i.criterionNumber}.${i.number}${i.level ? ` (${set.levels.find((l) => l.id === i.level)?.name ?? i.level})` : ''}` : key;
}
