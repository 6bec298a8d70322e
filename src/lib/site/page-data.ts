/**
 * What an item page is and what it is about, computed once from its entry
 * (as Starlight computes its route data): the page hands its entry to the
 * layout, and the search filters, the article meta tags, the breadcrumbs,
 * structured data and freshness all read this one object, so no page
 * describes itself twice. `src/data/page-data.ts` gives it the names.
 */
import { eventYear } from '../calendar/events';
import type { Ref } from '../content/related';
import { itemPath, sectionPaths, standingPagePath } from './routes';
import { ui, type Section } from './ui';
import type { PartialDate } from './format';
import { eventDate, newsDate, planDate, statDate, type ItemDate } from './item-date';

export interface PageFacets {
  /** The section the item belongs to; its label is the result type in search. */
  type: Section;
  /** The date that matters for the item (./item-date.ts): what search shows, sorts and filters by. */
  own?: ItemDate | undefined;
  /** When the item was published on the portal. */
  date?: Date | undefined;
  /** When it last changed in substance. */
  updated?: Date | undefined;
  /** The year the item is about (a dataset's year, a plan's first year, an event's year). */
  year?: number | undefined;
  /** Names of the localities the item names. */
  localities: string[];
  /** Names of the learning titles the item concerns. */
  learningTitles: string[];
}

/** One step of the breadcrumb trail; the last, the page itself, has no link. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

/** Names for a list of references, in order, skipping ids that have no name. */
export function namesFor(refs: readonly { id: string }[], names: Readonly<Record<string, string>>): string[] {
  return [...new Set(refs.map((r) => names[r.id]).filter((n): n is string => Boolean(n)))];
}

interface Dated {
  date: Date;
  updated?: Date | undefined;
  summary: string;
}

interface SourcesDated {
  sources: readonly { date?: PartialDate | undefined; updated?: PartialDate | undefined }[];
}

/** The shapes of the item collections this module reads, as the schemas parse them. */
export type ItemEntryLike =
  | { collection: 'news'; id: string; data: Dated & SourcesDated & { title: string; localities: Ref[]; learningTitles: Ref[] } }
  | {
      collection: 'plans';
      id: string;
      data: Dated & {
        title: string;
        number?: string | undefined;
        issued?: PartialDate | undefined;
        period: { from: number };
        localities: Ref[];
        learningTitles: Ref[];
        targets: { learningTitle?: Ref | undefined }[];
      };
    }
  | { collection: 'titles'; id: string; data: Dated & { name: string } }
  | {
      collection: 'events';
      id: string;
      data: Dated & {
        title: string;
        start?: Date | undefined;
        end?: Date | undefined;
        startTime?: string | undefined;
        endTime?: string | undefined;
        recurrence?: string | undefined;
        year?: number | undefined;
        locality?: Ref | undefined;
        localities: Ref[];
      };
    }
  | {
      collection: 'stats';
      id: string;
      data: Dated & SourcesDated & { title: string; year: number; locality?: Ref | undefined; scope?: string | undefined; series: { learningTitle?: Ref | undefined }[] };
    }
  | { collection: 'localities'; id: string; data: { name: string; level: keyof typeof ui.levels } };

export interface ItemPageData<E extends ItemEntryLike = ItemEntryLike> {
  entry: E;
  /** The page's own title (the site name is appended in <title>). */
  title: string;
  description: string;
  section: Section;
  /** Open Graph type: items that read as articles, "website" for datasets and places. */
  ogType: 'article' | 'website';
  facets: PageFacets;
  breadcrumbs: Crumb[];
}

interface Names {
  localities: Readonly<Record<string, string>>;
  titles: Readonly<Record<string, string>>;
}

const some = <T>(x: T | undefined): T[] => (x ? [x] : []);

