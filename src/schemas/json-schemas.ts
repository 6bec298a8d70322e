/**
 * Each collection's schema as JSON Schema, for the field reference
 * (docs/truong-du-lieu.md). References and images are plain strings here, as
 * an editor writes them; the `x-ref` and `x-image` keys mark them for the
 * renderer, since a field's `description` says what it means.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from './fields';
import { criteriaSchema, eventSchema, localitySchema, newsSchema, pageSchema, planSchema, statSchema, titleSchema } from './index';

export const referenceContext: SchemaContext = {
  ref: (collection) => z.string().meta({ 'x-ref': collection }).transform((id) => ({ id, collection })),
  image: () => z.string().meta({ 'x-image': true }),
};

/** Folder under `content/` and file format of each collection, in the order the guide lists them. */
export const documentedCollections = [
  { name: 'news', format: 'md', schema: newsSchema },
  { name: 'events', format: 'md', schema: eventSchema },
  { name: 'plans', format: 'md', schema: planSchema },
  { name: 'titles', format: 'md', schema: titleSchema },
  { name: 'stats', format: 'yaml', schema: statSchema },
  { name: 'localities', format: 'yaml', schema: localitySchema },
  { name: 'criteria', format: 'yaml', schema: criteriaSchema },
  { name: 'pages', format: 'md', schema: pageSchema },
] as const;

export function collectionJsonSchemas(): { name: string; format: string; jsonSchema: Record<string, unknown> }[] {
  return documentedCollections.map(({ name, format, schema }) => ({
    name,
    format,
    // The editor writes the input side: dates as text, references as slugs.
    jsonSchema: z.toJSONSchema(schema(referenceContext), { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
  }));
}
