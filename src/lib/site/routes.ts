/**
 * `src/lib/site/` answers "how is the site put together": every address
 * (this module), paging, vi-VN formatting, slugs, sorting, the UI strings,
 * the CSP, structured data and freshness.
 *
 * This module builds every URL the site has, so a page never writes a path
 * by hand. Slugs are ASCII (`đ` → `d`), paths end with a slash to match
 * `trailingSlash: 'always'`. A list longer than a page is split by one rule
 * (`pagedPath`): page 1 at the list's own address, page n at `trang/<n>/`.
 */
import { paginateItems, PAGE_SIZE, type Page } from './paging';

export const sectionPaths = {
  news: '/tin-tuc/',
  plans: '/ke-hoach/',
  titles: '/danh-hieu/',
  events: '/su-kien/',
  stats: '/so-lieu/',
  localities: '/dia-phuong/',
  search: '/tim-kiem/',
  about: '/gioi-thieu/',
} as const;

export type CollectionSection = 'news' | 'plans' | 'titles' | 'events' | 'stats' | 'localities';

export function itemPath(section: CollectionSection, id: string): string {
  return `${sectionPaths[section]}${id}/`;
}

/** A standing page of `content/pages/`: at the site's top level, `/<id>/`. */
export function standingPagePath(id: string): string {
  return `/${id}/`;
}

/** The one paging rule: what follows a list's address on its page n (n > 1). */
function pageSegment(page: number): string {
  return `trang/${page}`;
}

/** `base` itself for page 1, `base` + `trang/<n>/` after it. */
export function pagedPath(base: string, page: number): string {
  return page <= 1 ? base : `${base}${pageSegment(page)}/`;
}

/** Page 1 of a list is the section itself; page n is `<section>/trang/<n>/`. */
export function listPagePath(section: CollectionSection, page: number): string {
  return pagedPath(sectionPaths[section], page);
}

/**
 * Static paths for a list split into pages under a route ending in
 * `[...page]`: page 1 keeps the list's old URL, so links to it stay valid.
 */
export function pagedStaticPaths<T, P extends Record<string, string>, X extends object = object>(
  items: readonly T[],
  params: P,
  size: number,
  extra?: X,
): { params: P & { page: string | undefined }; props: X & { page: Page<T> } }[] {
  return paginateItems(items, size).map((page) => ({
    params: { ...params, page: page.number === 1 ? undefined : pageSegment(page.number) },
    props: { ...(extra as X), page },
  }));
}

/** Static paths for a section's own list, through its `[...page].astro` route. */
export function listStaticPaths<T>(items: readonly T[]): { params: { page: string | undefined }; props: { page: Page<T> } }[] {
  return pagedStaticPaths(items, {}, PAGE_SIZE);
}

/** The criteria lookup and its filter pages: one page per title, one per level, so filtering needs no script. */
/** The page on what the 2025 reform changed; the guides, criteria notes and tools link to exactly this path. */
export const afterReformPath = '/sau-ngay-01-7-2025/';

export const criteriaPaths = {
  all: '/danh-hieu/tieu-chi/',
  title: (titleId: string) => `/danh-hieu/tieu-chi/${titleId}/`,
  level: (level: string) => `/danh-hieu/tieu-chi/cap/${level}/`,
} as const;

/** The evaluation tool (the one page with an app), its data and its published format. */
export const toolPaths = {
  home: '/tu-danh-gia/',
  criteria: '/tu-danh-gia/bo-tieu-chi.json',
  schema: '/tu-danh-gia/ho-so.schema.json',
  format: '/tu-danh-gia/dinh-dang/',
  manifest: '/tu-danh-gia/manifest.webmanifest',
  serviceWorker: '/tu-danh-gia/sw.js',
} as const;

/** Feeds a reader or a calendar app subscribes to. */
export const feedPaths = {
  news: '/tin-tuc/rss.xml',
  calendar: '/su-kien/lich.ics',
} as const;

/** One event as an iCalendar file, for "Thêm vào lịch". */
export function eventCalendarPath(id: string): string {
  return `${sectionPaths.events}${id}.ics`;
}

/** Collections published in the open-data API: every section's, plus the criteria sets. */
export type ApiCollection = CollectionSection | 'criteria';
export const apiCollections: readonly ApiCollection[] = ['news', 'plans', 'titles', 'events', 'stats', 'localities', 'criteria'];

/** The open-data file of a collection: page 1 at the collection's address, later pages under it. */
export function apiPath(collection: ApiCollection, page = 1): string {
  return page <= 1 ? `/api/${collection}.json` : `/api/${collection}/${pageSegment(page)}.json`;
}

/** A dataset's own downloads (built by the statistics pages). */
export function datasetDownloadPath(id: string, format: 'xlsx' | 'csv' | 'json'): string {
  return `${sectionPaths.stats}${id}.${format}`;
}

const collectionOfSegment = Object.fromEntries(
  (['news', 'plans', 'titles', 'events', 'stats', 'localities'] as const).map((c) => [sectionPaths[c], c]),
) as Record<string, CollectionSection>;

/** `/tin-tuc/abc/` → news item `abc`; list pages (`/tin-tuc/trang/2/`) and other pages → undefined. */
export function itemOfPath(pathname: string): { collection: CollectionSection; id: string } | undefined {
  const m = /^(\/[^/]+\/)([^/]+)\/$/.exec(pathname);
  if (!m || m[2] === 'trang') return undefined;
  const collection = collectionOfSegment[m[1]!];
  return collection ? { collection, id: m[2]! } : undefined;
}

/** The collection whose list a path shows (`/tin-tuc/`, `/tin-tuc/trang/2/`), if any. */
export function listOfPath(pathname: string): CollectionSection | undefined {
  const m = /^(\/[^/]+\/)(?:trang\/\d+\/)?$/.exec(pathname);
  return m ? collectionOfSegment[m[1]!] : undefined;
}

/** Statistics filtered without JavaScript: one static page per locality, year and kind. */
export const statsFilterPath = {
  place: (slug: string) => `${sectionPaths.stats}dia-phuong/${slug}/`,
  /** Every place with statistics, a page of links at a time. */
  places: (page: number) => pagedPath(`${sectionPaths.stats}dia-phuong/`, page),
  year: (year: number) => `${sectionPaths.stats}nam/${year}/`,
  kind: (slug: string) => `${sectionPaths.stats}loai/${slug}/`,
};
