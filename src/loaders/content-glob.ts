import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';

/**
 * Tests point this at a fixture folder to check that bad content fails the
 * build; everyone else uses the top-level `content/`.
 */
const contentRoot = process.env.CONTENT_DIR ?? './content';

const patterns = {
  prose: '**/[^_]*.{md,mdx}',
  data: '**/[^_]*.{yaml,yml,json}',
} as const;

/**
 * The slug is the file name alone, whatever folder an editor files it in, so
 * URLs stay stable when folders are reorganised. Two files with the same name
 * in one collection are then a duplicate slug, which fails the build
 * (`prerenderConflictBehavior: 'error'` in astro.config.mjs).
 */
function slugFromFileName({ entry }: { entry: string }): string {
  const name = entry.split('/').at(-1) ?? entry;
  return name.replace(/\.(md|mdx|ya?ml|json)$/, '');
}

export function contentGlob(collection: string, kind: keyof typeof patterns): Loader {
  return glob({ pattern: patterns[kind], base: `${contentRoot}/${collection}`, generateId: slugFromFileName });
}
