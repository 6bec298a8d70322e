/**
 * The filter choices of the search page, tallied at build time from the
 * filter values every indexed page hands Pagefind.
 *
 * Pagefind can list them in the browser (`filters()`), but only by fetching
 * every filter chunk, and each chunk lists every page: on a country-sized
 * site that was a third of a megabyte before the first query. The build
 * writes the choices instead: short lists whole (drawn as checkboxes), long
 * ones (thousands of places) as a name list the page fetches only when a
 * visitor starts typing a place.
 */
import { searchFilters, type SearchFilter } from './facets';

export interface Choice {
  value: string;
  /** How many indexed pages carry the value. */
  count: number;
}

export type Choices = Record<SearchFilter, Choice[]>;

/** Lists longer than this are not drawn as checkboxes but picked by typing. */
export const CHECKBOX_LIMIT = 30;

/** What the search page loads at start: short lists whole, long ones by their size only. */
export type ChoicesSummary = Record<SearchFilter, { total: number; values?: Choice[] }>;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name: string) => entities[name]!);
}

const filterSpan = /<span data-pagefind-filter="([a-z]+)">([^<]*)<\/span>/g;

/**
 * A copy of `text` that shares no memory with the string it was cut from.
 * V8 keeps a matched or trimmed piece as a view into the whole page, so
 * keeping the values of 120,000 pages kept their HTML too: gigabytes.
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** The filter values an item page's HTML hands Pagefind (the spans `SearchFields` writes), each once. */
export function filterValuesIn(html: string): [SearchFilter, string][] {
  const seen = new Set<string>();
  const out: [SearchFilter, string][] = [];
  for (const [, name, raw] of html.matchAll(filterSpan)) {
    const filter = searchFilters.find((known) => known === name);
    if (!filter) continue;
    const value = decode(raw!).trim();
    const key = `${filter}\u0000${value}`;
    if (!value || seen.has(key)) continue;
    seen.add(key);
    out.push([filter, detached(value)]);
  }
  return out;
}

/** Counts pages per value; years newest first, everything else in Vietnamese alphabetical order. */
export function tallyChoices(pages: Iterable<[SearchFilter, string][]>): Choices {
  const counts = Object.fromEntries(searchFilters.map((name) => [name, new Map<string, number>()])) as Record<SearchFilter, Map<string, number>>;
  for (const values of pages) for (const [name, value] of values) counts[name].set(value, (counts[name].get(value) ?? 0) + 1);
  const collator = new Intl.Collator('vi');
  return Object.fromEntries(
    searchFilters.map((name) => {
      const list = [...counts[name]].map(([value, count]) => ({ value, count }));
      list.sort(name === 'year' ? (a, b) => Number(b.value) - Number(a.value) : (a, b) => collator.compare(a.value, b.value));
      return [name, list];
    }),
  ) as Choices;
}

export function summarize(choices: Choices): ChoicesSummary {
  return Object.fromEntries(
    searchFilters.map((name) => {
      const list = choices[name];
      return [name, list.length <= CHECKBOX_LIMIT ? { total: list.length, values: list } : { total: list.length }];
    }),
  ) as ChoicesSummary;
}

/** Where the built site keeps the choices, under the search page. */
export const choicesPath = {
  summary: 'tim-kiem/bo-loc.json',
  list: (name: SearchFilter) => `tim-kiem/bo-loc-${name}.json`,
};
