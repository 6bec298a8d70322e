import { defineCollection, reference } from 'astro:content';
import { contentGlob } from './loaders/content-glob';
import { sharedSchema } from './loaders/shared-schema';
import {
  eventSchema,
  localitySchema,
  newsSchema,
  planSchema,
  statSchema,
  titleSchema,
  criteriaSchema,
  pageSchema,
  type SchemaContext,
  type RefSchema,
} from './schemas';

const withContext = <T,>(build: (ctx: SchemaContext) => T) =>
  sharedSchema(({ image }: { image: () => unknown }) =>
    build({ ref: (c) => reference(c) as unknown as RefSchema, image: image as SchemaContext['image'] }));

export const collections = {
  news: defineCollection({ loader: contentGlob('news', 'prose'), schema: withContext(newsSchema) }),
  plans: defineCollection({ loader: contentGlob('plans', 'prose'), schema: withContext(planSchema) }),
  titles: defineCollection({ loader: contentGlob('titles', 'prose'), schema: withContext(titleSchema) }),
  events: defineCollection({ loader: contentGlob('events', 'prose'), schema: withContext(eventSchema) }),
  stats: defineCollection({ loader: contentGlob('stats', 'data'), schema: withContext(statSchema) }),
  localities: defineCollection({ loader: contentGlob('localities', 'data'), schema: withContext(localitySchema) }),
  criteria: defineCollection({ loader: contentGlob('criteria', 'data'), schema: withContext(criteriaSchema) }),
  pages: defineCollection({ loader: contentGlob('pages', 'prose'), schema: pageSchema }),
};
