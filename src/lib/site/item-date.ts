/**
 * The date that matters for an item, which is rarely the day it was entered
 * on the portal (every item of the first content was entered in November
 * 2026, the 2014 learning week included): an event's days, a plan's issue
 * date, the date its source published a news item or a dataset. Shown first
 * on the item's page and in search results, and the key search sorts and
 * filters by; the portal's own date is a secondary "Đăng trên cổng" line.
 */
import { eventWhen } from './meta-lines';
import { formatDate, isoDate, type PartialDate } from './format';
import { ui } from './ui';

export interface ItemDate {
  /** What the date is: "Ngày ban hành", "Thời gian"… */
  label: string;
  /** The date as readers see it: "02/5/2024", "30/5, năm không rõ". */
  text: string;
  /** For `<time datetime>`, where the date is one day or month. */
  iso?: string | undefined;
  /** Sorts as a string, newest last; absent when the year is unknown, so such items sort after dated ones. */
  sortKey?: string | undefined;
  /** The year, for the search page's year filter. */
  year?: number | undefined;
}

interface SourceDated {
  date?: PartialDate | undefined;
  updated?: PartialDate | undefined;
}

const sortable = (d: PartialDate) => (d.year === undefined ? undefined : isoDate(d));

function fromDate(label: string, d: PartialDate): ItemDate {
  return { label, text: formatDate(d), iso: isoDate(d), sortKey: sortable(d), year: d.year };
}

/** The newest source date that has a year; else the first one without (a "30/5" is still worth showing). */
export function sourceDate(sources: readonly SourceDated[]): PartialDate | undefined {
  const dates = sources.flatMap((s) => (s.date ?? s.updated ? [(s.date ?? s.updated)!] : []));
  const withYear = dates.filter((d) => d.year !== undefined).sort((a, b) => sortable(b)!.localeCompare(sortable(a)!));
  return withYear[0] ?? dates[0];
}

export function newsDate(data: { sources: readonly SourceDated[] }): ItemDate | undefined {
  const d = sourceDate(data.sources);
  return d && fromDate(ui.itemDate.news, d);
}

export function planDate(data: { issued?: PartialDate | undefined }): ItemDate | undefined {
  return data.issued && fromDate(ui.itemDate.plans, data.issued);
}

export function statDate(data: { sources: readonly SourceDated[] }): ItemDate | undefined {
  const d = sourceDate(data.sources);
  return d && fromDate(ui.itemDate.stats, d);
}

export function eventDate(data: Parameters<typeof eventWhen>[0]): ItemDate | undefined {
  if (data.start) {
    const iso = isoDate(data.start);
    return { label: ui.itemDate.events, text: eventWhen(data), iso, sortKey: iso, year: data.start.getUTCFullYear() };
  }
  if (data.year !== undefined) return { label: ui.itemDate.events, text: eventWhen(data), sortKey: String(data.year), year: data.year };
  return undefined;
}
