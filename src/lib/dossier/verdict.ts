/**
 * The verdict of a dossier, as the person fills it in: per tiêu chí, per
 * level, and what stands between the subject and the next level. The rule
 * itself is the shared criteria engine's; this module only turns a
 * dossier's answers into the engine's input and its output into what the
 * tool shows.
 */
import { evaluate, type CriteriaSet } from '../scoring';
import type { Dossier } from '../../schemas/dossier';
import type { ToolSet } from './criteria-data';
import { metWithoutEvidence } from './model';

export interface DossierVerdict {
  /** False when the set is partial or has no rule: the tool then lists, it does not judge. */
  judged: boolean;
  criteria: { id: string; name: string; met: boolean; remaining: string[] }[];
  /** Each level of the set, reached or not. */
  levels: { id: string; name: string; reached: boolean }[];
  /** The highest level reached, or null. */
  reached: { id: string; name: string } | null;
  /** The next level up and the chỉ tiêu still standing before it. */
  next: { id: string; name: string; remaining: string[] } | null;
  /** Chỉ tiêu marked đạt that have no evidence. */
  withoutEvidence: string[];
}

function indicatorsOf(set: ToolSet, level: string) {
  return set.criteria.flatMap((c) => c.indicators.filter((i) => !i.levels || i.levels.includes(level)));
}

export function dossierVerdict(set: ToolSet, d: Dossier): DossierVerdict {
  const answers = Object.fromEntries(Object.entries(d.answers).map(([id, a]) => [id, a.status === 'dat']));
  const engineSet = set as unknown as CriteriaSet;
  const levels = set.levels.map((l) => {
    const ev = evaluate({ ...engineSet, levels: [l] }, answers);
    return { ...l, reached: ev.verdict.kind === 'reached' };
  });
  const ev = evaluate(engineSet, answers);
  const judged = ev.verdict.kind !== 'none';
  const reachedIndex = levels.map((l) => l.reached).lastIndexOf(true);
  const nextLevel = judged ? levels[reachedIndex + 1] : undefined;
  return {
    judged,
    criteria: ev.criteria.map((c) => ({ id: c.id, name: c.name, met: c.remaining.length === 0 && c.met.length > 0, remaining: c.remaining })),
    levels,
    reached: judged && reachedIndex >= 0 ? { id: levels[reachedIndex]!.id, name: levels[reachedIndex]!.name } : null,
    next: nextLevel ? { id: nextLevel.id, name: nextLevel.name, remaining: indicatorsOf(set, nextLevel.id).filter((i) => !answers[i.id]).map((i) => i.id) } : null,
    withoutEvidence: metWithoutEvidence(d),
  };
}

/** A share the engine computes from two counts, with the threshold that applies to this dossier. */
export interface ShareDefinition {
  id: string;
  label: string;
  partLabel: string;
  wholeLabel: string;
  /** Percent. */
  threshold: number;
}

/** The share indicators of a chỉ tiêu, as the criteria set gives them (none until the set carries them). */
export function shareDefinitions(_set: ToolSet, indicator: { [k: string]: unknown }, d: Dossier): ShareDefinition[] {
  const shares = indicator.shares;
  if (!Array.isArray(shares)) return [];
  return shares.map((s: Record<string, any>) => ({
    id: String(s.id),
    label: String(s.label ?? s.id),
    partLabel: String(s.numerator ?? s.partLabel ?? ''),
    wholeLabel: String(s.denominator ?? s.wholeLabel ?? ''),
    threshold: Number(d.difficultArea && s.difficultThreshold !== undefined ? s.difficultThreshold : s.threshold),
  }));
}
