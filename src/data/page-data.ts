/**
 * The data of an item page, computed once from the entry its route hands
 * over (`itemPage`), and what the layout derives from that entry for
 * structured data and freshness. Nothing here reads the entry back from the
 * page's address. The rules themselves are pure, in `src/lib/site/page-data.ts`.
 */
import { getLocalities, getNames, type AnyEntry, type StandingPage } from './entries';
import { gitDates } from './git-history';
import { settings } from './settings';
import { ancestry } from '../lib/content/related';
import { itemPageData, standingPageData, type ItemPageData, type StandingPageData } from '../lib/site/page-data';
import { datasetDownloadPath, listOfPath } from '../lib/site/routes';
import { editUrl, lastUpdated, newestFor, pageSource, vietnamDay } from '../lib/site/freshness';
import type { ItemInfo } from '../lib/site/structured-data';

/** An item page's one data object: its entry, facets and breadcrumbs. */
export async function itemPage<E extends AnyEntry>(entry: E): Promise<ItemPageData<E>> {
  const names = await getNames();
  const ancestors =
    entry.collection === 'localities'
      ? ancestry(await getLocalities(), entry.id)
          .slice(0, -1)
          .map((l) => ({ id: l.id, name: l.data.name }))
      : [];
  return itemPageData(entry, names, ancestors);
}

/** A standing page's one data object (`content/pages/`). */
export function standingPage(entry: StandingPage): StandingPageData<StandingPage> {
  return standingPageData(entry);
}

export const isListPage = (pathname: string) => listOfPath(pathname) !== undefined;

const ids = (refs: readonly { id: string }[] | undefined) => refs ?? [];

export async function itemInfo(entry: AnyEntry, site: URL): Promise<ItemInfo> {
  const names = (await getNames()).localities;
  const nameOf = (ref?: { id: string }) => (ref ? names[ref.id] : undefined);
  const placesOf = (refs: readonly { id: string }[]) => refs.map((r) => names[r.id]).filter((n): n is string => Boolean(n));
  switch (entry.collection) {
    case 'news':
    case 'titles':
      return { collection: entry.collection, data: { ...entry.data, places: placesOf(ids(entry.data.localities)) } };
    case 'events':
      return { collection: 'events', data: { ...entry.data, placeName: nameOf(entry.data.locality) } };
    case 'plans':
      return { collection: 'plans', data: { ...entry.data, places: placesOf(ids(entry.data.localities)) } };
    case 'stats':
      return {
        collection: 'stats',
        data: { ...entry.data, placeName: nameOf(entry.data.locality) },
        downloads: {
          csv: new URL(datasetDownloadPath(entry.id, 'csv'), site).href,
          json: new URL(datasetDownloadPath(entry.id, 'json'), site).href,
        },
      };
    case 'localities':
      return { collection: 'localities', data: { sources: entry.data.sources, parentName: nameOf(entry.data.parent) } };
  }
}

export interface Freshness {
  updated?: Date | undefined;
  editHref?: string | undefined;
}

export function freshness(pathname: string, entry: AnyEntry | StandingPage | undefined): Freshness {
  const source = pageSource(pathname, entry?.filePath);
  if (!source) return {};
  const own = entry && 'date' in entry.data ? { date: entry.data.date, updated: entry.data.updated } : {};
  const committed = newestFor(source.files, gitDates());
  return {
    updated: lastUpdated(own, committed && vietnamDay(committed)),
    editHref: settings.repoUrl ? editUrl(settings.repoUrl, settings.repoBranch, source.edit) : undefined,
  };
}
