/**
 * The criteria lookup's pages: the whole lookup, one filter per title and
 * one per level, each split into pages. A site with thousands of sets would
 * otherwise print every set on one page (3.7 MB at 1,000 sets) and scan
 * every set for every title on every page (titles × sets × pages).
 */
import { byId, groupBy, memoOnList } from '../site/indexes';
import { capList, PAGE_SIZE } from '../site/paging';
import { pagedPath } from '../site/routes';

/** Sets per lookup page, as many as a section list's items (every real set fits on page 1). */
export const CRITERIA_PAGE_SIZE = PAGE_SIZE;
/** Titles named in the lookup's title filter; the rest are one link away. */
export const TITLE_FILTER_CAP = 12;

export interface SetLike {
  id: string;
  data: { title: { id: string }; level: readonly string[] };
}

/** Sets under each title and each level, built once per (frozen) list of sets. */
export function setsByTitle<S extends SetLike>(sets: readonly S[]): ReadonlyMap<string, readonly S[]> {
  return groupBy(sets, 'criteria-by-title', (s) => [s.data.title.id]);
}
export function setsByLevel<S extends SetLike>(sets: readonly S[]): ReadonlyMap<string, readonly S[]> {
  return groupBy(sets, 'criteria-by-level', (s) => s.data.level);
}

/** The titles that have at least one set, in the titles' own order. */
export function titlesWithSets<T extends { id: string }, S extends SetLike>(titles: readonly T[], sets: readonly S[]): readonly T[] {
  const grouped = setsByTitle(sets);
  // Frozen, so lookups on it are indexed once too.
  return memoOnList(sets, 'criteria-titles', () => Object.freeze(titles.filter((t) => grouped.has(t.id))));
}

/**
 * The title filter's links: the first `cap` titles with sets, plus the
 * current one when it lies further down, and how many are not named.
 */
export function titleFilter<T extends { id: string }>(titles: readonly T[], currentId: string | undefined, cap = TITLE_FILTER_CAP): { shown: readonly T[]; hidden: number } {
  const { shown, hidden } = capList(titles, cap);
  const current = currentId === undefined || shown.some((t) => t.id === currentId) ? undefined : byId(titles).get(currentId);
  return current ? { shown: [...shown, current], hidden: hidden - 1 } : { shown, hidden };
}

/**
 * Where a set is shown on its title's lookup: the page of that list that
 * holds it, with the set's anchor, for links that must reach the set itself.
 */
export function criteriaSetPath<S extends SetLike>(sets: readonly S[], set: S, titlePath: (titleId: string) => string, size = CRITERIA_PAGE_SIZE): string {
  const index = (setsByTitle(sets).get(set.data.title.id) ?? []).indexOf(set);
  return `${pagedPath(titlePath(set.data.title.id), Math.floor(Math.max(0, index) / size) + 1)}#${set.id}`;
}
