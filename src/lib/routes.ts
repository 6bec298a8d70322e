/**
 * URL of every page, in one place. Slugs are ASCII (`đ` → `d`), paths end
 * with a slash to match `trailingSlash: 'always'`.
 */
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

/** Page 1 of a list is the section itself; page n is `<section>/trang/<n>/`. */
export function listPagePath(section: CollectionSection, page: number): string {
  return page <= 1 ? sectionPaths[section] : `${sectionPaths[section]}trang/${page}/`;
}

/** The criteria lookup and its filter pages: one page per title, one per level, so filtering needs no script. */
export const criteriaPaths = {
  all: '/danh-hieu/tieu-chi/',
  title: (titleId: string) => `/danh-hieu/tieu-chi/${titleId}/`,
  level: (level: string) => `/danh-hieu/tieu-chi/cap/${level}/`,
} as const;

/** Statistics filtered without JavaScript: one static page per locality, year and kind. */
export const statsFilterPath = {
  place: (slug: string) => `${sectionPaths.stats}dia-phuong/${slug}/`,
  year: (year: number) => `${sectionPaths.stats}nam/${year}/`,
  kind: (slug: string) => `${sectionPaths.stats}loai/${slug}/`,
};

/** A dataset's download, next to its page: `/so-lieu/<slug>.csv`. */
export function statsDownloadPath(id: string, format: 'csv' | 'json'): string {
  return `${sectionPaths.stats}${id}.${format}`;
}
