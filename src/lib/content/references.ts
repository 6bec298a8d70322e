/**
 * Astro 7 only logs a reference to a missing entry and builds on, which would
 * publish pages with silently missing links. This walks every entry's data
 * for `{ collection, id }` references and reports each one that points
 * nowhere, with the file and the field, so the build can stop.
 */
export interface StoredEntry {
  id: string;
  collection: string;
  filePath?: string | undefined;
  data: unknown;
}

export interface BrokenReference {
  file: string;
  field: string;
  collection: string;
  id: string;
}

function walk(value: unknown, path: string, visit: (ref: { collection: string; id: string }, path: string) => void): void {
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
    return;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.collection === 'string' && typeof obj.id === 'string' && Object.keys(obj).length === 2) {
    visit({ collection: obj.collection, id: obj.id }, path);
    return;
  }
  for (const [key, v] of Object.entries(obj)) walk(v, path ? `${path}.${key}` : key, visit);
}

export function findBrokenReferences(entries: readonly StoredEntry[]): BrokenReference[] {
  const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const broken: BrokenReference[] = [];
  for (const entry of entries) {
    walk(entry.data, '', (ref, field) => {
      if (!known.has(`${ref.collection}/${ref.id}`)) {
        broken.push({ file: entry.filePath ?? `${entry.collection}/${entry.id}`, field, collection: ref.collection, id: ref.id });
      }
    });
  }
  return broken;
}

export function describeBrokenReferences(broken: readonly BrokenReference[]): string {
  return broken
    .map((b) => `${b.file}: trường "${b.field}" trỏ tới "${b.id}" nhưng mục ${b.collection} này không tồn tại (kiểm tra lỗi chính tả của mã)`)
    .join('\n');
}
