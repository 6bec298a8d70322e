/**
 * The one place pages read collections from: drafts are dropped outside
 * `astro dev`, lists come back in the order readers expect.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { byDateDesc } from '../lib/sort';
import { describeBrokenReferences, findBrokenReferences } from '../lib/references';
import { criteriaLevels } from '../schemas/criteria';

const showDrafts = import.meta.env.DEV;
const published = (e: { data: object }) => showDrafts || !('draft' in e.data && e.data.draft === true);

const collectionNames = ['news', 'plans', 'titles', 'events', 'stats', 'localities', 'criteria'] as const;

let integrity: Promise<void> | undefined;

/** Fails the build, once, when any entry references one that does not exist. */
function checkReferences(): Promise<void> {
  integrity ??= (async () => {
    const all = (await Promise.all(collectionNames.map((c) => getCollection(c)))).flat();
    const broken = findBrokenReferences(all);
    if (broken.length > 0) {
      throw new Error(`Nội dung trỏ tới mục không tồn tại:\n${describeBrokenReferences(broken)}`);
    }
  })();
  return integrity;
}

async function load<C extends (typeof collectionNames)[number]>(collection: C) {
  await checkReferences();
  return getCollection(collection, published);
}

export type News = CollectionEntry<'news'>;
export type Plan = CollectionEntry<'plans'>;
export type Title = CollectionEntry<'titles'>;
export type Event = CollectionEntry<'events'>;
export type Stat = CollectionEntry<'stats'>;
export type Locality = CollectionEntry<'localities'>;
export type Criteria = CollectionEntry<'criteria'>;

/** Newest first on the portal; among items posted the same day, the newer original first. */
const newsOrder = (a: News, b: News) =>
  byDateDesc<News>((n) => n.data.date)(a, b) || sourceYear(b) - sourceYear(a);

function sourceYear(item: News): number {
  const s = item.data.sources[0];
  return s?.date?.year ?? s?.updated?.year ?? 0;
}

export async function getNews(): Promise<News[]> {
  return (await load('news')).sort(newsOrder);
}

export async function getPlans(): Promise<Plan[]> {
  return (await load('plans')).sort(
    (a, b) => b.data.period.to - a.data.period.to || b.data.period.from - a.data.period.from,
  );
}

export async function getTitles(): Promise<Title[]> {
  return (await load('titles')).sort((a, b) => a.data.order - b.data.order);
}

export async function getEvents(): Promise<Event[]> {
  return load('events');
}

export async function getStats(): Promise<Stat[]> {
  return (await load('stats')).sort((a, b) => b.data.year - a.data.year);
}

export async function getLocalities(): Promise<Locality[]> {
  return (await load('localities')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'vi'));
}

/** Criteria sets by title, then level from the smallest place outward, then the set's own order. */
export async function getCriteria(): Promise<Criteria[]> {
  const titleOrder = new Map((await getTitles()).map((t) => [t.id, t.data.order]));
  return (await load('criteria')).sort(
    (a, b) =>
      (titleOrder.get(a.data.title.id) ?? 0) - (titleOrder.get(b.data.title.id) ?? 0) ||
      criteriaLevels.indexOf(a.data.level[0]!) - criteriaLevels.indexOf(b.data.level[0]!) ||
      a.data.order - b.data.order ||
      a.id.localeCompare(b.id),
  );
}

export type AnyEntry = News | Plan | Title | Event | Stat | Locality;

/** One published entry by collection and id, or undefined (a draft outside `astro dev` counts as absent). */
export async function getItem(collection: (typeof collectionNames)[number], id: string): Promise<AnyEntry | undefined> {
  await checkReferences();
  const entry = (await getEntry(collection, id)) as AnyEntry | undefined;
  return entry && published(entry) ? entry : undefined;
}
