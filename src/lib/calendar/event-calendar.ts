/**
 * Turns an event entry into what the calendar files say about it. Events a
 * source gives no days for (recurring, or a year only) are left out: a
 * calendar entry needs a day, and the site never guesses one.
 */
import type { CalendarEvent } from './ical';
import { eventWhen } from '../site/meta-lines';
import { ui } from '../site/ui';

export interface EventForCalendar {
  id: string;
  data: {
    title: string;
    summary: string;
    date: Date;
    updated?: Date | undefined;
    start?: Date | undefined;
    end?: Date | undefined;
    startTime?: string | undefined;
    endTime?: string | undefined;
    theme?: string | undefined;
    venue?: string | undefined;
    organiser?: string | undefined;
    sources: readonly { name: string; url?: string | undefined }[];
  };
}

export function calendarEventFor(
  event: EventForCalendar,
  pageUrl: string,
  host: string,
  placeName?: string | undefined,
): CalendarEvent | undefined {
  const d = event.data;
  if (!d.start) return undefined;
  const description = [
    d.summary,
    d.theme && `${ui.labels.theme}: ${d.theme}`,
    d.organiser && `${ui.labels.organiser}: ${d.organiser}`,
    `${ui.labels.when}: ${eventWhen(d)}`,
    ...d.sources.map((s) => `${ui.labels.source}: ${s.name}${s.url ? ` (${s.url})` : ''}`),
    pageUrl,
  ].filter(Boolean);
  return {
    uid: `su-kien-${event.id}@${host}`,
    start: d.start,
    end: d.end,
    startTime: d.startTime,
    endTime: d.endTime,
    summary: d.title,
    description: description.join('\n'),
    location: [d.venue, placeName].filter(Boolean).join(', ') || undefined,
    url: pageUrl,
    stamp: d.updated ?? d.date,
  };
}
