/**
 * Lookups over a whole list, built once per list instead of once per page.
 * A build of 20,000 items renders 20,000 pages; a page that scans every
 * locality to find its own makes the build grow with the square of the site.
 *
 * An index is cached against the list itself, and only when the list is
 * frozen (as `src/data/entries.ts` hands them out in a build): a frozen list
 * cannot change under its index. Any other list is indexed afresh each call.
 */
const cache = new WeakMap<readonly unknown[], Map<string, unknown>>();

export function memoOnList<L extends readonly unknown[], R>(list: L, name: string, build: (list: L) => R): R {
  if (!Object.isFrozen(list)) return build(list);
  let forList = cache.get(list);
  if (!forList) {
    forList = new Map();
    cache.set(list, forList);
  }
  if (!forList.has(name)) forList.set(name, build(list));
  return forList.get(name) as R;
}

/** Each item under its id. */
export function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return memoOnList(items, 'byId', (list) => new Map(list.map((x) => [x.id, x])));
}

/**
 * Items grouped under every key `keysOf` gives them, in list order. `name`
 * tells apart groupings of the same list.
 */
export function groupBy<T>(items: readonly T[], name: string, keysOf: (item: T) => Iterable<string>): ReadonlyMap<string, readonly T[]> {
  return memoOnList(items, `groupBy:${name}`, (list) => {
    const groups = new Map<string, T[]>();
    for (const item of list) {
      for (const key of new Set(keysOf(item))) {
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
    }
    return groups;
  });
}
