// /api/<collection>.json: every published item of a collection, for re-use.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCriteria, getEvents, getLocalities, getNews, getPlans, getStats, getTitles } from '../../data/entries';
import { openDataFile } from '../../lib/open-data';
import { apiCollections, criteriaPaths, itemPath, sectionPaths, type ApiCollection, type CollectionSection } from '../../lib/routes';
import { ui } from '../../lib/ui';

type Entry = { id: string; data: Record<string, unknown> };
interface Source {
  load: () => Promise<readonly Entry[]>;
  description: string;
  listUrl: string;
  /** Path of the page that shows an item. */
  pathOf: (entry: Entry) => string;
}

const section = (c: CollectionSection, load: () => Promise<readonly object[]>): Source => ({
  load: load as () => Promise<readonly Entry[]>,
  description: ui.sectionIntro[c],
  listUrl: sectionPaths[c],
  pathOf: (e) => itemPath(c, e.id),
});

const sources: Record<ApiCollection, Source> = {
  news: section('news', getNews),
  plans: section('plans', getPlans),
  titles: section('titles', getTitles),
  events: section('events', getEvents),
  stats: section('stats', getStats),
  localities: section('localities', getLocalities),
  // A criteria set has no page of its own: it is a section of its title's criteria page.
  criteria: {
    load: getCriteria as () => Promise<readonly Entry[]>,
    description: ui.criteria.lookupIntro,
    listUrl: criteriaPaths.all,
    pathOf: (e) => `${criteriaPaths.title((e.data.title as { id: string }).id)}#${e.id}`,
  },
};

export const getStaticPaths = (() => apiCollections.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const collection = params.collection as ApiCollection;
  const source = sources[collection];
  const entries = await source.load();
  const byId = new Map(entries.map((e) => [e.id, e]));
  const file = openDataFile(collection, source.description, new URL(source.listUrl, site).href, entries, (id) =>
    new URL(source.pathOf(byId.get(id)!), site).href,
  );
  return new Response(JSON.stringify(file, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
