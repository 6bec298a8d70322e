/**
 * Builds the Pagefind search index, so the one build command produces the
 * site and its search, and `npm start` serves both. `npm run build` indexes
 * in a process of its own beside Astro (scripts/page-steps.ts); a bare
 * `astro build` indexes at its end, here.
 *
 * Pagefind reads a staging folder of the item pages (./search-staging.ts),
 * not `dist/` itself, because the indexed copy spells `đ` the way
 * `src/lib/search/text.ts` explains; the files in `dist/` stay exactly as
 * Astro wrote them. `npm run build` fills that folder while Astro is still
 * writing pages, and indexes it once they are all written. A folder
 * rather than pages sent one by one: Pagefind then reads on every core, and
 * indexes three times faster (docs/decisions/0008).
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { failIfAbandoned } from './fail-if-abandoned';
import { pageStepsOutside, pagesWritten } from './page-steps-outside';
import { searchFilters } from '../lib/search/facets';
import { choicesPath, summarize, tallyChoices } from '../lib/search/choices';
import { describeScopes, olderPages, recentPages, scopeLanguage, scopesPath, splitScopes } from '../lib/search/scopes';
import { buildQuickIndex, quickPaths, type QuickItem } from '../lib/search/quick';
import { stageSite, stagingOf, type StagedPage } from './search-staging';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind: ${step} thất bại: ${errors.join('; ')}`);
}

/**
 * Indexes every item page of a built site in `dir` and writes the index to
 * `dir/pagefind/`, the search page's filter choices beside the page (see
 * `src/lib/search/choices.ts`) and the list of search scopes
 * (`src/lib/search/scopes.ts`). Tests and the benchmark call it on copies
 * of the site; `recent` and `older` override how many pages the newest
 * scope and each older one hold. `staged`: the item pages when they are
 * already staged (./search-staging.ts).
 */
export async function buildSearchIndex(dir: string, recent = recentPages, older = olderPages, staged?: StagedPage[]): Promise<IndexRun> {
  const items = staged ?? (await stageSite(dir));
  const { staging, rest } = stagingOf(dir);
  const scopes = splitScopes(items, recent, older);
  const out = join(dir, 'pagefind');
  await rm(out, { recursive: true, force: true });
  let writeMs = 0;
  try {
    // Every scope but the last moves to a folder of its own; the last one's pages stay where they are.
    const folders = scopes.map((_, i) => (i === scopes.length - 1 ? rest : join(staging, String(i))));
    // All at once: one after the other, 19,000 moves took 6 s.
    await Promise.all(
      scopes.slice(0, -1).flatMap((scope, i) =>
        scope.map(async ({ file }) => {
          const rel = relative(dir, file);
          await mkdir(dirname(join(folders[i]!, rel)), { recursive: true });
          await rename(join(rest, rel), join(folders[i]!, rel));
        }),
      ),
    );
    // Pagefind has read a folder once it is added: it goes while the rest are indexed and written.
    const removed: Promise<void>[] = [];
    const indexes = await Promise.all(
      folders.map(async (folder, i) => {
        const index = await indexScope(folder, scopes[i]!.length);
        removed.push(rm(folder, { recursive: true, force: true }));
        return index;
      }),
    );
    // Every scope goes into one bundle as a language of it (scopeLanguage), so the browser loads
    // Pagefind's script, worker and WebAssembly once. Pagefind names every other file by its
    // content's hash and leaves files it did not write, so the scopes can share the folder;
    // only the list of languages, rewritten by each write, is joined here.
    let entry: Entry | undefined;
    const languages: Entry['languages'] = {};
    const writing = performance.now();
    for (const [i, index] of indexes.entries()) {
      const written = await index.writeFiles({ outputPath: out });
      if (written.errors.length) fail('ghi chỉ mục', written.errors);
      await index.deleteIndex();
      entry = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8')) as Entry;
      const vi = entry.languages['vi'];
      if (!vi) fail('ghép chỉ mục', [`phần ${i} không có ngôn ngữ vi`]);
      languages[scopeLanguage(i)] = vi;
    }
    await writeFile(join(out, 'pagefind-entry.json'), JSON.stringify({ ...entry!, languages }));
    writeMs = performance.now() - writing;
    await Promise.all(removed);
  } finally {
    await pagefind.close();
    await rm(staging, { recursive: true, force: true });
  }
  // Pagefind always writes its ready-made UIs; the search page has its own, so they would only be dead weight.
  for (const name of await readdir(out)) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(name)) await rm(join(out, name));
  }
  await writeChoices(dir, tallyChoices(items.map((item) => item.filters)));
  await writeJson(dir, scopesPath, describeScopes(scopes));
  await writeQuick(dir, scopes.length > 1 ? scopes.flat().flatMap((p) => (p.quick ? [p.quick] : [])) : undefined);
  return { pages: items.length, writeMs };
}

export interface IndexRun {
  /** Item pages indexed. */
  pages: number;
  /**
   * Milliseconds Pagefind took to write the index files. Pagefind writes an
   * index only whole, so this part can never start before the last page is
   * written: the benchmark's floor for any build with this search.
   */
  writeMs: number;
}

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/** Indexes the `expected` pages in `folder` (their addresses are their paths in it). */
async function indexScope(folder: string, expected: number): Promise<pagefind.PagefindIndex> {
  // Vietnamese has no Pagefind stemmer; forcing the language keeps one index for the whole scope.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) fail('tạo chỉ mục', errors);
  const added = await index.addDirectory({ path: folder });
  if (added.errors.length) fail('đọc trang', added.errors);
  if (added.page_count !== expected) fail('đọc trang', [`${added.page_count} trang thay vì ${expected}`]);
  return index;
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

/** Indexes the site in `dir` and reports how many pages went in, how long it took and how long the writing alone took (the benchmark reads that line). */
export async function indexSite(dir: string, report: (message: string) => void, recent?: number, staged?: StagedPage[]): Promise<void> {
  const started = performance.now();
  const run = await buildSearchIndex(dir, recent, olderPages, staged);
  report(indexReport(run, performance.now() - started));
}

/** The line `indexSite` reports; the benchmark reads it (scripts/bench/measure.ts `indexWriteSeconds`). */
export function indexReport({ pages, writeMs }: IndexRun, ms: number): string {
  return `${pages} trang đã vào chỉ mục tìm kiếm (${Math.round(ms)} ms, ghi tệp ${Math.round(writeMs)} ms).`;
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'hoc-tap-pagefind',
    hooks: {
      'astro:build:generated': ({ logger }) => {
        if (process.env[pageStepsOutside] !== '1') return;
        logger.info('Các trang đã viết xong: thẻ chia sẻ và chỉ mục tìm kiếm được dựng trong một tiến trình riêng (scripts/page-steps.ts).');
        process.send?.(pagesWritten);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[pageStepsOutside] === '1') return;
        await failIfAbandoned('Chỉ mục tìm kiếm (Pagefind)', indexSite(fileURLToPath(dir), (m) => logger.info(m)), (m) => logger.error(m));
      },
    },
  };
}
