import { z } from 'astro/zod';
import { proseFields, updatedNotBeforeDate, type SchemaContext } from './fields';

export const newsSchema = (ctx: SchemaContext) =>
  z
    .object(proseFields(ctx))
    .strict()
    .refine(updatedNotBeforeDate.check, { message: updatedNotBeforeDate.message, path: updatedNotBeforeDate.path });
