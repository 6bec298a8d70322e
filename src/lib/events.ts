/** Where an event stands relative to today: upcoming, under way, past, or undated. */
export type EventStatus = 'upcoming' | 'ongoing' | 'past' | 'undated';

export interface EventDates {
  start?: Date | undefined;
  end?: Date | undefined;
}

export function eventStatus(e: EventDates, today: Date): EventStatus {
  if (!e.start) return 'undated';
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const last = (e.end ?? e.start).getTime();
  if (e.start.getTime() > day) return 'upcoming';
  if (last >= day) return 'ongoing';
  return 'past';
}

const order: Record<EventStatus, number> = { ongoing: 0, upcoming: 1, undated: 2, past: 3 };

/** Under way and upcoming first (soonest first), then undated, then past (latest first). */
export function sortEvents<T extends { data: EventDates }>(events: readonly T[], today: Date): T[] {
  return [...events].sort((a, b) => {
    const sa = eventStatus(a.data, today);
    const sb = eventStatus(b.data, today);
    if (sa !== sb) return order[sa] - order[sb];
    const ta = a.data.start?.getTime() ?? 0;
    const tb = b.data.start?.getTime() ?? 0;
    return sa === 'past' ? tb - ta : ta - tb;
  });
}
