/** Newest first; items without a date go last, in their given order. */
export function byDateDesc<T>(getDate: (item: T) => Date | undefined) {
  return (a: T, b: T): number => {
    const da = getDate(a)?.getTime();
    const db = getDate(b)?.getTime();
    if (da === undefined && db === undefined) return 0;
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return db - da;
  };
}
