/**
 * The open-data files: each collection as JSON, with each item's stable id
 * (its slug), its page's URL and every field as the content file states it,
 * sources included. Dates are ISO 8601: `2024-05-02`, `2024-05` for a month,
 * `--05-30` for a day and month without a year (the content's own notation).
 */
import type { PartialDate } from '../site/format';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const isPartialDate = (v: object): v is PartialDate => {
  const keys = Object.keys(v);
  return keys.includes('month') && keys.every((k) => k === 'year' || k === 'month' || k === 'day') && keys.every((k) => typeof (v as Record<string, unknown>)[k] === 'number');
};

const pad = (n: number) => String(n).padStart(2, '0');

export function partialDateText(d: PartialDate): string {
  if (d.year === undefined) return `--${pad(d.month)}-${pad(d.day ?? 1)}`;
  return d.day === undefined ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** A value from a content entry in plain JSON: dates as text, references as the id they point to. */
export function toOpenData(value: unknown): Json | undefined {
  if (value === undefined || typeof value === 'function') return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((v) => toOpenData(v) ?? null);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string' && typeof o.collection === 'string' && Object.keys(o).length === 2) return o.id;
    // A processed image: its public address is what a re-user needs.
    if (typeof o.src === 'string' && typeof o.width === 'number' && typeof o.format === 'string') return o.src;
    if (isPartialDate(o)) return partialDateText(o);
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(o)) {
      const j = toOpenData(v);
      if (j !== undefined) out[k] = j;
    }
    return out;
  }
  return undefined;
}

export interface OpenDataFile {
  collection: string;
  /** What the collection holds, in Vietnamese. */
  description: string;
  /** The page listing the collection. */
  url: string;
  count: number;
  items: Json[];
}

/** One collection's file; `draft` is left out, since only published items are listed. */
export function openDataFile(
  collection: string,
  description: string,
  listUrl: string,
  entries: readonly { id: string; data: Record<string, unknown> }[],
  urlOf: (id: string) => string,
): OpenDataFile {
  const items = entries.map((e) => {
    const { draft: _draft, ...fields } = e.data;
    return { id: e.id, url: urlOf(e.id), ...(toOpenData(fields) as Record<string, Json>) };
  });
  return { collection, description, url: listUrl, count: items.length, items };
}

/**
 * Items per open-data file. A collection of 20,000 items in one file would
 * be tens of megabytes; longer collections are split into files that link
 * to each other, the first at the collection's old address.
 */
export const API_PAGE_SIZE = 500;

export interface OpenDataPage extends OpenDataFile {
  /** 1-based number of this file among the collection's files. */
  page: number;
  pages: number;
  /** Address of the next file, absent on the last. */
  next?: string;
  /** Address of the previous file, absent on the first. */
  previous?: string;
}

/** A collection's file split into pages of `size` items; `count` stays the whole collection's. */
export function splitOpenDataFile(file: OpenDataFile, urlOfPage: (page: number) => string, size = API_PAGE_SIZE): OpenDataPage[] {
  const pages = Math.max(1, Math.ceil(file.items.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    ...file,
    page: i + 1,
    pages,
    ...(i + 1 < pages ? { next: urlOfPage(i + 2) } : {}),
    ...(i > 0 ? { previous: urlOfPage(i) } : {}),
    items: file.items.slice(i * size, (i + 1) * size),
  }));
}
