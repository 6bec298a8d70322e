import { z } from 'astro/zod';
import { level, sources, type SchemaContext, strictObject } from './fields';

export const localitySchema = (ctx: SchemaContext) =>
  strictObject({
      /** As the source names it on its date; units were reorganised in 2025. */
      name: z.string().min(2),
      level: level(),
      parent: ctx.ref('localities').optional(),
      /** What a reader should know of the name: what the source calls it, what has changed since. */
      note: z.string().optional(),
      sources: sources(),
      /** How the unit has changed since the sources named it; shown only with its own cited source. */
      change: strictObject({ note: z.string().min(10, 'ghi chú thay đổi quá ngắn'), sources: sources() }).optional(),
    });
