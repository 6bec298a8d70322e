/**
 * `src/lib/stats/` answers "what do the published figures say, and how are
 * they shown": series (this module), figures and charts, downloads (CSV,
 * JSON) and the statistics section's filter pages.
 *
 * Published statistics turned into what charts, tables and sentences need:
 * the share a bar shows, the value as the source wrote it, and which targets
 * may honestly stand beside a result.
 *
 * The rule for comparisons (issue: results against targets, honestly):
 * - a result is measured against a target only when both carry the same
 *   indicator `key` and the same named locality;
 * - a national target may appear beside any result with that key, but only as
 *   a labelled reference, never as that place's own target;
 * - a dataset without a named locality (`scope` only) has no own targets.
 */
import { formatNumber, formatValue } from '../site/format';
import { groupBy, memoOnList } from '../site/indexes';
import type { Ref } from '../content/related';

export interface ObservationLike {
  indicator: string;
  key?: string | undefined;
  learningTitle?: Ref | undefined;
  value: number;
  unit: string;
  approximate: boolean;
  count?: number | undefined;
  countUnit?: string | undefined;
  denominator?: number | undefined;
  /** What a share is a share of, in words (`base`), or that the source does not say. */
  base?: string | undefined;
  baseNotStated?: boolean | undefined;
  /** What a reader must know of this one figure ("hơn", "gần" in the source). */
  note?: string | undefined;
}

export interface DatasetLike {
  id: string;
  data: {
    title: string;
    kind: 'result' | 'target';
    year: number;
    locality?: Ref | undefined;
    scope?: string | undefined;
    series: ObservationLike[];
  };
}

export interface LocalityLike {
  id: string;
  data: { name: string; level: string };
}

/**
 * The share of the whole that a bar draws, 0–100: a percentage as given, or
 * a part over its whole ("10 of 10 districts" → 100). Anything else (a bare
 * count) has no honest bar on a 0–100 scale and stays in the table only.
 */
export function shareOf(o: ObservationLike): number | undefined {
  if (o.unit === '%') return o.value;
  if (o.denominator !== undefined && o.denominator > 0) return (o.value / o.denominator) * 100;
  return undefined;
}

/** The value as the source states it, in vi-VN form: "78,1%", "khoảng 23%", "10/10". */
export function valueText(
  o: Pick<ObservationLike, 'value' | 'unit' | 'approximate' | 'denominator'>,
  approximately = 'khoảng',
  // A chart's label is short ("10/10"); the table has room to name what is counted.
  options: { unitAfterWhole?: boolean } = {},
): string {
  const main =
    o.denominator !== undefined && o.unit !== '%'
      ? `${formatNumber(o.value)}/${formatNumber(o.denominator)}${options.unitAfterWhole ? ` ${o.unit}` : ''}`
      : formatValue(o.value, o.unit);
  return o.approximate ? `${approximately} ${main}` : main;
}

/** "253.853 hộ" where the source gives a count. */
export function countText(o: ObservationLike): string | undefined {
  return o.count !== undefined ? `${formatNumber(o.count)} ${o.countUnit ?? ''}`.trim() : undefined;
}

export interface Comparison {
  /** Index of the observation in the result dataset. */
  index: number;
  value: number;
  unit: string;
  year: number;
  datasetId: string;
  datasetTitle: string;
  /** `own`: the same place's target; `national`: a reference line only. */
  kind: 'own' | 'national';
}

function nearestTargets(
  result: DatasetLike,
  candidates: readonly DatasetLike[],
  kind: Comparison['kind'],
): Comparison[] {
  const out: Comparison[] = [];
  result.data.series.forEach((o, index) => {
    if (!o.key) return;
    let best: Comparison | undefined;
    for (const t of candidates) {
      // A target set for a year before the result says nothing about progress toward it.
      if (t.data.year < result.data.year) continue;
      const match = t.data.series.find((x) => x.key === o.key && x.unit === o.unit);
      if (!match) continue;
      if (!best || t.data.year < best.year) {
        best = { index, value: match.value, unit: match.unit, year: t.data.year, datasetId: t.id, datasetTitle: t.data.title, kind };
      }
    }
    if (best) out.push(best);
  });
  return out;
}

/** The same place's targets for a result, indicator by indicator (nearest target year not before the result). */
export function ownTargets(result: DatasetLike, all: readonly DatasetLike[]): Comparison[] {
  const place = result.data.locality?.id;
  if (result.data.kind !== 'result' || !place) return [];
  // Indexed once per list: a scan of every dataset per result page grew with the square of the site.
  const targetsByPlace = groupBy(all, 'targets-by-locality', (d) => (d.data.kind === 'target' && d.data.locality ? [d.data.locality.id] : []));
  return nearestTargets(result, [...(targetsByPlace.get(place) ?? [])], 'own');
}

