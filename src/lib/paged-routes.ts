import { paginateItems, type Page } from './paginate';

/** `base` itself for page 1, `base` + `trang/<n>/` after it: the same scheme as the section lists. */
export function pagedPath(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang/${page}/`;
}

/**
 * Static paths for a list split into pages under a route ending in
 * `[...page]`: page 1 keeps the list's old URL, so links to it stay valid.
 */
export function pagedStaticPaths<T, P extends Record<string, string>, X extends object = object>(
  items: readonly T[],
  params: P,
  size: number,
  extra?: X,
): { params: P & { page: string | undefined }; props: X & { page: Page<T> } }[] {
  return paginateItems(items, size).map((page) => ({
    params: { ...params, page: page.number === 1 ? undefined : `trang/${page.number}` },
    props: { ...(extra as X), page },
  }));
}
