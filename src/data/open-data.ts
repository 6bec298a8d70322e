/**
 * The open-data files of each collection, built once per build and split
 * into pages (`splitOpenDataFile`): the routes for page 1 and for later
 * pages both read from here.
 */
import { getCriteria, getEvents, getLocalities, getNews, getPlans, getStats, getTitles } from './entries';
import { openDataFile, splitOpenDataFile, type OpenDataPage } from '../lib/content/open-data';
import { criteriaSetPath } from '../lib/criteria/pages';
import { apiPath, criteriaPaths, itemPath, sectionPaths, type ApiCollection, type CollectionSection } from '../lib/site/routes';
import { ui } from '../lib/site/ui';

type Entry = { id: string; data: Record<string, unknown> };
interface Source {
  load: () => Promise<readonly Entry[]>;
  description: string;
  listUrl: string;
  /** Path of the page that shows an item. */
  pathOf: (entry: Entry, all: readonly Entry[]) => string;
}

const section = (c: CollectionSection, load: () => Promise<readonly object[]>): Source => ({
  load: load as () => Promise<readonly Entry[]>,
  description: ui.sectionIntro[c],
  listUrl: sectionPaths[c],
  pathOf: (e) => itemPath(c, e.id),
});

type CriteriaEntry = Entry & { data: { title: { id: string }; level: string[] } };
const sources: Record<ApiCollection, Source> = {
  news: section('news', getNews),
  plans: section('plans', getPlans),
  titles: section('titles', getTitles),
  events: section('events', getEvents),
  stats: section('stats', getStats),
  localities: section('localities', getLocalities),
  // A criteria set has no page of its own: it is a section of its title's criteria lookup.
  criteria: {
    load: getCriteria as () => Promise<readonly Entry[]>,
    description: ui.criteria.lookupIntro,
    listUrl: criteriaPaths.all,
    pathOf: (e, all) => criteriaSetPath(all as readonly CriteriaEntry[], e as CriteriaEntry, criteriaPaths.title),
  },
};

const built = new Map<string, Promise<OpenDataPage[]>>();

/** Every file of a collection's open data, page 1 first; addresses are absolute, on the site's own address. */
export function openDataPages(collection: ApiCollection): Promise<OpenDataPage[]> {
  const site = import.meta.env.SITE;
  let pages = built.get(collection);
  if (!pages) {
    pages = (async () => {
      const source = sources[collection];
      const entries = await source.load();
      const byId = new Map(entries.map((e) => [e.id, e]));
      const file = openDataFile(collection, source.description, new URL(source.listUrl, site).href, entries, (id) =>
        new URL(source.pathOf(byId.get(id)!, entries), site).href,
      );
      return splitOpenDataFile(file, (n) => new URL(apiPath(collection, n), site).href);
    })();
    // `astro dev` reads content afresh on each request; a build reads it once.
    if (!import.meta.env.DEV) built.set(collection, pages);
  }
  return pages;
}

export const jsonResponse = (value: unknown) =>
  new Response(JSON.stringify(value, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
