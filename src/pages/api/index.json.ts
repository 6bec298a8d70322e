// /api/index.json: what the open-data API offers, with each file's address.
import type { APIRoute } from 'astro';
import { apiPath, feedPaths, type CollectionSection } from '../../lib/routes';
import { ui } from '../../lib/ui';

const collections: CollectionSection[] = ['news', 'plans', 'titles', 'events', 'stats', 'localities'];

export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(
      {
        name: ui.siteName,
        collections: collections.map((c) => ({ collection: c, name: ui.sections[c], url: new URL(apiPath(c), site).href })),
        feeds: { rss: new URL(feedPaths.news, site).href, icalendar: new URL(feedPaths.calendar, site).href },
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
