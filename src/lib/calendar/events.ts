/**
 * `src/lib/calendar/` answers "when is an event, and how does it reach a
 * calendar app": event dates and status (this module), the iCalendar files,
 * and the events grouped by month.
 */
import { ui } from '../site/ui';

/** Where an event stands relative to today: upcoming, under way, past, or undated. */
export type EventStatus = 'upcoming' | 'ongoing' | 'past' | 'undated';

export interface EventDates {
  start?: Date | undefined;
  end?: Date | undefined;
  /** The year, where a source gives it without the days. */
  year?: number | undefined;
}

export function eventStatus(e: EventDates, today: Date): EventStatus {
  if (!e.start) return e.year !== undefined && e.year < today.getUTCFullYear() ? 'past' : 'undated';
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const last = (e.end ?? e.start).getTime();
  if (e.start.getTime() > day) return 'upcoming';
  if (last >= day) return 'ongoing';
  return 'past';
}

/** The year an event belongs to, from its dates or, failing those, its `year`. */
export function eventYear(e: EventDates): number | undefined {
  return e.start?.getUTCFullYear() ?? e.year;
}

// An event no source dates (Xuân Hiệp's "hằng năm") must not lead a list of dated ones.
const order: Record<EventStatus, number> = { ongoing: 0, upcoming: 1, past: 2, undated: 3 };

/**
 * Under way and upcoming first (soonest first), then past (latest year
 * first; within a year, dated before year-only, latest first), then undated.
 */
export function sortEvents<T extends { data: EventDates }>(events: readonly T[], today: Date): T[] {
  return [...events].sort((a, b) => {
    const sa = eventStatus(a.data, today);
    const sb = eventStatus(b.data, today);
    if (sa !== sb) return order[sa] - order[sb];
    if (sa === 'past') {
      const byYear = (eventYear(b.data) ?? 0) - (eventYear(a.data) ?? 0);
      if (byYear !== 0) return byYear;
    }
    const ta = a.data.start?.getTime() ?? 0;
    const tb = b.data.start?.getTime() ?? 0;
    return sa === 'past' ? tb - ta : ta - tb;
  });
}

export interface EventGroup<T> {
  status: EventStatus;
  /** Set for past events: the year they happened. */
  year?: number | undefined;
  items: T[];
}

/** Consecutive events of one status (and, for past ones, one year), for headed lists. */
export function groupEvents<T extends { data: EventDates }>(sorted: readonly T[], today: Date): EventGroup<T>[] {
  const groups: EventGroup<T>[] = [];
  for (const item of sorted) {
    const status = eventStatus(item.data, today);
    const year = status === 'past' ? eventYear(item.data) : undefined;
    const last = groups.at(-1);
    if (last && last.status === status && last.year === year) last.items.push(item);
    else groups.push({ status, year, items: [item] });
  }
  return groups;
}

/** The heading over a group in the events list, e.g. "Đã diễn ra năm 2023". */
export function eventGroupHeading(group: { status: EventStatus; year?: number | undefined }): string {
  switch (group.status) {
    case 'ongoing':
      return ui.events.ongoing;
    case 'upcoming':
      return ui.events.upcoming;
    case 'undated':
      return ui.events.recurring;
    case 'past':
      return group.year === undefined ? ui.events.past : `${ui.events.pastIn} ${group.year}`;
  }
}

/**
 * The next `n` events not yet over, soonest first, as the home page lists
 * them. An event with neither days nor a year is no "next" event: it stays
 * on the events list.
 */
export function comingEvents<T extends { data: EventDates }>(events: readonly T[], today: Date, n: number): T[] {
  return sortEvents(events, today)
    .filter((e) => {
      const status = eventStatus(e.data, today);
      return status === 'ongoing' || status === 'upcoming' || (status === 'undated' && e.data.year !== undefined);
    })
    .slice(0, n);
}
