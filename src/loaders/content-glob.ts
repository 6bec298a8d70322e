import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { findImpossibleDates } from '../lib/raw-dates';

/**
 * Tests point this at a fixture folder to check that bad content fails the
 * build; everyone else uses the top-level `content/`.
 */
const contentRoot = process.env.CONTENT_DIR ?? './content';

const patterns = {
  prose: '**/[^_]*.{md,mdx}',
  data: '**/[^_]*.{yaml,yml,json}',
} as const;

function fileName(entry: string): string {
  return (entry.split('/').at(-1) ?? entry).replace(/\.(md|mdx|ya?ml|json)$/, '');
}

/**
 * The `glob()` loader, with two rules of the house:
 *
 * - The slug is the file name alone, whatever folder an editor files it in,
 *   so URLs stay stable when folders are reorganised. Two files with the same
 *   name in one collection would share a URL, so that fails the build here
 *   (Astro's own duplicate check only warns, and misses files loaded in parallel).
 * - Dates are checked as written, before YAML rolls an impossible day over.
 */
export function contentGlob(collection: string, kind: keyof typeof patterns): Loader {
  const seen = new Map<string, string>();
  const inner = glob({
    pattern: patterns[kind],
    base: `${contentRoot}/${collection}`,
    generateId: ({ entry }) => {
      const id = fileName(entry);
      const other = seen.get(id);
      if (other && other !== entry) {
        throw new Error(
          `${contentRoot}/${collection}: hai tệp cùng tên "${id}" (${other} và ${entry}) sẽ có cùng đường dẫn. Đổi tên một trong hai tệp.`,
        );
      }
      seen.set(id, entry);
      return id;
    },
  });
  return {
    name: 'content-glob',
    load: async (context: LoaderContext) => {
      seen.clear();
      await inner.load(context);
      const root = fileURLToPath(context.config.root);
      for (const entry of context.store.values()) {
        if (!entry.filePath) continue;
        const text = await readFile(resolve(root, entry.filePath), 'utf8');
        const [problem] = findImpossibleDates(text);
        if (problem) {
          throw new Error(
            `${entry.filePath}:${problem.line}: trường "${problem.field}" có ngày ${problem.value} không tồn tại (tháng 1–12, ngày có trong tháng).`,
          );
        }
      }
    },
  };
}
