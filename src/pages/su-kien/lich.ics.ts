// The subscribable calendar of every dated event.
import type { APIRoute } from 'astro';
import { calendarEntries, calendarFile } from '../../data/calendar';
import { ui } from '../../lib/site/ui';

export const GET: APIRoute = async ({ site }) => calendarFile(await calendarEntries(site!), ui.events.calendarName);
