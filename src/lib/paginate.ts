/** Lists longer than this are split into numbered pages. */
export const PAGE_SIZE = 20;

export interface Page<T> {
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
}

/** Always at least one page, so an empty section still has its list page. */
export function paginateItems<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}
