import { paginateItems, type Page } from './paginate';

/**
 * Static paths for a paginated list: page 1 at the section's root, later
 * pages at `trang/<n>/`, through one `[...page].astro` route per section.
 */
export function listStaticPaths<T>(items: readonly T[]): { params: { page: string | undefined }; props: { page: Page<T> } }[] {
  return paginateItems(items).map((page) => ({
    params: { page: page.number === 1 ? undefined : `trang/${page.number}` },
    props: { page },
  }));
}
