/**
 * The search page's state lives in its URL (`?q=…&type=…&sort=…`), so a list
 * of results can be linked, bookmarked and reached by the plain header form.
 */
import { searchFilters, type SearchFilter } from './facets';
import { toIndexQuery, toIndexText } from './text';

export type SortOrder = 'relevance' | 'desc' | 'asc';

export interface SearchState {
  query: string;
  filters: Record<SearchFilter, string[]>;
  sort: SortOrder;
}

function emptyFilters(): Record<SearchFilter, string[]> {
  return { type: [], locality: [], year: [], title: [] };
}

export function readState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const name of searchFilters) {
    filters[name] = [...new Set(params.getAll(name).map((v) => v.normalize('NFC').trim()).filter(Boolean))];
  }
  const sort = params.get('sort');
  return {
    query: (params.get('q') ?? '').normalize('NFC').replace(/\s+/g, ' ').trim(),
    filters,
    sort: sort === 'desc' || sort === 'asc' ? sort : 'relevance',
  };
}

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of searchFilters) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return searchFilters.some((name) => state.filters[name].length > 0);
}

/** Pagefind's search arguments: a value of any chosen kind matches; kinds combine with AND. */
export function pagefindArgs(state: SearchState): {
  term: string | null;
  options: { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> };
} {
  const filters: Record<string, { any: string[] }> = {};
  for (const name of searchFilters) {
    if (state.filters[name].length) filters[name] = { any: state.filters[name].map(toIndexText) };
  }
  return {
    term: state.query ? toIndexQuery(state.query) : null,
    options: { filters, ...(state.sort === 'relevance' ? {} : { sort: { date: state.sort } }) },
  };
}

/**
 * The part of a query still being typed whose index chunks are worth
 * fetching already: the finished words (those followed by a space). The word
 * under the cursor is left out: as a prefix ("t", "ta") it matches so many
 * index words that fetching for it costs more bytes than it saves time.
 */
export function preloadTerm(typed: string): string {
  const text = typed.normalize('NFC').replace(/\s+/g, ' ');
  const words = text.trim().split(' ').filter(Boolean);
  if (!/\s$/.test(text)) words.pop();
  return words.length ? toIndexQuery(words.join(' ')) : '';
}
