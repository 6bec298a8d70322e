/** The events as calendar entries, for the feed and the per-event files. */
import { getEvents, getLocalities, type Event } from './entries';
import { calendarEventFor } from '../lib/calendar/event-calendar';
import { buildCalendar, type CalendarEvent } from '../lib/calendar/ical';
import { namesById } from '../lib/content/related';
import { itemPath } from '../lib/site/routes';
import { sortEvents } from '../lib/calendar/events';
import { ui } from '../lib/site/ui';

let placeNames: Promise<Record<string, string>> | undefined;

export async function calendarEntries(site: URL, only?: Event): Promise<CalendarEvent[]> {
  // Read once per build, not once per event file.
  const places = await (placeNames ??= getLocalities().then((all) => namesById(all, (l) => l.data.name)));
  const events = only ? [only] : sortEvents(await getEvents(), new Date());
  return events.flatMap((e) => {
    const place = e.data.locality ? places[e.data.locality.id] : undefined;
    const entry = calendarEventFor(e, new URL(itemPath('events', e.id), site).href, site.host, place);
    return entry ? [entry] : [];
  });
}

export function calendarFile(events: CalendarEvent[], name: string): Response {
  const body = buildCalendar({
    productId: `-//${ui.siteName}//${ui.sections.events}//VI`,
    name,
    description: ui.sectionIntro.events,
    events,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
