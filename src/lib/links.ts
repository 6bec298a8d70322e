import { byId } from './indexes';
import { itemPath, type CollectionSection } from './routes';

/** Turn references into labelled links, in the order the item lists them; unknown ids are dropped. */
export function relatedLinks<T extends { id: string }>(
  refs: readonly { id: string }[],
  all: readonly T[],
  section: CollectionSection,
  label: (item: T) => string,
): { href: string; label: string }[] {
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
