/**
 * Which items name a locality or a learning title. Works on plain entry
 * shapes so it is tested without Astro; references are `{ id }` objects as
 * Astro's `reference()` returns them.
 */
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

export function naming<T extends Linkable>(items: readonly T[], localityId: string): T[] {
  return items.filter((item) => localityIds(item).has(localityId));
}

export function aboutTitle<T extends Linkable>(items: readonly T[], titleId: string): T[] {
  return items.filter((item) => titleIds(item).has(titleId));
}

/** A locality and its ancestors, root first, for breadcrumbs and "thuộc" lines. */
export function ancestry<T extends { id: string; data: { parent?: Ref | undefined } }>(all: readonly T[], id: string): T[] {
  const byId = new Map(all.map((l) => [l.id, l]));
  const chain: T[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.unshift(current);
    current = current.data.parent ? byId.get(current.data.parent.id) : undefined;
  }
  return chain;
}
