/**
 * Builds the Pagefind search index at the end of `astro build`, so the one
 * build command produces the site and its search, and `npm start` serves both.
 *
 * Pages are handed to Pagefind's Node API one by one rather than as a folder,
 * because the indexed copy spells `đ` the way `src/lib/search-text.ts`
 * explains; the files in `dist/` stay exactly as Astro wrote them.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { toIndexText } from '../lib/search-text';
import { failIfAbandoned } from './fail-if-abandoned';
import { searchFilters, type SearchFilter } from '../lib/search-facets';
import { choicesPath, filterValuesIn, summarize, tallyChoices } from '../lib/search-choices';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind: ${step} thất bại: ${errors.join('; ')}`);
}

/**
 * Indexes every item page of a built site in `dir` and writes the index to
 * `dir/pagefind/`, and the search page's filter choices beside the page
 * (see `src/lib/search-choices.ts`). Returns how many pages went in. Tests
 * and the benchmark call it on copies of the site.
 */
export async function buildSearchIndex(dir: string): Promise<number> {
  // Vietnamese has no Pagefind stemmer; forcing the language keeps one index for the whole site.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) fail('tạo chỉ mục', errors);
  let pages = 0;
  const filterValues: [SearchFilter, string][][] = [];
  try {
    for (const file of await htmlFiles(dir)) {
      const html = await readFile(file, 'utf8');
      // Only item pages carry data-pagefind-body; the rest would be skipped by Pagefind anyway.
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: urlOf(relative(dir, file)), content: toIndexText(html) });
      if (added.errors.length) fail(`đọc ${relative(dir, file)}`, added.errors);
      filterValues.push(filterValuesIn(html));
      pages += 1;
    }
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) fail('ghi chỉ mục', written.errors);
    // Pagefind always writes its ready-made UIs; the search page has its own, so they would only be dead weight.
    for (const name of await readdir(join(dir, 'pagefind'))) {
      if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(name)) await rm(join(dir, 'pagefind', name));
    }
  } finally {
    await pagefind.close();
  }
  await writeChoices(dir, tallyChoices(filterValues));
  return pages;
}

async function writeChoices(dir: string, choices: ReturnType<typeof tallyChoices>): Promise<void> {
  const write = async (path: string, data: unknown) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), JSON.stringify(data));
  };
  const summary = summarize(choices);
  await write(choicesPath.summary, summary);
  // Long lists go out as bare names, fetched only when a visitor types in that filter's field.
  for (const name of searchFilters) if (!summary[name].values) await write(choicesPath.list(name), choices[name].map((c) => c.value));
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'hoc-tap-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await failIfAbandoned('Chỉ mục tìm kiếm (Pagefind)', buildSearchIndex(fileURLToPath(dir)), (m) => logger.error(m));
        logger.info(`${pages} trang đã vào chỉ mục tìm kiếm (${Math.round(performance.now() - started)} ms).`);
      },
    },
  };
}

/** `tin-tuc/abc/index.html` → `/tin-tuc/abc/`, matching `trailingSlash: 'always'`. */
function urlOf(rel: string): string {
  const path = rel.split('\\').join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
