/**
 * Static paths for the statistics section's filter pages and downloads, so
 * the .astro routes stay thin.
 */
import { byKind, byPlace, byYear, statFilters, unnamedPlaceSlug, type DatasetLike } from './stat-series';

export function placeFilterPaths<T extends DatasetLike>(all: readonly T[]) {
  return statFilters(all).localities.map(({ slug }) => ({ params: { place: slug }, props: { slug, items: byPlace(all, slug) } }));
}

export function yearFilterPaths<T extends DatasetLike>(all: readonly T[]) {
  return statFilters(all).years.map(({ year }) => ({ params: { year: String(year) }, props: { year, items: byYear(all, year) } }));
}

export function kindFilterPaths<T extends DatasetLike>(all: readonly T[]) {
  return statFilters(all).kinds.map(({ kind, slug }) => ({ params: { kind: slug }, props: { kind, items: byKind(all, kind) } }));
}

/** A filter value's label: a locality's name, the scope wording for unnamed places. */
export function placeLabel(slug: string, names: Record<string, string>, unnamed: string): string {
  return slug === unnamedPlaceSlug ? unnamed : (names[slug] ?? slug);
}
