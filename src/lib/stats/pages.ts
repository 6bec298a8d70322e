/**
 * Static paths for the statistics section's filter pages and downloads, so
 * the .astro routes stay thin.
 */
import { groupBy } from '../site/indexes';
import { PAGE_SIZE } from '../site/paging';
import { pagedStaticPaths } from '../site/routes';
import { placeSlug, statFilters, unnamedPlaceSlug, type DatasetLike } from './series';

// Each filter's datasets are grouped in one pass (a filter per place that
// scanned every dataset grew with places × datasets), and a filter with
// many datasets is split into pages like the section's own list: page 1
// at the filter's old URL, then `trang/<n>/`.

export function placeFilterPaths<T extends DatasetLike>(all: readonly T[], size = PAGE_SIZE) {
  const groups = groupBy(all, 'stat-place', (d) => [placeSlug(d)]);
  return statFilters(all).localities.flatMap(({ slug, count }) => pagedStaticPaths(groups.get(slug) ?? [], { place: slug }, size, { slug, total: count }));
}

export function yearFilterPaths<T extends DatasetLike>(all: readonly T[], size = PAGE_SIZE) {
  const groups = groupBy(all, 'stat-year', (d) => [String(d.data.year)]);
  return statFilters(all).years.flatMap(({ year, count }) => pagedStaticPaths(groups.get(String(year)) ?? [], { year: String(year) }, size, { year, total: count }));
}

export function kindFilterPaths<T extends DatasetLike>(all: readonly T[], size = PAGE_SIZE) {
  const groups = groupBy(all, 'stat-kind', (d) => [d.data.kind]);
  return statFilters(all).kinds.flatMap(({ kind, slug, count }) => pagedStaticPaths(groups.get(kind) ?? [], { kind: slug }, size, { kind, total: count }));
}

/** A filter value's label: a locality's name, the scope wording for unnamed places. */
export function placeLabel(slug: string, names: Readonly<Record<string, string>>, unnamed: string): string {
  return slug === unnamedPlaceSlug ? unnamed : (names[slug] ?? slug);
}

/** Places the statistics home names in its filter; every place is on the paginated list of places. */
export const STATS_HOME_PLACES = 20;
/** Places on each page of that list. */
export const PLACES_PAGE_SIZE = 60;

const vietnamese = new Intl.Collator('vi');

/** Places by name (the unnamed-place group under its label), as the list of places shows them. */
export function placesByName<P extends { slug: string }>(places: readonly P[], names: Readonly<Record<string, string>>, unnamed: string): P[] {
  return [...places].sort((a, b) => vietnamese.compare(placeLabel(a.slug, names, unnamed), placeLabel(b.slug, names, unnamed)));
}

/** The `n` places with the most datasets, then by name, for the statistics home. */
export function topPlaces<P extends { slug: string; count: number }>(places: readonly P[], names: Readonly<Record<string, string>>, n: number): P[] {
  const label = (p: P) => names[p.slug] ?? p.slug;
  return [...places].sort((a, b) => b.count - a.count || vietnamese.compare(label(a), label(b))).slice(0, n);
}