/** What search and the meta tags know about an item. */
export function itemFacets(entry: ItemEntryLike, names: Names): PageFacets {
  switch (entry.collection) {
    case 'news': {
      const d = entry.data;
      return {
        type: 'news',
        own: newsDate(d),
        date: d.date,
        updated: d.updated,
        localities: namesFor(d.localities, names.localities),
        learningTitles: namesFor(d.learningTitles, names.titles),
      };
    }
    case 'plans': {
      const d = entry.data;
      return {
        type: 'plans',
        own: planDate(d),
        date: d.date,
        updated: d.updated,
        year: d.issued?.year ?? d.period.from,
        localities: namesFor(d.localities, names.localities),
        learningTitles: namesFor([...d.learningTitles, ...d.targets.flatMap((t) => some(t.learningTitle))], names.titles),
      };
    }
    case 'titles':
      return { type: 'titles', date: entry.data.date, updated: entry.data.updated, localities: [], learningTitles: [entry.data.name] };
    case 'events': {
      const d = entry.data;
      return {
        type: 'events',
        own: eventDate(d),
        date: d.date,
        updated: d.updated,
        year: eventYear(d),
        localities: namesFor([...some(d.locality), ...d.localities], names.localities),
        learningTitles: [],
      };
    }
    case 'stats': {
      const d = entry.data;
      // The place a dataset is about: its locality's name, or the scope the source describes.
      const place = (d.locality ? names.localities[d.locality.id] : undefined) ?? d.scope ?? '';
      return {
        type: 'stats',
        own: statDate(d),
        date: d.date,
        updated: d.updated,
        year: d.year,
        localities: place ? [place] : [],
        learningTitles: namesFor(d.series.flatMap((o) => some(o.learningTitle)), names.titles),
      };
    }
    case 'localities':
      return { type: 'localities', localities: [entry.data.name], learningTitles: [] };
  }
}

/** What an item is called: a title or a place by its name, anything else by its title. */
function itemTitle(entry: ItemEntryLike): string {
  return entry.collection === 'titles' || entry.collection === 'localities' ? entry.data.name : entry.data.title;
}

/** The item's own label at the end of the trail: a plan by its number, where it has one. */
function crumbLabel(entry: ItemEntryLike): string {
  return entry.collection === 'plans' ? (entry.data.number ?? entry.data.title) : itemTitle(entry);
}

function itemDescription(entry: ItemEntryLike): string {
  return entry.collection === 'localities' ? ui.locality.description(ui.levels[entry.data.level], entry.data.name) : entry.data.summary;
}

/** Section, then (for a place) the places it belongs to, root first, then the item. */
export function itemBreadcrumbs(entry: ItemEntryLike, ancestors: readonly { id: string; name: string }[] = []): Crumb[] {
  return [
    { label: ui.sections[entry.collection], href: sectionPaths[entry.collection] },
    ...ancestors.map((a) => ({ label: a.name, href: itemPath('localities', a.id) })),
    { label: crumbLabel(entry) },
  ];
}

/** The one object an item page hands to the layout. */
export function itemPageData<E extends ItemEntryLike>(entry: E, names: Names, ancestors: readonly { id: string; name: string }[] = []): ItemPageData<E> {
  return {
    entry,
    title: itemTitle(entry),
    description: itemDescription(entry),
    section: entry.collection,
    ogType: entry.collection === 'stats' || entry.collection === 'localities' ? 'website' : 'article',
    facets: itemFacets(entry, names),
    breadcrumbs: itemBreadcrumbs(entry, ancestors),
  };
}

/** A standing page (`content/pages/`) as the schema parses it. */
export interface StandingPageLike {
  id: string;
  filePath?: string | undefined;
  data: { title: string; summary: string; date: Date; updated?: Date | undefined };
}

/** A standing page's one data object: what the layout and the route read. */
export interface StandingPageData<E extends StandingPageLike = StandingPageLike> {
  entry: E;
  /** The page's own title in <title> and the breadcrumbs. */
  title: string;
  description: string;
  /** The menu section the page is, if any (the about page is "Giới thiệu"). */
  section?: Section | undefined;
  breadcrumbs: Crumb[];
}

const sectionAtPath = new Map(Object.entries(sectionPaths).map(([section, path]) => [path as string, section as Section]));

/**
 * A page that is also a menu section keeps the menu's short name in its
 * <title> and breadcrumbs, as every other section does; its heading is the
 * page's own title.
 */
export function standingPageData<E extends StandingPageLike>(entry: E): StandingPageData<E> {
  const section = sectionAtPath.get(standingPagePath(entry.id));
  const title = section ? ui.sections[section] : entry.data.title;
  return { entry, title, description: entry.data.summary, section, breadcrumbs: [{ label: title }] };
}
