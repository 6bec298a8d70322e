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
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { toIndexText } from '../lib/search/text';
import { failIfAbandoned } from './fail-if-abandoned';
import { indexAfterAstro } from './index-after-astro';
import { searchFilters, type SearchFilter } from '../lib/search/facets';
import { choicesPath, filterValuesIn, summarize, tallyChoices } from '../lib/search/choices';
import { describeScopes, recentPages, scopeLanguage, scopesPath, sortDateIn, splitScopes } from '../lib/search/scopes';
import { buildQuickIndex, quickItemIn, quickPaths, type QuickItem } from '../lib/search/quick';

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
 * `dir/pagefind/`, the search page's filter choices beside the page (see
 * `src/lib/search/choices.ts`) and the list of search scopes
 * (`src/lib/search/scopes.ts`). Returns how many pages went in. Tests and
 * the benchmark call it on copies of the site; `recent` overrides how many
 * of the newest pages the first scope holds.
 */
export async function buildSearchIndex(dir: string, recent = recentPages): Promise<number> {
  const filterValues: [SearchFilter, string][][] = [];
  const items: { file: string; date?: string; quick?: QuickItem | undefined }[] = [];
  const files = (await htmlFiles(dir)).sort();
  for (let start = 0; start < files.length; start += pagesInFlight) {
    const batch = await Promise.all(files.slice(start, start + pagesInFlight).map(async (file) => ({ file, html: await readFile(file, 'utf8') })));
    // Only item pages carry data-pagefind-body; the rest would be skipped by Pagefind anyway.
    for (const { file, html } of batch) {
      if (!html.includes('data-pagefind-body')) continue;
      filterValues.push(filterValuesIn(html));
      const date = sortDateIn(html);
      const quick = quickItemIn(html, urlOf(relative(dir, file)));
      items.push(date === undefined ? { file, quick } : { file, date, quick });
    }
  }
  const scopes = splitScopes(items, recent);
  const out = join(dir, 'pagefind');
  try {
    if (scopes.length === 1) await indexScope(dir, scopes[0]!, out);
    else {
      // Each scope is indexed and written on its own, so the service holds one scope's index at a time.
      const parts = join(dir, '.pagefind-scopes');
      const entries: Entry[] = [];
      for (const [i, scope] of scopes.entries()) entries.push(await indexScope(dir, scope, join(parts, String(i))));
      await mergeBundles(parts, scopes.length, entries, out);
      await rm(parts, { recursive: true, force: true });
    }
  } finally {
    await pagefind.close();
  }
  // Pagefind always writes its ready-made UIs; the search page has its own, so they would only be dead weight.
  for (const name of await readdir(out)) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(name)) await rm(join(out, name));
  }
  await writeChoices(dir, tallyChoices(filterValues));
  await writeJson(dir, scopesPath, describeScopes(scopes));
  await writeQuick(dir, scopes.length > 1 ? scopes.flat().flatMap((p) => (p.quick ? [p.quick] : [])) : undefined);
  return items.length;
}

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

async function indexScope(dir: string, pages: readonly { file: string }[], outputPath: string): Promise<Entry> {
  // Vietnamese has no Pagefind stemmer; forcing the language keeps one index for the whole scope.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) fail('tạo chỉ mục', errors);
  // A few pages in flight keep the Pagefind service busy while the next are read (a quarter less time).
  for (let start = 0; start < pages.length; start += pagesInFlight) {
    const batch = await Promise.all(pages.slice(start, start + pagesInFlight).map(async ({ file }) => ({ file, html: await readFile(file, 'utf8') })));
    const added = await Promise.all(batch.map(({ file, html }) => index.addHTMLFile({ url: urlOf(relative(dir, file)), content: toIndexText(html) })));
    added.forEach(({ errors }, i) => errors.length && fail(`đọc ${relative(dir, batch[i]!.file)}`, errors));
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) fail('ghi chỉ mục', written.errors);
  await index.deleteIndex();
  return JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as Entry;
}

/**
 * Joins the scopes' bundles into one, each scope's index as a language of
 * it (`scopeLanguage`), so the browser loads Pagefind's script, worker and
 * WebAssembly once. Every other file is named by its content's hash, so the
 * scopes' files sit side by side; a clash would be a bug, and fails.
 */
async function mergeBundles(parts: string, count: number, entries: Entry[], out: string): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const languages: Entry['languages'] = {};
  for (let i = 0; i < count; i += 1) {
    const from = join(parts, String(i));
    const vi = entries[i]!.languages['vi'];
    if (!vi) fail('ghép chỉ mục', [`phần ${i} không có ngôn ngữ vi`]);
    languages[scopeLanguage(i)] = vi;
    for (const entry of await readdir(from, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || entry.name === 'pagefind-entry.json') continue;
      const source = join(entry.parentPath, entry.name);
      const target = join(out, relative(from, source));
      // Pagefind's script, worker, WebAssembly and UIs are the same for every scope: the first scope's serve all.
      const own = relative(from, source);
      if (i > 0 && !own.includes('/') && !/^pagefind\..+\.pf_meta$/.test(own)) continue;
      await mkdir(dirname(target), { recursive: true });
      if (await stat(target).then(() => true, () => false)) fail('ghép chỉ mục', [`hai phần cùng có ${relative(out, target)}`]);
      await rename(source, target);
    }
  }
  await writeFile(join(out, 'pagefind-entry.json'), JSON.stringify({ ...entries[0]!, languages }));
}

async function writeJson(dir: string, path: string, data: unknown): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), JSON.stringify(data));
}

/**
 * The quick index of every item, newest first (src/lib/search/quick.ts), on a
 * site split into scopes; a site indexed in one piece has an empty one, and its search
 * page asks Pagefind alone, as before.
 */
async function writeQuick(dir: string, items: QuickItem[] | undefined): Promise<void> {
  await rm(join(dir, dirname(quickPaths.manifest)), { recursive: true, force: true });
  // The manifest is always there, empty on a small site, so the search page never asks for a missing file.
  const { manifest, words, blocks } = buildQuickIndex(items ?? []);
  for (const [key, file] of words) await writeJson(dir, quickPaths.words(key), file);
  for (const [n, block] of blocks.entries()) await writeJson(dir, quickPaths.block(n), block);
  await writeJson(dir, quickPaths.manifest, manifest);
}

async function writeChoices(dir: string, choices: ReturnType<typeof tallyChoices>): Promise<void> {
  const write = (path: string, data: unknown) => writeJson(dir, path, data);
  const summary = summarize(choices);
  await write(choicesPath.summary, summary);
  // Long lists go out as bare names, fetched only when a visitor types in that filter's field.
  for (const name of searchFilters) if (!summary[name].values) await write(choicesPath.list(name), choices[name].map((c) => c.value));
}

/** Indexes the site in `dir` and reports how many pages went in and how long it took (the benchmark reads that line). */
export async function indexSite(dir: string, report: (message: string) => void, recent?: number): Promise<void> {
  const started = performance.now();
  const pages = await buildSearchIndex(dir, recent);
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
