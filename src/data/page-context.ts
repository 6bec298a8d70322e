/**
 * What the layout needs to know about the page it wraps, found from the
 * page's path alone, so item pages do not each describe themselves for
 * structured data and freshness: the entry behind an item page, reduced to
 * what JSON-LD uses, and the files the page is built from.
 */
import { getItem, getLocalities, type AnyEntry } from './entries';
import { gitDates } from './git-history';
import { settings } from './settings';
import { namesById } from '../lib/content/related';
import { datasetDownloadPath, itemOfPath, listOfPath } from '../lib/site/routes';
import { editUrl, lastUpdated, newestFor, pageSource, vietnamDay } from '../lib/site/freshness';
import type { ItemInfo } from '../lib/site/structured-data';

let placeNames: Promise<Record<string, string>> | undefined;
const places = () => (placeNames ??= getLocalities().then((all) => namesById(all, (l) => l.data.name)));

export async function pageEntry(pathname: string): Promise<AnyEntry | undefined> {
  const ref = itemOfPath(pathname);
  return ref ? getItem(ref.collection, ref.id) : undefined;
}

export const isListPage = (pathname: string) => listOfPath(pathname) !== undefined;

const ids = (refs: readonly { id: string }[] | undefined) => refs ?? [];

export async function itemInfo(entry: AnyEntry, site: URL): Promise<ItemInfo> {
  const names = await places();
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

export function freshness(pathname: string, entry: AnyEntry | undefined): Freshness {
  const source = pageSource(pathname, entry?.filePath);
  if (!source) return {};
  const own = entry && 'date' in entry.data ? { date: entry.data.date, updated: entry.data.updated } : {};
  const committed = newestFor(source.files, gitDates());
  return {
    updated: lastUpdated(own, committed && vietnamDay(committed)),
    editHref: settings.repoUrl ? editUrl(settings.repoUrl, settings.repoBranch, source.edit) : undefined,
  };
}
