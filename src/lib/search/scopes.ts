/**
 * Search scopes: on a large site the search index is split by date into a
 * small index of the newest items, searched first, and one of everything
 * older, searched only when the newest run out of results or the visitor
 * asks for more (BENCHMARKS.md, "Search at the scale of a country").
 *
 * Why: Pagefind fetches, for every index it searches, a metadata file with
 * one entry per page (about 9 bytes a page) and, for each word of the query,
 * that word's whole list of pages with every position. On 20,000 items the
 * words people type most ("học", "tập", "gia", "đình") are on most pages, so
 * one index costs close to a megabyte for the first results; an index of the
 * newest thousand items costs a twentieth of it. Dates split the site so that
 * results read scope after scope are still in date order: every page of the
 * newest scope is at least as new as every dated page of the older one.
 *
 * Both indexes live in one Pagefind bundle as two "languages" of it (the
 * newest is the site's own language, `vi`), so the browser fetches Pagefind's
 * script, worker and WebAssembly once for both.
 */

/** Newest pages in the first index: about 40 KB for a query of four words found on most pages (BENCHMARKS.md). */
export const recentPages = 1000;

/** Where the build writes the list of scopes, beside the search page. */
export const scopesPath = 'tim-kiem/pham-vi.json';

export interface SearchScope {
  /** The Pagefind "language" that names this scope's index in the bundle. */
  language: string;
  pages: number;
  /** Oldest and newest ISO date in the scope; absent when no page has one. */
  from?: string;
  to?: string;
}

export interface ScopedPage {
  /** ISO date the page sorts by (its `data-pagefind-sort="date"`), if any. */
  date?: string;
}

/** The language of scope `i`: the site's own for the newest, a private-use tag for the rest. */
export function scopeLanguage(i: number): string {
  return i === 0 ? 'vi' : `vi-x-s${i}`;
}

/**
 * Pages in an older scope at most. Pagefind takes time more than
 * proportional to an index's size to write it: 19,000 pages in one index took
 * 53 s, the same pages in two took 29 s (BENCHMARKS.md, "Scale"); a visitor
 * who reads past the newest items searches the older scopes one at a time.
 */
export const olderPages = 5000;

/** Cuts `ordered` (newest first) after `size` pages, and after every page of the last one's date, so no date is in two scopes. */
function cutAt<T extends ScopedPage>(ordered: readonly T[], size: number): number {
  let cut = Math.min(size, ordered.length);
  const edge = ordered[cut - 1]?.date;
  while (edge !== undefined && cut < ordered.length && ordered[cut]!.date === edge) cut += 1;
  return cut;
}

/**
 * Splits pages into the newest `recent` and the rest in scopes of at most
 * about `older` pages, newest first, pages without a date last. A site with
 * no more than twice `recent` pages keeps one index: a second one would cost
 * more than it saves.
 */
export function splitScopes<T extends ScopedPage>(pages: readonly T[], recent = recentPages, older = olderPages): T[][] {
  if (pages.length <= recent * 2) return [[...pages]];
  let rest = pages
    .map((page, i) => ({ page, i }))
    .sort((a, b) => {
      if (a.page.date !== b.page.date) {
        if (a.page.date === undefined) return 1;
        if (b.page.date === undefined) return -1;
        return a.page.date < b.page.date ? 1 : -1;
      }
      return a.i - b.i;
    })
    .map(({ page }) => page);
  const scopes: T[][] = [];
  for (let size = recent; rest.length > 0; size = older) {
    // The last older scope takes a remainder smaller than half a scope rather than leaving it alone.
    const cut = rest.length - size < older / 2 && scopes.length > 0 ? rest.length : cutAt(rest, size);
    scopes.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return scopes;
}

/** What the search page learns about each scope, in the order they are searched. */
export function describeScopes(scopes: readonly (readonly ScopedPage[])[]): SearchScope[] {
  return scopes.map((pages, i) => {
    const dates = pages.map((p) => p.date).filter((d): d is string => d !== undefined).sort();
    return { language: scopeLanguage(i), pages: pages.length, ...(dates.length ? { from: dates[0]!, to: dates.at(-1)! } : {}) };
  });
}

/** Reads the sort date a page gives Pagefind (see `src/lib/search/facets.ts`). */
export function sortDateIn(html: string): string | undefined {
  const match = /data-pagefind-sort="date"[^>]*>([^<]+)</.exec(html);
  // Copied out, so the page's HTML is not kept alive by a view into it.
  return match ? (' ' + match[1]!).slice(1) : undefined;
}
