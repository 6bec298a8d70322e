// One event as a calendar file ("Thêm vào lịch"); events without days have none.
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarEntries, calendarFile } from '../../data/calendar';
import { getEvents, type Event } from '../../data/entries';

export const getStaticPaths = (async () =>
  (await getEvents()).filter((e) => e.data.start).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const entry = (props as { entry: Event }).entry;
  return calendarFile(await calendarEntries(site!, entry), entry.data.title);
};
