/**
 * The staging folder Pagefind reads (src/integrations/pagefind.ts): every
 * item page of a built site in the index's spelling, and what the index
 * needs to know of each (its filter values, date and quick-index entry).
 *
 * Staging can begin while Astro is still writing pages (`followPages`):
 * Astro renders on one thread, so on a two-core machine the other core
 * copies pages as they appear instead of all of them after the last one
 * (10–13 s at 20,000 items, issue 18). `stageSite` then looks at every page
 * once more, and stages again any page that was not there, or not finished,
 * when it was first read.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { htmlFiles, pagesTwoDown } from './written-pages';
import { spaceBetweenCells, toIndexText } from '../lib/search/text';
import { filterValuesIn } from '../lib/search/choices';
import { sortDateIn } from '../lib/search/scopes';
import { quickItemIn, type QuickItem } from '../lib/search/quick';
import type { SearchFilter } from '../lib/search/facets';

/** What the index needs of an item page, read from its HTML. */
export interface StagedItem {
  filters: [SearchFilter, string][];
  date?: string;
  quick: QuickItem | undefined;
}

/** A page of the site as staged: `item` is absent for pages search does not index. */
export interface StagedPage {
  /** The page's size in bytes when it was read, to tell a page that changed since. */
  size: number;
  item?: StagedItem;
}

export type Staged = Map<string, StagedPage>;

/** Where the staged copies go: Pagefind reads `rest` (pagefind.ts moves older scopes out of it). */
export function stagingOf(dir: string): { staging: string; rest: string } {
  const staging = join(dir, '.pagefind-pages');
  return { staging, rest: join(staging, 'rest') };
}

/** Pages read and copied at a time. */
const pagesInFlight = 8;

/**
 * Reads `file` and stages it if it is an item page. While Astro is writing
 * (`writing`), returns undefined for a page not there yet or caught before
 * its closing tag; one caught later than that (Astro puts some scripts after
 * `</html>`) is smaller than when finished, which `stageSite` notices.
 */
async function stagePage(dir: string, file: string, writing: boolean): Promise<StagedPage | undefined> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (writing) return undefined;
    throw error;
  });
  if (!bytes) return undefined;
  const html = bytes.toString('utf8');
  if (writing && !html.includes('</html>')) return undefined;
  const rel = relative(dir, file);
  const target = join(stagingOf(dir).rest, rel);
  // Only item pages carry data-pagefind-body; the rest would be skipped by Pagefind anyway.
  if (!html.includes('data-pagefind-body')) {
    await rm(target, { force: true });
    return { size: bytes.byteLength };
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, toIndexText(spaceBetweenCells(html)));
  const date = sortDateIn(html);
  const quick = quickItemIn(html, urlOf(rel));
  return { size: bytes.byteLength, item: { filters: filterValuesIn(html), ...(date === undefined ? {} : { date }), quick } };
}

async function stageAll(dir: string, files: string[], staged: Staged, writing: boolean): Promise<void> {
  for (let start = 0; start < files.length; start += pagesInFlight) {
    await Promise.all(
      files.slice(start, start + pagesInFlight).map(async (file) => {
        const page = await stagePage(dir, file, writing);
        if (page) staged.set(file, page);
      }),
    );
  }
}

/**
 * Stages every page of the finished site in `dir`, reusing what `early`
 * (from `followPages`) staged when the page has not changed size since.
 * Returns the item pages, in the order of their paths.
 */
export async function stageSite(dir: string, early?: Staged): Promise<({ file: string } & StagedItem)[]> {
  if (!early) await rm(stagingOf(dir).staging, { recursive: true, force: true });
  const files = (await htmlFiles(dir)).sort();
  const staged: Staged = new Map();
  const again: string[] = [];
  await Promise.all(
    files.map(async (file) => {
      const before = early?.get(file);
      if (before && (await stat(file)).size === before.size) staged.set(file, before);
      else again.push(file);
    }),
  );
  await stageAll(dir, again, staged, false);
  // A staged copy whose page is gone must not be indexed.
  for (const file of early?.keys() ?? []) {
    if (!staged.has(file)) await rm(join(stagingOf(dir).rest, relative(dir, file)), { force: true });
  }
  return files.flatMap((file) => {
    const item = staged.get(file)?.item;
    return item ? [{ file, ...item }] : [];
  });
}

/** Stages pages while Astro writes them into `dir` (those `pagesTwoDown` finds), until `stop` is called. */
export function followPages(dir: string, everyMs = 2000): { stop: () => Promise<Staged> } {
  const staged: Staged = new Map();
  let stopping = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    await rm(stagingOf(dir).staging, { recursive: true, force: true });
    while (!stopping) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, everyMs);
      });
      if (stopping) break;
      const fresh = (await pagesTwoDown(dir, ['og', 'pagefind'])).filter((file) => !staged.has(file));
      await stageAll(dir, fresh, staged, true);
    }
  })();
  // A failure surfaces when the build asks for the pages (`stop`), not as an unhandled rejection before.
  loop.catch(() => undefined);
  return {
    stop: async () => {
      stopping = true;
      wake?.();
      await loop;
      return staged;
    },
  };
}

/** `tin-tuc/abc/index.html` → `/tin-tuc/abc/`, matching `trailingSlash: 'always'`. */
export function urlOf(rel: string): string {
  const path = rel.split('\\').join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
