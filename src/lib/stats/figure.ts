/**
 * What one chart figure says: its caption, the sentence stating the finding
 * (the chart's text alternative), the rows it draws, the legend it needs and
 * the source line under it. Built from content, so nothing is typed by hand.
 */
import type { BarStyle, ChartMarker, ChartRow } from './charts';
import { formatDateLong, formatValue, type PartialDate } from '../site/format';
import {
  countText,
  extremes,
  nationalReferences,
  ownTargets,
  rankedRows,
  reached,
  shareOf,
  valueText,
  type Comparison,
  type DatasetLike,
  type LocalityLike,
  type ObservationLike,
} from './series';
import { ui } from '../site/ui';

export type LegendKey = 'result' | 'target' | 'own' | 'national';

export interface FigureModel {
  /** Unique on the page; the finding paragraph is `${id}-finding`. */
  id: string;
  caption: string;
  finding: string;
  style: BarStyle;
  rows: ChartRow[];
  /** Figures with no place on a 0–100 scale, listed in words under the chart. */
  tableOnly: string[];
  legend: LegendKey[];
  source: string;
}

interface SourceLike {
  name: string;
  document?: string | undefined;
  date?: PartialDate | undefined;
  updated?: PartialDate | undefined;
}

/** "Nguồn: Thanhuytphcm.vn (Kế hoạch …), 6 tháng 10, 2022; …" */
export function sourceLine(sources: readonly SourceLike[]): string {
  const parts = sources.map((s) => {
    const when = s.date ?? s.updated;
    const doc = s.document ? ` (${s.document})` : '';
    return `${s.name}${doc}${when ? `, ${formatDateLong(when)}` : ''}`;
  });
  return `${ui.charts.sourceLine}: ${parts.join('; ')}.`;
}

function markerFor(c: Comparison): ChartMarker {
  const value = formatValue(c.value, c.unit);
  return {
    share: c.value,
    kind: c.kind,
    label: c.kind === 'own' ? ui.charts.ownMarker(c.year, value) : ui.charts.nationalMarker(c.year, value),
  };
}

function observationRows(series: readonly ObservationLike[], comparisons: readonly Comparison[]): { rows: ChartRow[]; tableOnly: string[] } {
  const rows: ChartRow[] = [];
  const tableOnly: string[] = [];
  series.forEach((o, index) => {
    // Only a stated percentage goes on the 0–100% axis: "10/10 huyện" is a count, read in the table.
    const share = o.unit === '%' ? shareOf(o) : undefined;
    const value = valueText(o, ui.labels.approximately);
    if (share === undefined) {
      tableOnly.push(`${o.indicator}: ${value}${o.denominator !== undefined ? ` ${o.unit}` : ''}`);
      return;
    }
    const count = countText(o);
    // "10/10" needs its unit to be read; a share with a count shows the count.
    const plain = count ? ui.charts.withCount(count) : o.denominator !== undefined && o.unit !== '%' ? `${value} ${o.unit}` : undefined;
    const base = o.baseNotStated ? ui.statsPage.baseNotStated : o.base ? ui.statsPage.baseOf(o.base) : undefined;
    // A bar's note has one line on a phone: the count wins; the missing base is stated in the finding and the table.
    const note = plain ?? base;
    rows.push({
      label: o.indicator,
      share,
      valueText: value,
      note,
      markers: comparisons.filter((c) => c.index === index).map(markerFor),
    });
  });
  return { rows, tableOnly };
}

function resultFinding(series: readonly ObservationLike[], own: Comparison[], national: Comparison[]): string {
  const rows = rankedRows(series, ui.labels.approximately);
  const ex = extremes(rows);
  if (!ex) return '';
  let text = ui.charts.findingResult(ex.n, ex.high.label, ex.high.text, ex.low.label, ex.low.text);
  // The sentence states shares too, so it carries the same warning as the table.
  if (series.some((o) => o.baseNotStated)) text += ui.charts.findingBaseNotStated;
  if (own.length > 0) {
    const r = reached(series, own);
    text += ui.charts.findingOwn(r.reached, r.of);
  }
  if (national.length > 0) {
    const r = reached(series, national);
    const years = [...new Set(national.map((c) => c.year))].sort().join(', ');
    text += ui.charts.findingNational(r.reached, r.of, years);
  }
  return text;
}

function targetFinding(series: readonly ObservationLike[], year: string): string {
  const rows = rankedRows(series, ui.labels.approximately);
  const ex = extremes(rows);
  if (!ex) return '';
  return ui.charts.findingTarget(ex.n, year, ex.high.label, ex.high.text, ex.low.label, ex.low.text);
}

export interface DatasetFigureInput extends DatasetLike {
  data: DatasetLike['data'] & { sources: SourceLike[] };
}

/** A dataset's figure; a result also shows its own targets and national references where they exist. */
export function datasetFigure(
  d: DatasetFigureInput,
  context: { all: readonly DatasetLike[]; localities: readonly LocalityLike[]; id?: string },
): FigureModel {
  const isResult = d.data.kind === 'result';
  const own = isResult ? ownTargets(d, context.all) : [];
  const national = isResult ? nationalReferences(d, context.all, context.localities) : [];
  const { rows, tableOnly } = observationRows(d.data.series, [...own, ...national]);
  const legend: LegendKey[] = [isResult ? 'result' : 'target'];
  if (own.length > 0) legend.push('own');
  if (national.length > 0) legend.push('national');
  return {
    id: context.id ?? `bieu-do-${d.id}`,
    // A dataset of counts only (Sơn La 2025) has no shares: its caption must not promise any.
    caption: rows.length === 0 ? ui.charts.captionCounts(d.data.title) : isResult ? ui.charts.captionResult(d.data.title) : ui.charts.captionTarget(d.data.title),
    finding:
      rows.length === 0
        ? ui.charts.findingCounts(tableOnly.length)
        : isResult
          ? resultFinding(d.data.series, own, national)
          : targetFinding(d.data.series, ` đến năm ${d.data.year}`),
    style: isResult ? 'result' : 'target',
    rows,
    tableOnly,
    legend,
    source: sourceLine(d.data.sources),
  };
}

export interface PlanTargetLike {
  indicator: string;
  value: number;
  unit: string;
  year: number;
  approximate: boolean;
}

/** A plan's targets as a target chart; each row names its year when the plan mixes years. */
export function planFigure(
  plan: { id: string; what: string; targets: readonly PlanTargetLike[]; sources: readonly SourceLike[] },
): FigureModel {
  const years = [...new Set(plan.targets.map((t) => t.year))];
  const oneYear = years.length === 1 ? years[0] : undefined;
  const series: ObservationLike[] = plan.targets.map((t) => ({
    indicator: oneYear === undefined ? `${t.indicator} (năm ${t.year})` : t.indicator,
    value: t.value,
    unit: t.unit,
    approximate: t.approximate,
  }));
  const { rows, tableOnly } = observationRows(series, []);
  return {
    id: `bieu-do-chi-tieu-${plan.id}`,
    caption: ui.charts.captionPlan(plan.what),
    finding: targetFinding(series, oneYear === undefined ? '' : ` đến năm ${oneYear}`),
    style: 'target',
    rows,
    tableOnly,
    legend: ['target'],
    source: sourceLine(plan.sources),
  };
}
