/**
 * Builds the Pagefind search index, so the one build command produces the
 * site and its search, and `npm start` serves both. `npm run build` indexes
 * in a process of its own once Astro has exited (scripts/index-search.ts),
 * so the two never hold their memory at once; a bare `astro build` indexes
 * at its end, here.
 *
 * Pages are handed to Pagefind's Node API one by one rather than as a folder,
 * because the indexed copy spells `đ` the way `src/lib/search/text.ts`
 * explains; the files in `dist/` stay exactly as Astro wrote them.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { toIndexText } from '../lib/search/text';
import { failIfAbandoned } from './fail-if-abandoned';
import { indexAfterAstro } from './index-after-astro';
import { searchFilters, type SearchFilter } from '../lib/search/facets';
import { choicesPath, filterValuesIn, summarize, tallyChoices } from '../lib/search/choices';

/** Pages handed to the Pagefind service at a time. */
const pagesInFlight = 8;

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
 * (see `src/lib/search/choices.ts`). Returns how many pages went in. Tests
 * and the benchmark call it on copies of the site.
 */
export async function buildSearchIndex(dir: string): Promise<number> {
  // Vietnamese has no Pagefind stemmer; forcing the language keeps one index for the whole site.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) fail('tạo chỉ mục', errors);
  let pages = 0;
  const filterValues: [SearchFilter, string][][] = [];
  try {
    const files = (await htmlFiles(dir)).sort();
    // A few pages in flight keep the Pagefind service busy while the next are read (a quarter less time).
    for (let start = 0; start < files.length; start += pagesInFlight) {
      const batch = await Promise.all(files.slice(start, start + pagesInFlight).map(async (file) => ({ file, html: await readFile(file, 'utf8') })));
      // Only item pages carry data-pagefind-body; the rest would be skipped by Pagefind anyway.
      const items = batch.filter(({ html }) => html.includes('data-pagefind-body'));
      const added = await Promise.all(items.map(({ file, html }) => index.addHTMLFile({ url: urlOf(relative(dir, file)), content: toIndexText(html) })));
      added.forEach(({ errors }, i) => errors.length && fail(`đọc ${relative(dir, items[i]!.file)}`, errors));
      for (const { html } of items) filterValues.push(filterValuesIn(html));
      pages += items.length;
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

/** Indexes the site in `dir` and reports how many pages went in and how long it took (the benchmark reads that line). */
export async function indexSite(dir: string, report: (message: string) => void): Promise<void> {
  const started = performance.now();
  const pages = await buildSearchIndex(dir);
  report(`${pages} trang đã vào chỉ mục tìm kiếm (${Math.round(performance.now() - started)} ms).`);
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'hoc-tap-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[indexAfterAstro] === '1') {
          logger.info('Chỉ mục tìm kiếm được dựng sau khi Astro kết thúc (scripts/index-search.ts).');
          return;
        }
        await failIfAbandoned('Chỉ mục tìm kiếm (Pagefind)', indexSite(fileURLToPath(dir), (m) => logger.info(m)), (m) => logger.error(m));
      },
    },
  };
}

/** `tin-tuc/abc/index.html` → `/tin-tuc/abc/`, matching `trailingSlash: 'always'`. */
function urlOf(rel: string): string {
  const path = rel.split('\\').join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