/** National targets that may stand beside a local result as labelled reference lines. */
export function nationalReferences(
  result: DatasetLike,
  all: readonly DatasetLike[],
  localities: readonly LocalityLike[],
): Comparison[] {
  if (result.data.kind !== 'result') return [];
  const national = memoOnList(localities, 'national-ids', (list) => new Set(list.filter((l) => l.data.level === 'quoc-gia').map((l) => l.id)));
  // A national result already is the nation's own figure: its targets are "own", not references.
  if (result.data.locality && national.has(result.data.locality.id)) return [];
  const nationalTargets = memoOnList(all, `targets-in:${[...national].sort().join(',')}`, (list) =>
    list.filter((d) => d.data.kind === 'target' && d.data.locality !== undefined && national.has(d.data.locality.id)),
  );
  return nearestTargets(result, nationalTargets, 'national');
}

export interface RankedRow {
  label: string;
  share: number;
  text: string;
  /** The source states a percentage; false for a share worked out from a part and its whole. */
  stated: boolean;
}

/** Chartable rows of a series with their share and display value, in the source's order. */
export function rankedRows(series: readonly ObservationLike[], approximately?: string): RankedRow[] {
  return series.flatMap((o) => {
    const share = shareOf(o);
    return share === undefined ? [] : [{ label: o.indicator, share, text: valueText(o, approximately), stated: o.unit === '%' }];
  });
}

/**
 * The highest and the lowest row (the first of equals) and how many rows were
 * compared, for a sentence stating the finding. Stated percentages are
 * compared among themselves: "10 of 10 districts registered" is drawn as a
 * full bar, but calling it the highest share beside 78,1% of households
 * compares unlike things.
 */
export function extremes(rows: readonly RankedRow[]): { high: RankedRow; low: RankedRow; n: number } | undefined {
  const pool = rows.some((r) => r.stated) ? rows.filter((r) => r.stated) : rows;
  if (pool.length === 0) return undefined;
  let high = pool[0]!;
  let low = pool[0]!;
  for (const r of pool) {
    if (r.share > high.share) high = r;
    if (r.share < low.share) low = r;
  }
  return { high, low, n: pool.length };
}

/** How many results reach (or pass) the target set beside them. */
export function reached(series: readonly ObservationLike[], comparisons: readonly Comparison[]): { reached: number; of: number } {
  let n = 0;
  for (const c of comparisons) {
    const o = series[c.index];
    if (o && o.value >= c.value) n += 1;
  }
  return { reached: n, of: comparisons.length };
}

/* ---------- filters for /so-lieu/ without JavaScript ---------- */

export const kindSlugs = { result: 'ket-qua', target: 'muc-tieu' } as const;
/** Datasets whose source names no place are grouped under this slug. */
export const unnamedPlaceSlug = 'khong-neu-ten';

export interface StatFilters {
  localities: { slug: string; count: number }[];
  years: { year: number; count: number }[];
  kinds: { kind: 'result' | 'target'; slug: string; count: number }[];
}

/** Every filter value that has at least one dataset, with how many. */
export function statFilters(all: readonly DatasetLike[]): StatFilters {
  const places = new Map<string, number>();
  const years = new Map<number, number>();
  const kinds = new Map<'result' | 'target', number>();
  for (const d of all) {
    const place = placeSlug(d);
    places.set(place, (places.get(place) ?? 0) + 1);
    years.set(d.data.year, (years.get(d.data.year) ?? 0) + 1);
    kinds.set(d.data.kind, (kinds.get(d.data.kind) ?? 0) + 1);
  }
  return {
    localities: [...places].map(([slug, count]) => ({ slug, count })),
    years: [...years].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year),
    kinds: (['result', 'target'] as const)
      .filter((k) => kinds.has(k))
      .map((kind) => ({ kind, slug: kindSlugs[kind], count: kinds.get(kind) ?? 0 })),
  };
}

export function placeSlug(d: DatasetLike): string {
  return d.data.locality?.id ?? unnamedPlaceSlug;
}

export function byPlace<T extends DatasetLike>(all: readonly T[], slug: string): T[] {
  return all.filter((d) => placeSlug(d) === slug);
}

export function byYear<T extends DatasetLike>(all: readonly T[], year: number): T[] {
  return all.filter((d) => d.data.year === year);
}

export function byKind<T extends DatasetLike>(all: readonly T[], kind: 'result' | 'target'): T[] {
  return all.filter((d) => d.data.kind === kind);
}

/** The newest published result (lists come newest first): the home page's headline figure. */
export function newestResult<T extends { data: { kind: 'result' | 'target' } }>(datasets: readonly T[]): T | undefined {
  return datasets.find((d) => d.data.kind === 'result');
}
