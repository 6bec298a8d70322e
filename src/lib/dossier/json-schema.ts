/**
 * The published description of a dossier file: the JSON Schema of
 * `ho-so.json` (and of the council's conclusion file), and the rows of the
 * field page, both drawn from the zod schemas in src/schemas/dossier.ts.
 */
import { z } from 'astro/zod';
import { dossierManifest, reviewSchema } from '../../schemas/dossier';

export function dossierFormatJsonSchema(id: string): Record<string, unknown> {
  const schema = z.toJSONSchema(dossierManifest(), { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: id,
    title: 'Hồ sơ tự đánh giá (ho-so.json)',
    $defs: { ...((schema.$defs as object) ?? {}), ketLuan: z.toJSONSchema(reviewSchema(), { io: 'input', unrepresentable: 'any' }) },
  };
}

export interface FieldRow {
  /** Dotted path, `[]` for a list item and `{mã}` for a keyed entry: `dossier.evidence[].file.sha256`. */
  path: string;
  type: string;
  required: boolean;
  description: string;
}

type Json = Record<string, any>;

function typeOf(s: Json): string {
  if (s.const !== undefined) return `"${s.const}"`;
  if (s.enum) return s.enum.map((v: unknown) => JSON.stringify(v)).join(' | ');
  if (s.anyOf) return s.anyOf.map(typeOf).join(' | ');
  if (s.type === 'array') return `danh sách ${typeOf(s.items ?? {})}`;
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object' && !s.properties) return 'bảng theo mã';
  return Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'bất kỳ');
}

/** Every field of a JSON Schema, depth first, with the description zod carried over. */
export function fieldRows(schema: Json, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (s: Json, path: string, required: boolean, inherited?: string) => {
    const node = s.anyOf?.find((x: Json) => x.type !== 'null') && s.anyOf.length === 2 ? { ...s.anyOf.find((x: Json) => x.type !== 'null'), description: s.description ?? s.anyOf.find((x: Json) => x.type !== 'null').description } : s;
    const description = s.description ?? node.description ?? inherited ?? '';
    if (path) rows.push({ path, type: typeOf(s), required, description });
    if (node.type === 'object' && node.properties) {
      const req = new Set<string>(node.required ?? []);
      for (const [k, v] of Object.entries(node.properties as Record<string, Json>)) walk(v, path ? `${path}.${k}` : k, req.has(k));
    } else if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') {
      walk(node.additionalProperties, `${path}.{mã}`, true);
    } else if (node.type === 'array' && node.items) {
      walk(node.items, `${path}[]`, true);
    }
  };
  walk(schema, prefix, true);
  return rows;
}
