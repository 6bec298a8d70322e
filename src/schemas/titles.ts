import { z } from 'astro/zod';
import { partialDate, proseFields, updatedNotBeforeDate, type SchemaContext, strictObject } from './fields';

/** A legal document a title rests on. */
export const legalDocument = () =>
  strictObject({
      number: z.string().min(3),
      /** What kind of document: Quyết định, Thông tư, Công văn. */
      kind: z.string().min(3),
      issuer: z.string().min(3),
      date: partialDate().optional(),
      /** What it does for this title, in a few words. */
      subject: z.string().min(5),
    });

export const titleSchema = (ctx: SchemaContext) =>
  strictObject({
      ...proseFields(ctx),
      /** The title's name as awarded, e.g. "Gia đình học tập". */
      name: z.string().min(3),
      /** Position in lists, from the household outward. */
      order: z.number().int(),
      /** Who can be recognised. */
      audience: z.string().min(5),
      /** Who sets the criteria. */
      criteriaIssuer: z.string().optional(),
      /** Who decides the recognition, where a source says; left out rather than guessed. */
      recognisedBy: z.string().optional(),
      legalBasis: z.array(legalDocument()).default([]),
    })
    .refine(updatedNotBeforeDate.check, { message: updatedNotBeforeDate.message, path: updatedNotBeforeDate.path });
