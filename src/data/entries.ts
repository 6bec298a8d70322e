/**
 * The one place pages read collections from: drafts are dropped outside
 * `astro dev`, lists come back in the order readers expect.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byId } from '../lib/site/indexes';
import { byDateDesc } from '../lib/site/sort';
import { newestFirst, ownDate } from '../lib/site/recency';
import { describeBrokenReferences, findBrokenReferences } from '../lib/content/references';
import { criteriaLevels } from '../schemas/criteria';

const showDrafts = import.meta.env.DEV;
const published = (e: { data: object }) => showDrafts || !('draft' in e.data && e.data.draft === true);

const collectionNames = ['news', 'plans', 'titles', 'events', 'stats', 'localities', 'criteria', 'pages'] as const;

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

/**
 * In a build the content cannot change, so each list is read and sorted
 * once and every page gets the same frozen array. Read per page, a list of
 * 20,000 localities was sorted again for each of 20,000 news pages, and the
 * build grew with the square of the site. Frozen, a page that tried to sort
 * it in place would fail loudly instead of reordering it for every other
 * page; the indexes in `src/lib` rely on that to cache by array. In
 * `astro dev` files change under the server, so lists are read afresh.
 */
const lists = new Map<string, Promise<readonly unknown[]>>();
function once<T>(key: string, read: () => Promise<T[]>): Promise<readonly T[]> {
  if (showDrafts) return read();
  let list = lists.get(key) as Promise<readonly T[]> | undefined;
  if (!list) {
    list = read().then((items) => Object.freeze(items));
    lists.set(key, list);
  }
  return list;
}

export type News = CollectionEntry<'news'>;
export type Plan = CollectionEntry<'plans'>;
export type Title = CollectionEntry<'titles'>;
export type Event = CollectionEntry<'events'>;
export type Stat = CollectionEntry<'stats'>;
export type Locality = CollectionEntry<'localities'>;
export type Criteria = CollectionEntry<'criteria'>;
export type StandingPage = CollectionEntry<'pages'>;

/** Newest first on the portal; among items posted the same day, the newer original first. */
const newsOrder = (a: News, b: News) =>
  byDateDesc<News>((n) => n.data.date)(a, b) || sourceYear(b) - sourceYear(a);

function sourceYear(item: News): number {
  const s = item.data.sources[0];
  return s?.date?.year ?? s?.updated?.year ?? 0;
}

export function getNews(): Promise<readonly News[]> {
  return once('news', async () => (await load('news')).sort(newsOrder));
}

export function getPlans(): Promise<readonly Plan[]> {
  return once('plans', async () =>
    (await load('plans')).sort((a, b) => b.data.period.to - a.data.period.to || b.data.period.from - a.data.period.from),
  );
}

export function getTitles(): Promise<readonly Title[]> {
  return once('titles', async () => (await load('titles')).sort((a, b) => a.data.order - b.data.order));
}

export function getEvents(): Promise<readonly Event[]> {
  return once('events', () => load('events'));
}

export function getStats(): Promise<readonly Stat[]> {
  // Within a year, the dataset whose source is newest leads: a January 2026 review beats a December 2025 report.
  return once('stats', async () => {
    const byYear = (await load('stats')).sort((a, b) => b.data.year - a.data.year);
    return newestFirst(byYear, (s) => ownDate(s.data.sources)).sort((a, b) => b.data.year - a.data.year);
  });
}

/** One collator for the whole sort: `localeCompare(…, 'vi')` builds one per comparison. */
const vietnamese = new Intl.Collator('vi');

export function getLocalities(): Promise<readonly Locality[]> {
  return once('localities', async () => (await load('localities')).sort((a, b) => vietnamese.compare(a.data.name, b.data.name)));
}

export interface Names {
  localities: Readonly<Record<string, string>>;
  titles: Readonly<Record<string, string>>;
}

let names: Promise<Names> | undefined;

/** Display names by id, for facets and tables: built once per build, not once per page. */
export function getNames(): Promise<Names> {
  const read = async (): Promise<Names> => {
    const [localities, titles] = await Promise.all([getLocalities(), getTitles()]);
    return {
      localities: Object.freeze(Object.fromEntries(localities.map((l) => [l.id, l.data.name]))),
      titles: Object.freeze(Object.fromEntries(titles.map((t) => [t.id, t.data.name]))),
    };
  };
  if (showDrafts) return read();
  names ??= read();
  return names;
}

/** Current criteria sets before repealed ones; then by title, then level from the smallest place outward, then the set's own order. */
export function getCriteria(): Promise<readonly Criteria[]> {
  return once('criteria', async () => {
    const titleOrder = new Map((await getTitles()).map((t) => [t.id, t.data.order]));
    return (await load('criteria')).sort(
      (a, b) =>
        // Repealed texts are history: every current set comes first.
        Number(Boolean(a.data.repealed)) - Number(Boolean(b.data.repealed)) ||
        (titleOrder.get(a.data.title.id) ?? 0) - (titleOrder.get(b.data.title.id) ?? 0) ||
        criteriaLevels.indexOf(a.data.level[0]!) - criteriaLevels.indexOf(b.data.level[0]!) ||
        a.data.order - b.data.order ||
        a.id.localeCompare(b.id),
    );
  });
}

/** The standing pages (`content/pages/`), each served at `/<id>/`. */
export function getPages(): Promise<readonly StandingPage[]> {
  return once('pages', async () => (await load('pages')).sort((a, b) => a.id.localeCompare(b.id)));
}

export type AnyEntry = News | Plan | Title | Event | Stat | Locality;

/** One published entry by collection and id, or undefined (a draft outside `astro dev` counts as absent). */
type ItemCollection = Exclude<(typeof collectionNames)[number], 'criteria' | 'pages'>;
const itemLists: Record<ItemCollection, () => Promise<readonly AnyEntry[]>> = {
  news: getNews,
  plans: getPlans,
  titles: getTitles,
  events: getEvents,
  stats: getStats,
  localities: getLocalities,
};

/**
 * One published item, from its collection's list read once and indexed, so
 * every page of the build does not ask the content store again; a path
 * that only looks like an item's (`/danh-hieu/tieu-chi/`) finds nothing.
 */
export async function getItem(collection: ItemCollection, id: string): Promise<AnyEntry | undefined> {
  await checkReferences();
  return byId(await itemLists[collection]()).get(id);
}
