/**
 * Lists of related items on a title's or a place's page (its news, plans,
 * sub-units…). A page names the first few and links to the full list, split
 * into pages under the item's own URL, so an item page stays the same size
 * however many items name it (a province with 600 communes, a title that
 * thousands of datasets report on).
 */
import { capList, PAGE_SIZE, type Page } from './paginate';
import { pagedPath, pagedStaticPaths } from './paged-routes';

/** Links an item page shows per list before linking to the full list. */
export const RELATED_CAP = 10;

export const relatedLists = ['truc-thuoc', 'ke-hoach', 'tin-tuc', 'su-kien', 'so-lieu'] as const;
export type RelatedList = (typeof relatedLists)[number];

export interface Link {
  href: string;
  label: string;
}

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
