/**
 * Which items name a locality or a learning title. Works on plain entry
 * shapes so it is tested without Astro; references are `{ id }` objects as
 * Astro's `reference()` returns them.
 */
import { byId, groupBy } from './indexes';
export interface Ref {
  id: string;
}

export interface Linkable {
  id: string;
  data: {
    localities?: Ref[] | undefined;
    locality?: Ref | undefined;
    learningTitles?: Ref[] | undefined;
    learningTitle?: Ref | undefined;
    series?: { learningTitle?: Ref | undefined }[] | undefined;
    targets?: { learningTitle?: Ref | undefined }[] | undefined;
  };
}

export function localityIds(item: Linkable): Set<string> {
  const ids = new Set((item.data.localities ?? []).map((r) => r.id));
  if (item.data.locality) ids.add(item.data.locality.id);
  return ids;
}

export function titleIds(item: Linkable): Set<string> {
  const ids = new Set((item.data.learningTitles ?? []).map((r) => r.id));
  if (item.data.learningTitle) ids.add(item.data.learningTitle.id);
  for (const row of [...(item.data.series ?? []), ...(item.data.targets ?? [])]) {
    if (row.learningTitle) ids.add(row.learningTitle.id);
  }
  return ids;
}

/** Items naming the locality, in list order; indexed once per list, not scanned per page. */
export function naming<T extends Linkable>(items: readonly T[], localityId: string): T[] {
  return [...(groupBy(items, 'localities', localityIds).get(localityId) ?? [])];
}

/** Items concerning the learning title, in list order. */
export function aboutTitle<T extends Linkable>(items: readonly T[], titleId: string): T[] {
  return [...(groupBy(items, 'titles', titleIds).get(titleId) ?? [])];
}

/** The localities whose parent is `id`, in list order. */
export function childrenOf<T extends { id: string; data: { parent?: Ref | undefined } }>(all: readonly T[], id: string): T[] {
  return [...(groupBy(all, 'parent', (l) => (l.data.parent ? [l.data.parent.id] : [])).get(id) ?? [])];
}

/** A locality and its ancestors, root first, for breadcrumbs and "thuộc" lines. */
export function ancestry<T extends { id: string; data: { parent?: Ref | undefined } }>(all: readonly T[], id: string): T[] {
  const index = byId(all);
  const chain: T[] = [];
  const seen = new Set<string>();
  let current = index.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.unshift(current);
    current = current.data.parent ? index.get(current.data.parent.id) : undefined;
  }
  return chain;
}
