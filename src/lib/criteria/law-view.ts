/**
 * Words for a criteria set quoted from the law: where each tiêu chí and chỉ
 * tiêu sits in the text, what a share counts, and the procedure's rows. The
 * guide, the lookup and the self-check read the same sentences from here.
 */
import { formatNumber, formatPercent, type PartialDate } from '../site/format';
import { ui } from '../site/ui';
import { indicatorPlace, type LawCriterion, type LawEvaluation, type Share, type ShareResult, type SubjectOption } from './rule';

export interface Place {
  article: number;
  clause?: number | undefined;
  point?: string | undefined;
}

export const placeText = (p: Place): string => ui.law.place(p.article, p.clause, p.point);

/** Where a criterion stands at a level: its own article, and where its chỉ tiêu are written. */
export function criterionPlaces(c: LawCriterion, level?: string): { own?: Place | undefined; quoted?: Place | undefined } {
  const at = level ? c.atLevels?.find((a) => a.level === level) : undefined;
  const own: Place | undefined = at?.article !== undefined ? { article: at.article, clause: at.clause } : c.article !== undefined ? { article: c.article, clause: c.clause } : undefined;
  const base: Place | undefined = c.quotedFrom ?? (c.article !== undefined ? { article: c.article, clause: c.clause } : undefined);
  // At a higher level the chỉ tiêu are written where that level's article says, or (when it refers back) where mức 1's are.
  const quoted = at ? (at.quotedFrom ?? (at.sameAs ? base : own)) : base;
  return { own, quoted };
}

/** The share as one line: "tối thiểu 60% (số … trên tổng số …); xã thuộc vùng khó khăn: tối thiểu 40%". */
export function shareLines(share: Share, options: readonly SubjectOption[] = []): string[] {
  const label = new Map(options.map((o) => [o.id, o.label]));
  const lines = [`${ui.law.atLeast(formatPercent(share.threshold))} (${ui.law.counted(share.numerator, share.denominator)})`];
  if (share.difficultArea) lines.push(ui.law.difficultArea(formatPercent(share.difficultArea.threshold)));
  for (const u of share.units ?? []) {
    lines.push(ui.law.forUnits(u.units.map((id) => label.get(id) ?? id).join(', '), formatPercent(u.threshold), u.numerator, u.denominator));
  }
  return lines;
}

export const unitLabels = (ids: readonly string[] | undefined, options: readonly SubjectOption[]): string =>
  (ids ?? []).map((id) => options.find((o) => o.id === id)?.label ?? id).join('; ');

type Ref = Place;
export interface ProcedureData {
  article: number;
  selfAssessment: { text: string; at: Ref };
  dataPeriod: { from: PartialDate; to: PartialDate; at: Ref };
  dossier: { items: string[]; at: Ref };
  submit: { to: string; by: PartialDate; at: Ref };
  council: { name: string; formedBy: string; minMembers?: number | undefined; odd?: boolean | undefined; at: Ref };
  decision: { by: string; deadline?: PartialDate | undefined; withinWorkingDays?: number | undefined; at: Ref; deadlineAt?: Ref | undefined };
  validity: { months: number; at: Ref };
  upgrade?: { afterMonths: number; at: Ref } | undefined;
  reRecognition?: { text: string; at: Ref } | undefined;
  districtBodies: boolean;
}

export interface ProcedureRow {
  label: string;
  /** Plain sentence; `items` when the value is a list. */
  value?: string | undefined;
  items?: string[] | undefined;
  /** Quoted from the text, shown in quotation marks. */
  quoted?: boolean | undefined;
  places: string[];
}

const twoDigits = (n: number) => String(n).padStart(2, '0');
/** 28/02: the law writes the month of a yearly deadline with two digits. */
const dayMonth = (d: PartialDate) => `${twoDigits(d.day ?? 1)}/${twoDigits(d.month)}`;

/** The procedure as rows of a table, each with the article it comes from. */
export function procedureRows(p: ProcedureData): ProcedureRow[] {
  const rows: ProcedureRow[] = [
    { label: ui.law.selfAssessment, value: p.selfAssessment.text, quoted: true, places: [placeText(p.selfAssessment.at)] },
    { label: ui.law.dataPeriod, value: ui.law.dataPeriodValue(dayMonth(p.dataPeriod.from), dayMonth(p.dataPeriod.to)), places: [placeText(p.dataPeriod.at)] },
    { label: ui.law.dossier, items: p.dossier.items, places: [placeText(p.dossier.at)] },
    { label: ui.law.submit, value: ui.law.submitValue(p.submit.to, dayMonth(p.submit.by)), places: [placeText(p.submit.at)] },
    {
      label: ui.law.council,
      value: [p.council.name, ui.law.councilFormedBy(p.council.formedBy), p.council.minMembers !== undefined && p.council.odd ? ui.law.councilMembers(twoDigits(p.council.minMembers)) : undefined]
        .filter(Boolean)
        .join('; '),
      places: [placeText(p.council.at)],
    },
    {
      label: ui.law.decision,
      value: [
        p.decision.by,
        p.decision.deadline ? ui.law.decisionDeadline(dayMonth(p.decision.deadline)) : undefined,
        p.decision.withinWorkingDays !== undefined ? ui.law.decisionWithin(formatNumber(p.decision.withinWorkingDays)) : undefined,
      ]
        .filter(Boolean)
        .join('; '),
      places: [placeText(p.decision.at), ...(p.decision.deadlineAt ? [placeText(p.decision.deadlineAt)] : [])],
    },
    { label: ui.law.validity, value: ui.law.validityValue(formatNumber(p.validity.months)), places: [placeText(p.validity.at)] },
  ];
  if (p.upgrade) rows.push({ label: ui.law.upgrade, value: ui.law.upgradeValue(formatNumber(p.upgrade.afterMonths)), places: [placeText(p.upgrade.at)] });
  if (p.reRecognition) rows.push({ label: ui.law.reRecognition, value: p.reRecognition.text, quoted: true, places: [placeText(p.reRecognition.at)] });
  return rows;
}


/** A share as the self-check shows it: "59% (ngưỡng 60%)". */
export const shareResultText = (s: ShareResult): string =>
  s.share === undefined
    ? ''
    : ui.law.shareValue(formatPercent(Math.floor(s.share * 100) / 100), formatNumber(s.numerator ?? 0), formatNumber(s.denominator ?? 0), formatPercent(s.threshold));

/** The verdict in words: a headline, each level's result, and what stands before the next level. */
export function describeLaw(e: LawEvaluation): { headline: string; lines: string[]; standingHeading?: string | undefined; standing: string[] } {
  const first = e.levels[0];
  const headline = e.reached ? ui.law.reached(e.reached.name) : first?.verdict === 'khong-dat' ? ui.law.notReached : ui.law.incomplete;
  const lines = e.levels.map((l) => {
    const met = l.criteria.filter((c) => c.verdict === 'dat').length;
    return `${l.name}: ${ui.law.verdict[l.verdict]} (${formatNumber(met)}/${formatNumber(l.criteria.length)} ${ui.law.criteriaMet}).`;
  });
  const standing = e.standing.map((i) => {
    const shares = i.shares.map(shareResultText).filter(Boolean).join('; ');
    const why = [ui.law.verdict[i.verdict], i.reason === 'thieu-minh-chung' ? ui.law.missingEvidence : '', shares].filter(Boolean).join('; ');
    return `${indicatorPlace(i.criterionNumber, i.number)} — ${why}: ${i.text}`;
  });
  return { headline, lines, standingHeading: e.next ? ui.law.standing(e.next.name) : undefined, standing };
}
