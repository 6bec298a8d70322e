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

/**
 * The page numbers a pager links to: the first, the last, and `radius` either
 * side of the current page; `null` marks a gap. Listing every page number
 * would make each of a list's pages grow with the list, so a section's pages
 * together would grow with the square of its size.
 */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const shown = new Set([1, total]);
  for (let p = current - radius; p <= current + radius; p += 1) if (p >= 1 && p <= total) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous > 1) out.push(previous + 1 === p - 1 ? p - 1 : null);
    out.push(p);
  });
  return out;
}

/** The first `cap` items of a list, and how many were left out: a page shows a few and links to the full list. */
export function capList<T>(items: readonly T[], cap: number): { shown: readonly T[]; hidden: number } {
  return { shown: items.slice(0, cap), hidden: Math.max(0, items.length - cap) };
}
