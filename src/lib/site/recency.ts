/**
 * How current the portal looks, from the items' own dates rather than from
 * when files were last touched: every item was entered on the portal in
 * November 2026, so the portal date alone would show a 2022 plan as "new".
 * The date that says how recent a news item is, is the date of the
 * publication it restates.
 */
import type { PartialDate } from './format';

interface Dated {
  date?: PartialDate | undefined;
  updated?: PartialDate | undefined;
}

/** Sortable key of a date with a year; a missing day or month sorts before the known ones of that month. */
function key(d: PartialDate & { year: number }): number {
  return d.year * 10_000 + d.month * 100 + (d.day ?? 0);
}

/**
 * The newest date, with its year, among an item's sources (their publication
 * date, else their "updated" date). A source dated "30/5" without a year
 * cannot say how recent the item is, so it is left out.
 */
export function ownDate(sources: readonly Dated[]): (PartialDate & { year: number }) | undefined {
  let best: (PartialDate & { year: number }) | undefined;
  for (const s of sources) {
    const d = s.date ?? s.updated;
    if (!d || d.year === undefined) continue;
    const withYear = { ...d, year: d.year };
    if (!best || key(withYear) > key(best)) best = withYear;
  }
  return best;
}

/** Newest first by `dateOf`; items without a date keep their order, after every dated one. */
export function newestFirst<T>(items: readonly T[], dateOf: (item: T) => PartialDate | undefined): T[] {
  const keyed = items.map((item, index) => {
    const d = dateOf(item);
    return { item, index, k: d?.year !== undefined ? key({ ...d, year: d.year }) : undefined };
  });
  keyed.sort((a, b) => {
    if (a.k === undefined || b.k === undefined) return a.k === undefined ? (b.k === undefined ? a.index - b.index : 1) : -1;
    return b.k - a.k || a.index - b.index;
  });
  return keyed.map((x) => x.item);
}

/**
 * Items whose own date falls within `days` before `today` (inclusive), and
 * the rest. A month-only date counts as the last day of its month, so an
 * item of "tháng 12/2025" is not called old on 1 December 2026.
 */
export function splitRecent<T>(
  items: readonly T[],
  dateOf: (item: T) => PartialDate | undefined,
  today: Date,
  days = 365,
): { recent: T[]; older: T[] } {
  const limit = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - days * 86_400_000;
  const recent: T[] = [];
  const older: T[] = [];
  for (const item of items) {
    const d = dateOf(item);
    const when = d?.year !== undefined ? (d.day ? Date.UTC(d.year, d.month - 1, d.day) : Date.UTC(d.year, d.month, 0)) : undefined;
    (when !== undefined && when >= limit ? recent : older).push(item);
  }
  return { recent, older };
}

/** When a list last changed, from its items' own portal dates (`updated`, else `date`). */
export function listUpdated(items: readonly { data: { date: Date; updated?: Date | undefined } }[]): Date | undefined {
  let newest: Date | undefined;
  for (const { data } of items) {
    const d = data.updated ?? data.date;
    if (!newest || d > newest) newest = d;
  }
  return newest;
}
