/**
 * JSON-LD (schema.org) for every page: the site as a WebSite with a search
 * action, and the page itself typed by what it shows — NewsArticle, Event,
 * Dataset, Legislation (plans), Article (title guides), AdministrativeArea
 * (localities), CollectionPage (lists) or WebPage. Only what the content
 * holds goes in; a property the source does not give is left out.
 */
import type { PartialDate } from './format';
import { ui } from './ui';

export type JsonLdNode = Record<string, unknown>;

interface SourceLike {
  name: string;
  url?: string | undefined;
  publisher?: string | undefined;
}

export interface PageInfo {
  /** The site's root, e.g. `https://example.org/`. */
  site: URL;
  url: string;
  title: string;
  description: string;
  image: string;
  /** Which list this is, for list pages. */
  isList?: boolean;
}

/** An item page's entry, reduced to what structured data uses. */
export type ItemInfo =
  | { collection: 'news'; data: ProseData }
  | { collection: 'titles'; data: ProseData }
  | { collection: 'events'; data: EventData }
  | { collection: 'stats'; data: StatData; downloads: { csv: string; json: string } }
  | { collection: 'plans'; data: PlanData }
  | { collection: 'localities'; data: LocalityData };

interface ProseData {
  date: Date;
  updated?: Date | undefined;
  sources: readonly SourceLike[];
  /** Names of the places the item names. */
  places?: readonly string[];
}
interface EventData extends ProseData {
  start?: Date | undefined;
  end?: Date | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
  venue?: string | undefined;
  organiser?: string | undefined;
  theme?: string | undefined;
  placeName?: string | undefined;
}
interface StatData {
  date: Date;
  updated?: Date | undefined;
  sources: readonly SourceLike[];
  year: number;
  placeName?: string | undefined;
}
interface PlanData extends ProseData {
  number?: string | undefined;
  issuer: string;
  issued?: PartialDate | undefined;
  period: { from: number; to: number };
}
interface LocalityData {
  sources: readonly SourceLike[];
  parentName?: string | undefined;
}

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** `2025-10-01`, or `2025-10-01T08:00:00+07:00` when a time (Việt Nam time) is known. */
export const vietnamDateTime = (d: Date, time?: string | undefined): string => (time ? `${isoDay(d)}T${time}:00+07:00` : isoDay(d));

/** A partial date in ISO 8601 form where it has a year; a day without a year has no ISO form. */
export function isoPartial(d: PartialDate): string | undefined {
  if (d.year === undefined) return undefined;
  const mm = String(d.month).padStart(2, '0');
  return d.day === undefined ? `${d.year}-${mm}` : `${d.year}-${mm}-${String(d.day).padStart(2, '0')}`;
}

const websiteId = (site: URL) => new URL('#website', site).href;
const orgId = (site: URL) => new URL('#organization', site).href;

export function websiteNode(site: URL): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': websiteId(site),
    url: site.href,
    name: ui.siteName,
    description: ui.siteDescription,
    inLanguage: 'vi',
    publisher: { '@id': orgId(site) },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${new URL('/tim-kiem/', site).href}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function organizationNode(site: URL): JsonLdNode {
  return { '@type': 'Organization', '@id': orgId(site), name: ui.siteName, url: site.href };
}

const basedOn = (sources: readonly SourceLike[]) => {
  const urls = sources.flatMap((s) => (s.url ? [s.url] : []));
  return urls.length > 0 ? { isBasedOn: urls } : {};
};

const place = (name: string): JsonLdNode => ({
  '@type': 'Place',
  name,
  address: { '@type': 'PostalAddress', addressLocality: name, addressCountry: 'VN' },
});

/** Headlines over 110 characters are not shown by search engines; cut at a word. */
export function headline(title: string): string {
  if (title.length <= 110) return title;
  const cut = title.slice(0, 109);
  return `${cut.replace(/\s+\S*$/, '')}…`;
}

function common(page: PageInfo): JsonLdNode {
  return {
    '@id': `${page.url}#trang`,
    url: page.url,
    name: page.title,
    description: page.description,
    inLanguage: 'vi',
    isPartOf: { '@id': websiteId(page.site) },
  };
}

