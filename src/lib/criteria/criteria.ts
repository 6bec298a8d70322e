/**
 * `src/lib/criteria/` answers "what does a learning title require, and does
 * this family, clan or unit meet it": the criteria words (this module), the
 * criteria lookup pages and the points engine the self-check runs.
 *
 * Words and anchors for criteria sets, shared by the guides, the criteria
 * lookup and the self-check island, so a rule is described the same way
 * everywhere and a result reads the same on screen and in a saved file.
 */
import { formatNumber } from '../site/format';
import type { Answers, CriteriaSet, Evaluation } from './scoring';
import { ui } from '../site/ui';

/** A criteria set as the self-check receives it: the rule plus what names it. */
export interface NamedCriteriaSet extends CriteriaSet {
  id: string;
  name: string;
  titleName: string;
  legalSource: string;
}

/** The anchor of an indicator, unique on every page that shows several sets. */
export function indicatorAnchor(setId: string, indicatorId: string): string {
  return `${setId}-${indicatorId}`;
}

/** "Tiêu chí 2: Nguồn lực…": criteria are numbered as the sources number them, in order. */
export function criterionLabel(index: number, name: string): string {
  return `${ui.criteria.criterion} ${index + 1}: ${name}`;
}

/** One sentence on how the set concludes, for the comparison table and the guide. */
export function describeRule(set: Pick<CriteriaSet, 'scoring'>): string {
  const rule = set.scoring;
  if (!rule) return ui.criteria.ruleNone;
  if (rule.kind === 'pass-fail') return ui.criteria.rulePassFail;
  const parts = [`Thang ${formatNumber(rule.total)} điểm`];
  if (rule.passMark !== undefined) parts.push(`đạt từ ${formatNumber(rule.passMark)} điểm`);
  if (rule.minPerIndicator !== undefined) parts.push(`không chỉ số nào dưới ${formatNumber(rule.minPerIndicator)} điểm`);
  if (rule.bands?.length) parts.push(`xếp loại ${rule.bands.map((b) => `${b.name} từ ${formatNumber(b.min)}`).join(', ')} điểm`);
  return `${parts.join('; ')}.`;
}

/** Why the self-check gives no verdict, or undefined when it gives one. */
export function noVerdictReason(evaluation: Evaluation): string | undefined {
  if (evaluation.verdict.kind !== 'none') return undefined;
  return evaluation.verdict.reason === 'partial' ? ui.selfCheck.noVerdictPartial : ui.selfCheck.noVerdictNoRule;
}

/** The result as lines of plain text: one per criterion, then the verdict or why there is none. */
export function describeEvaluation(set: CriteriaSet, evaluation: Evaluation): string[] {
  const texts = new Map(set.criteria.flatMap((c) => c.indicators.map((i) => [i.id, i.text] as const)));
  const lines: string[] = [];
  evaluation.criteria.forEach((c, index) => {
    const total = c.met.length + c.remaining.length;
    if (total === 0) return;
    const head = criterionLabel(index, c.name);
    const score =
      c.score !== undefined ? ` ${ui.selfCheck.score} ${formatNumber(c.score)}/${formatNumber(c.max ?? 0)};` : '';
    const progress =
      c.remaining.length === 0
        ? `${ui.selfCheck.allMet} (${formatNumber(total)}/${formatNumber(total)}).`
        : `${ui.selfCheck.met} ${formatNumber(c.met.length)}/${formatNumber(total)}, ${ui.selfCheck.left.replace('{n}', formatNumber(c.remaining.length))}.`;
    lines.push(`${head} —${score} ${progress}`);
  });
  const v = evaluation.verdict;
  if (v.kind === 'none') lines.push(noVerdictReason(evaluation)!);
  else if (v.kind === 'reached') lines.push(v.level ? `${ui.selfCheck.reached} ${v.level}.` : `${ui.selfCheck.reached}.`);
  else {
    const why: string[] = [];
    if (v.pointsShort !== undefined) why.push(ui.selfCheck.pointsShort.replace('{n}', formatNumber(v.pointsShort)));
    if (v.belowMinimum.length) why.push(`${ui.selfCheck.belowMinimum}: ${v.belowMinimum.map((id) => texts.get(id) ?? id).join(' ')}`);
    if (v.remaining.length) why.push(`${ui.selfCheck.remaining}: ${v.remaining.map((id) => texts.get(id) ?? id).join(' ')}`);
    const target = v.target ? ` ${v.target}` : '';
    lines.push(`${ui.selfCheck.notReached}${target}${why.length ? ` (${why.join('; ')})` : ''}.`);
  }
  return lines;
}

/**
 * The self-check as a text file a household or unit can keep or attach to
 * its file: what was ticked or scored, the result, and where it came from.
 */
export function selfCheckReport(set: NamedCriteriaSet, answers: Answers, evaluation: Evaluation, made: Date, pageUrl: string): string {
  const stamp = `${String(made.getDate()).padStart(2, '0')}/${made.getMonth() + 1}/${made.getFullYear()} ${String(made.getHours()).padStart(2, '0')}:${String(made.getMinutes()).padStart(2, '0')}`;
  const out = [
    `${ui.selfCheck.heading}: ${set.titleName}`,
    set.name,
    `${ui.criteria.legalSource}: ${set.legalSource}`,
    `${ui.selfCheck.savedAt}: ${stamp}`,
    pageUrl,
    '',
  ];
  set.criteria.forEach((c, index) => {
    if (c.indicators.length === 0) return;
    out.push(criterionLabel(index, c.name));
    for (const i of c.indicators) {
      const a = answers[i.id];
      const mark = typeof a === 'number' ? `[${formatNumber(a)}/${formatNumber(i.points ?? 0)}]` : a === true ? '[x]' : '[ ]';
      out.push(`  ${mark} ${i.text}`);
    }
    out.push('');
  });
  out.push(`${ui.selfCheck.result}:`, ...describeEvaluation(set, evaluation).map((l) => `  ${l}`), '', ui.selfCheck.fileNote, '');
  return out.join('\n');
}

/** Sources cited by a page and by its criteria sets, each once, in first-seen order. */
export function mergeSources<S extends { name: string; url?: string | undefined }>(...lists: S[][]): S[] {
  const seen = new Set<string>();
  return lists.flat().filter((s) => {
    const key = s.url ?? s.name;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A self-check needs at least one indicator to tick or score. */
export function hasSelfCheck(set: Pick<CriteriaSet, 'criteria'>): boolean {
  return set.criteria.some((c) => c.indicators.length > 0);
}
