/**
 * What the search index learns about an item page besides its text: the
 * result's type, date and summary (meta), the filters it belongs to, and the
 * key it sorts by. Derived from the page's facets alone, so every item page
 * describes itself to search the same way.
 */
import type { PageFacets } from '../site/page-data';
import { formatDateShort, isoDate } from '../site/format';
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
  const date = facets.updated ?? facets.date;
  const meta: [string, string][] = [['type', ui.sections[facets.type]], ['summary', summary]];
  // The date shown is the one results sort by, so a list sorted by date reads in order.
  if (date) meta.push(['date', formatDateShort(date)]);
  const filters: [SearchFilter, string][] = [['type', ui.sections[facets.type]]];
  for (const name of facets.localities) filters.push(['locality', name]);
  if (facets.year !== undefined) filters.push(['year', String(facets.year)]);
  for (const name of facets.learningTitles) filters.push(['title', name]);
  // ISO dates sort as strings; pages without a date sort last by having no key.
  const sort: [ 'date', string][] = date ? [['date', isoDate(date)]] : [];
  return { meta, filters, sort };
}
