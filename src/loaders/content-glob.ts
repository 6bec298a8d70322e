import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { findImpossibleDates } from '../lib/content/raw-dates';
import { checkBody, makePageExists } from '../lib/content/checks';
import { findPlaceholder } from '../../scripts/lib/scaffold';
import { sectionPaths, standingPagePath, type CollectionSection } from '../lib/site/routes';
import { parsing } from './shared-schema';

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
    // No page reads an entry's raw body (Markdown is rendered at load, MDX
    // compiled from its file), and keeping it doubles the content store that
    // the build inlines as one module: at 140,000 items that module outgrew
    // the longest string V8 can hold and the build failed (docs/decisions/0006).
    retainBody: false,
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
      // Files may have been added since the last load (in `npm run dev`).
      pagesCache = undefined;
      await inner.load({ ...context, parseData: (props) => parsing(props.data, () => context.parseData(props)) });
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
        const left = findPlaceholder(text);
        if (left) {
          throw new Error(
            `${entry.filePath}:${left.line}: còn chỗ chưa điền ${left.text}. Điền nội dung thật, hoặc giữ dòng "draft: true" cho tới khi xong.`,
          );
        }
        if (kind === 'prose') {
          const file = resolve(root, entry.filePath);
          const problems = checkBody(text, {
            pageExists: sitePages(root),
            imageExists: (src) => existsSync(resolve(dirname(file), decodeURI(src))),
          });
          if (problems.length > 0) {
            throw new Error(problems.map((p) => `${entry.filePath}:${p.line}: ${p.message}`).join('\n'));
          }
        }
      }
    },
  };
}

/** Every content file's slug, by collection, as the loader will name it. */
function slugsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? slugsIn(join(dir, d.name))
      : d.name.startsWith('_') || !/\.(md|mdx|ya?ml|json)$/.test(d.name)
        ? []
        : [fileName(d.name)],
  );
}

/**
 * Pages that are not items of a collection: `src/pages/<folder>/index.astro`,
 * and a list's first page, which a rest route (`<folder>/[...page].astro`)
 * serves at the folder itself (`/danh-hieu/tieu-chi/`).
 */
function staticPages(pagesDir: string, prefix = '/'): string[] {
  if (!existsSync(pagesDir)) return [];
  return readdirSync(pagesDir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return d.name.startsWith('[') ? [] : staticPages(join(pagesDir, d.name), `${prefix}${d.name}/`);
    return d.name === 'index.astro' || /^\[\.\.\.[^\]]+\]\.astro$/.test(d.name) ? [prefix] : [];
  });
}

/**
 * What a link in a body may point at, computed from the files rather than
 * the loaded collections, because a collection cannot see the others while
 * it loads. Built once per load.
 */
let pagesCache: { root: string; pageExists: (path: string) => boolean } | undefined;
function sitePages(root: string): (path: string) => boolean {
  if (pagesCache?.root !== root) {
    const sections = Object.fromEntries(
      (Object.keys(sectionPaths) as (keyof typeof sectionPaths)[]).map((section) => [
        sectionPaths[section],
        section in collectionFolders ? slugsIn(resolve(root, contentRoot, collectionFolders[section as CollectionSection])) : [],
      ]),
    );
    // Standing pages (`content/pages/`) sit at the top level, beside the templates' pages.
    const standing = slugsIn(resolve(root, contentRoot, 'pages')).map(standingPagePath);
    pagesCache = { root, pageExists: makePageExists(sections, [...staticPages(resolve(root, 'src/pages')), ...standing]) };
  }
  return pagesCache.pageExists;
}

const collectionFolders: Record<CollectionSection, string> = {
  news: 'news',
  plans: 'plans',
  titles: 'titles',
  events: 'events',
  stats: 'stats',
  localities: 'localities',
};
