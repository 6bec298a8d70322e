// /api/index.json: what the open-data API offers, with each file's address.
import type { APIRoute } from 'astro';
import { apiCollections, apiPath, feedPaths } from '../../lib/site/routes';
import { ui } from '../../lib/site/ui';

export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(
      {
        name: ui.siteName,
        collections: apiCollections.map((c) => ({
          collection: c,
          name: c === 'criteria' ? ui.criteria.comparison : ui.sections[c],
          url: new URL(apiPath(c), site).href,
        })),
        feeds: { rss: new URL(feedPaths.news, site).href, icalendar: new URL(feedPaths.calendar, site).href },
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
