/**
 * The staging folder Pagefind reads (src/integrations/pagefind.ts): every
 * item page of a built site in the index's spelling, and what the index
 * needs to know of each (its filter values, date and quick-index entry).
 * Pages come from a `PageReader` (./written-pages.ts), so `npm run build`
 * stages them while Astro is still writing.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { PageReader } from './written-pages';
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

/** An item page as the index takes it: its file, and what was read from it. */
export type StagedPage = { file: string } & StagedItem;

/** Where the staged copies go: Pagefind reads `rest` (pagefind.ts moves older scopes out of it). */
export function stagingOf(dir: string): { staging: string; rest: string } {
  const staging = join(dir, '.pagefind-pages');
  return { staging, rest: join(staging, 'rest') };
}

/** Folders of the built site that hold no pages to index. */
export const notPages = ['og', 'pagefind'];

export class IndexStaging {
  private readonly items = new Map<string, StagedItem | undefined>();
  private readonly ready: Promise<void>;

  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    // What a stopped run left behind must not be indexed.
    this.ready = rm(stagingOf(dir).staging, { recursive: true, force: true });
  }

  /** Copies an item page into the staging folder; a page read again replaces what was staged. */
  readonly page = async (file: string, html: string): Promise<void> => {
    await this.ready;
    const rel = relative(this.dir, file);
    const target = join(stagingOf(this.dir).rest, rel);
    // Only item pages carry data-pagefind-body; the rest would be skipped by Pagefind anyway.
    if (!html.includes('data-pagefind-body')) {
      if (this.items.get(file)) await rm(target, { force: true });
      this.items.set(file, undefined);
      return;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, toIndexText(spaceBetweenCells(html)));
    const date = sortDateIn(html);
    this.items.set(file, { filters: filterValuesIn(html), ...(date === undefined ? {} : { date }), quick: quickItemIn(html, urlOf(rel)) });
  };

  /** How many item pages are staged so far. */
  get count(): number {
    return [...this.items.values()].filter(Boolean).length;
  }

  /** The item pages among `files` (the finished site's, from `PageReader.finish`), in that order; a staged page no longer there is dropped. */
  async itemsOf(files: string[]): Promise<StagedPage[]> {
    const present = new Set(files);
    for (const [file, item] of this.items) {
      if (item && !present.has(file)) await rm(join(stagingOf(this.dir).rest, relative(this.dir, file)), { force: true });
    }
    return files.flatMap((file) => {
      const item = this.items.get(file);
      return item ? [{ file, ...item }] : [];
    });
  }
}

/** Stages every item page of the finished site in `dir`. */
export async function stageSite(dir: string): Promise<StagedPage[]> {
  const staging = new IndexStaging(dir);
  return staging.itemsOf(await new PageReader(dir, staging.page, notPages).finish());
}

/** `tin-tuc/abc/index.html` → `/tin-tuc/abc/`, matching `trailingSlash: 'always'`. */
export function urlOf(rel: string): string {
  const path = rel.split('\\').join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
