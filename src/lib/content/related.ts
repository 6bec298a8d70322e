/**
 * What is related to an item: which items name a locality or a learning
 * title, a place's children and ancestors, references turned into links,
 * and the related lists an item page previews and links to in full. Works
 * on plain entry shapes so it is tested without Astro; references are
 * `{ id }` objects as Astro's `reference()` returns them. `src/data/related.ts`
 * feeds it the collections.
 */
import { byId, groupBy } from '../site/indexes';
import { capList, PAGE_SIZE, type Page } from '../site/paging';
import { itemPath, pagedPath, pagedStaticPaths, type CollectionSection } from '../site/routes';

/** A reference to another entry, as Astro's `reference()` returns it. */
export interface Ref {
  id: string;
}

/** A labelled link to a page of the site. */
export interface Link {
  href: string;
  label: string;
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

/** Turn references into labelled links, in the order the item lists them; unknown ids are dropped. */
export function relatedLinks<T extends { id: string }>(
  refs: readonly { id: string }[],
  all: readonly T[],
  section: CollectionSection,
  label: (item: T) => string,
): Link[] {
  const index = byId(all);
  return refs.flatMap((r) => {
    const item = index.get(r.id);
    return item ? [{ href: itemPath(section, item.id), label: label(item) }] : [];
  });
}

/** A map from id to display name, for tables that name a learning title per row. */
export function namesById<T extends { id: string }>(all: readonly T[], label: (item: T) => string): Record<string, string> {
  return Object.fromEntries(all.map((x) => [x.id, label(x)]));
}

/** The place a dataset is about: its locality's name, or the scope the source describes. */
export function placeName(
  data: { locality?: { id: string } | undefined; scope?: string | undefined },
  localities: readonly { id: string; data: { name: string } }[],
): string {
  const named = data.locality ? byId(localities).get(data.locality.id) : undefined;
  return named?.data.name ?? data.scope ?? '';
}

/*
 * Lists of related items on a title's or a place's page (its news, plans,
 * sub-units…). A page names the first few and links to the full list, split
 * into pages under the item's own URL, so an item page stays the same size
 * however many items name it (a province with 600 communes, a title that
 * thousands of datasets report on).
 */
/** Links an item page shows per list before linking to the full list. */
export const RELATED_CAP = 10;

export const relatedLists = ['truc-thuoc', 'ke-hoach', 'tin-tuc', 'su-kien', 'so-lieu'] as const;
export type RelatedList = (typeof relatedLists)[number];

/** The full list's URL: under the owning item's page, e.g. `/dia-phuong/tinh-a/tin-tuc/`. */
export function relatedListPath(ownerPath: string, list: RelatedList, page = 1): string {
  return pagedPath(`${ownerPath}${list}/`, page);
}

/** What an item page shows of one list: the first links, and the full list's URL when some are left out. */
export function relatedPreview(ownerPath: string, list: RelatedList, links: readonly Link[], cap = RELATED_CAP): { links: Link[]; more: { href: string; total: number } | undefined } {
  const { shown, hidden } = capList(links, cap);
  return { links: [...shown], more: hidden > 0 ? { href: relatedListPath(ownerPath, list), total: links.length } : undefined };
}

/** Static paths of an item's full lists, only for lists too long to show whole on the item page. */
export function relatedListPaths(
  owner: { id: string; name: string; path: string },
  lists: readonly { list: RelatedList; heading: string; links: readonly Link[] }[],
  cap = RELATED_CAP,
) {
  return lists.flatMap(({ list, heading, links }) =>
    links.length > cap
      ? pagedStaticPaths(links, { slug: owner.id, list }, PAGE_SIZE, { ownerName: owner.name, ownerPath: owner.path, list, what: heading, total: links.length })
      : [],
  );
}

/** What a full list's page is given by its route. */
export interface RelatedListProps {
  ownerName: string;
  ownerPath: string;
  list: RelatedList;
  /** The list's own heading on the owner's page. */
  what: string;
  page: Page<Link>;
  total: number;
}
