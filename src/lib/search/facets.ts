/**
 * What the search index learns about an item page besides its text: the
 * result's type, date and summary (meta), the filters it belongs to, and the
 * key it sorts by. Derived from the page's facets alone, so every item page
 * describes itself to search the same way.
 */
import type { PageFacets } from '../site/page-data';
import { ui } from '../site/ui';

/** Filter names as the search page knows them; labels live in `ui.searchPage.filters`. */
export const searchFilters = ['type', 'locality', 'year', 'title'] as const;
export type SearchFilter = (typeof searchFilters)[number];

export interface SearchFields {
  meta: [name: string, value: string][];
  filters: [name: SearchFilter, value: string][];
  sort: [name: 'date', value: string][];
}

export function searchFields(facets: PageFacets, summary: string): SearchFields {
  // The item's own date (an event's days, a plan's issue date, its source's date), never the day
  // it was entered on the portal; items without one show no date and sort after every dated one.
  const meta: [string, string][] = [['type', ui.sections[facets.type]], ['summary', summary]];
  if (facets.own) meta.push(['date', facets.own.text]);
  const filters: [SearchFilter, string][] = [['type', ui.sections[facets.type]]];
  for (const name of facets.localities) filters.push(['locality', name]);
  const year = facets.own?.year ?? facets.year;
  if (year !== undefined) filters.push(['year', String(year)]);
  for (const name of facets.learningTitles) filters.push(['title', name]);
  // ISO dates sort as strings; pages without a date sort last by having no key.
  const sort: ['date', string][] = facets.own?.sortKey ? [['date', facets.own.sortKey]] : [];
  return { meta, filters, sort };
}