const dates = (d: { date: Date; updated?: Date | undefined }) => ({
  datePublished: isoDay(d.date),
  dateModified: isoDay(d.updated ?? d.date),
});

export function pageNode(page: PageInfo, item?: ItemInfo): JsonLdNode {
  const base = common(page);
  if (!item) return { '@type': page.isList ? 'CollectionPage' : 'WebPage', ...base };
  const publisher = { '@id': orgId(page.site) };
  switch (item.collection) {
    case 'news':
    case 'titles':
      return {
        '@type': item.collection === 'news' ? 'NewsArticle' : 'Article',
        ...base,
        headline: headline(page.title),
        image: [page.image],
        ...dates(item.data),
        author: publisher,
        publisher,
        ...(item.data.places?.length ? { contentLocation: item.data.places.map(place) } : {}),
        ...basedOn(item.data.sources),
      };
    case 'events': {
      const d = item.data;
      const where = [d.venue, d.placeName].filter(Boolean).join(', ');
      // An event with no known day or place is described as a page, not as
      // an Event, which would need a start date and a location the site does not have.
      if (!d.start || !where) return { '@type': 'WebPage', ...base, ...dates(d), ...basedOn(d.sources) };
      return {
        '@type': 'Event',
        ...base,
        image: [page.image],
        startDate: vietnamDateTime(d.start, d.startTime),
        endDate: d.startTime && !d.endTime ? vietnamDateTime(d.start, d.startTime) : vietnamDateTime(d.end ?? d.start, d.endTime),
        location: place(where),
        ...(d.organiser ? { organizer: { '@type': 'Organization', name: d.organiser } } : {}),
        ...(d.theme ? { about: d.theme } : {}),
        ...basedOn(d.sources),
      };
    }
    case 'stats': {
      const d = item.data;
      return {
        '@type': 'Dataset',
        ...base,
        ...dates(d),
        temporalCoverage: String(d.year),
        ...(d.placeName ? { spatialCoverage: place(d.placeName) } : {}),
        publisher,
        distribution: [
          { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: item.downloads.csv },
          { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: item.downloads.json },
        ],
        ...basedOn(d.sources),
      };
    }
    case 'plans': {
      const d = item.data;
      const issued = d.issued ? isoPartial(d.issued) : undefined;
      return {
        '@type': 'Legislation',
        ...base,
        ...(d.number ? { legislationIdentifier: d.number } : {}),
        ...(issued ? { legislationDate: issued } : {}),
        legislationPassedBy: { '@type': 'Organization', name: d.issuer },
        temporalCoverage: `${d.period.from}/${d.period.to}`,
        ...(d.places?.length ? { spatialCoverage: d.places.map(place) } : {}),
        ...basedOn(d.sources),
      };
    }
    case 'localities':
      return {
        '@type': 'AdministrativeArea',
        ...base,
        ...(item.data.parentName ? { containedInPlace: { '@type': 'AdministrativeArea', name: item.data.parentName } } : {}),
        ...basedOn(item.data.sources),
      };
  }
}

/** The whole graph for a page, as the text of a `<script type="application/ld+json">`. */
export function jsonLdGraph(page: PageInfo, item?: ItemInfo): string {
  const graph = { '@context': 'https://schema.org', '@graph': [websiteNode(page.site), organizationNode(page.site), pageNode(page, item)] };
  // `<` escaped so no text in the data can close the script element.
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}

/** Properties each type must carry; the site tests check every page against this. */
export const requiredProperties: Record<string, string[]> = {
  WebSite: ['name', 'url', 'potentialAction'],
  Organization: ['name', 'url'],
  WebPage: ['name', 'url'],
  CollectionPage: ['name', 'url'],
  NewsArticle: ['headline', 'datePublished', 'image', 'author'],
  Article: ['headline', 'datePublished', 'image', 'author'],
  Event: ['name', 'startDate', 'endDate', 'location'],
  Dataset: ['name', 'description', 'distribution'],
  Legislation: ['name', 'legislationPassedBy'],
  AdministrativeArea: ['name', 'url'],
};
