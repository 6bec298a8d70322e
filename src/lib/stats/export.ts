/**
 * A dataset as CSV and JSON for re-users. Numbers are machine-readable (a dot
 * as decimal mark, no thousands separator), every row carries its unit, and
 * the source fields travel with the figures.
 */
import { isoDate } from '../site/format';
import type { DatasetLike, ObservationLike } from './series';
import type { SourceLike } from '../content/source';

export type { SourceLike };


export interface ExportObservation extends ObservationLike {
  /** The year of this figure where it differs from the dataset's (a year of joining). */
  year?: number | undefined;
  note?: string | undefined;
}

export interface ExportDataset extends DatasetLike {
  data: DatasetLike['data'] & { summary: string; sources: SourceLike[]; note?: string | undefined; series: ExportObservation[] };
}

export interface ExportContext {
  /** The locality's display name, when the dataset names one. */
  localityName?: string | undefined;
  /** Absolute address of the dataset's page. */
  pageUrl: string;
}

export const csvColumns = [
  'dataset',
  'title',
  'kind',
  'year',
  'locality_id',
  'locality_name',
  'scope',
  'indicator',
  'key',
  'learning_title',
  'value',
  'unit',
  'approximate',
  'count',
  'count_unit',
  'denominator',
  'base',
  'base_not_stated',
  'indicator_year',
  'indicator_note',
  'dataset_note',
  'source_name',
  'source_publisher',
  'source_document',
  'source_date',
  'source_url',
  'source_note',
] as const;

/** Several sources share one cell, in the same order in every source column. */
const SOURCE_SEPARATOR = ' | ';

function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? numberText(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Plain decimal with a dot and no grouping; the schema's numbers never need exponents. */
function numberText(n: number): string {
  return String(n);
}

/** One cell for all sources; empty when no source gives the field, so a lone " | " never appears. */
function sourceColumn(sources: readonly SourceLike[], pick: (s: SourceLike) => string | undefined): string {
  const values = sources.map((s) => pick(s) ?? '');
  return values.every((v) => v === '') ? '' : values.join(SOURCE_SEPARATOR);
}

function sourceDate(s: SourceLike): string | undefined {
  const d = s.date ?? s.updated;
  return d ? isoDate(d) : undefined;
}

/** RFC 4180 CSV, CRLF line ends, a header row, one row per figure. */
export function datasetCsv(d: ExportDataset, ctx: ExportContext): string {
  const src = d.data.sources;
  const shared = {
    dataset: d.id,
    title: d.data.title,
    kind: d.data.kind,
    year: d.data.year,
    locality_id: d.data.locality?.id,
    locality_name: ctx.localityName,
    scope: d.data.scope,
    dataset_note: d.data.note,
    source_name: sourceColumn(src, (s) => s.name),
    source_publisher: sourceColumn(src, (s) => s.publisher),
    source_document: sourceColumn(src, (s) => s.document),
    source_date: sourceColumn(src, sourceDate),
    source_url: sourceColumn(src, (s) => s.url),
    source_note: sourceColumn(src, (s) => s.note),
  };
  const rows = d.data.series.map((o: ExportObservation) => {
    const row: Record<(typeof csvColumns)[number], string | number | boolean | undefined> = {
      ...shared,
      indicator: o.indicator,
      key: o.key,
      learning_title: o.learningTitle?.id,
      value: o.value,
      unit: o.unit,
      approximate: o.approximate,
      count: o.count,
      count_unit: o.countUnit,
      denominator: o.denominator,
      base: o.base,
      // Empty rather than "false" where the row is no share, so the column reads as "not applicable".
      base_not_stated: o.unit === '%' ? Boolean(o.baseNotStated) : undefined,
      indicator_year: o.year,
      indicator_note: o.note,
    };
    return csvColumns.map((c) => cell(row[c])).join(',');
  });
  return [csvColumns.join(','), ...rows].join('\r\n') + '\r\n';
}

/** The dataset as one JSON document: metadata, sources, then the figures. */
export function datasetJson(d: ExportDataset, ctx: ExportContext): string {
  const doc = {
    id: d.id,
    url: ctx.pageUrl,
    title: d.data.title,
    summary: d.data.summary,
    kind: d.data.kind,
    year: d.data.year,
    locality: d.data.locality ? { id: d.data.locality.id, name: ctx.localityName ?? null } : null,
    scope: d.data.scope ?? null,
    note: d.data.note ?? null,
    sources: d.data.sources.map((s) => ({
      name: s.name,
      publisher: s.publisher ?? null,
      document: s.document ?? null,
      author: s.author ?? null,
      date: s.date ? isoDate(s.date) : null,
      updated: s.updated ? isoDate(s.updated) : null,
      url: s.url ?? null,
      note: s.note ?? null,
    })),
    series: d.data.series.map((o: ExportObservation) => ({
      indicator: o.indicator,
      key: o.key ?? null,
      learningTitle: o.learningTitle?.id ?? null,
      value: o.value,
      unit: o.unit,
      approximate: o.approximate,
      count: o.count ?? null,
      countUnit: o.countUnit ?? null,
      denominator: o.denominator ?? null,
      base: o.base ?? null,
      baseNotStated: o.unit === '%' ? Boolean(o.baseNotStated) : null,
      year: o.year ?? null,
      note: o.note ?? null,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
