import { proseFields, updatedNotBeforeDate, type SchemaContext, strictObject } from './fields';

export const newsSchema = (ctx: SchemaContext) =>
  strictObject(proseFields(ctx))
    .refine(updatedNotBeforeDate.check, { message: updatedNotBeforeDate.message, path: updatedNotBeforeDate.path });
