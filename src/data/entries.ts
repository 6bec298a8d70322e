/**
 * The one place pages read collections from: drafts are dropped outside
 * `astro dev`, lists come back in the order readers expect.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byDateDesc } from '../lib/sort';

const showDrafts = import.meta.env.DEV;
const published = <T extends { data: { draft?: boolean } }>(e: T) => showDrafts || !e.data.draft;

export type News = CollectionEntry<'news'>;
export type Plan = CollectionEntry<'plans'>;
export type Title = CollectionEntry<'titles'>;
export type Event = CollectionEntry<'events'>;
export type Stat = CollectionEntry<'stats'>;
export type Locality = CollectionEntry<'localities'>;

/** Newest first on the portal; among items posted the same day, the newer original first. */
const newsOrder = (a: News, b: News) =>
  byDateDesc<News>((n) => n.data.date)(a, b) || sourceYear(b) - sourceYear(a);

function sourceYear(item: { data: { sources: { date?: { year?: number }; updated?: { year?: number } }[] } }): number {
  const s = item.data.sources[0];
  return s?.date?.year ?? s?.updated?.year ?? 0;
}

export async function getNews(): Promise<News[]> {
  return (await getCollection('news', published)).sort(newsOrder);
}

export async function getPlans(): Promise<Plan[]> {
  return (await getCollection('plans', published)).sort(
    (a, b) => b.data.period.to - a.data.period.to || b.data.period.from - a.data.period.from,
  );
}

export async function getTitles(): Promise<Title[]> {
  return (await getCollection('titles', published)).sort((a, b) => a.data.order - b.data.order);
}

export async function getEvents(): Promise<Event[]> {
  return getCollection('events', published);
}

export async function getStats(): Promise<Stat[]> {
  return (await getCollection('stats', published)).sort((a, b) => b.data.year - a.data.year);
}

export async function getLocalities(): Promise<Locality[]> {
  return (await getCollection('localities')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'vi'));
}
