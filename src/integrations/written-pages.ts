/**
 * Reads the HTML pages of a site being built, once each, for the steps that
 * need them: the share cards (./og-images.ts) and the search index
 * (./search-staging.ts). Reading starts while Astro is still writing: Astro
 * renders on one thread, so on a two-core machine the other core handles
 * pages as they appear instead of all of them after the last one (issue 18).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every HTML page under `dir`, skipping dot folders (the build's own: Astro's
 * `.prerender/`, which it may be deleting while this looks, the index's
 * staging) and, at the top, the folders named in `skip`.
 */
export async function htmlFiles(dir: string, skip: readonly string[] = []): Promise<string[]> {
  const walk = async (folder: string): Promise<string[]> => {
    const entries = await readdir(folder, { withFileTypes: true });
    const nested = await Promise.all(
      entries.map((e) => {
        if (e.name.startsWith('.') || (folder === dir && skip.includes(e.name))) return [];
        if (e.isDirectory()) return walk(join(folder, e.name));
        return e.isFile() && e.name.endsWith('.html') ? [join(folder, e.name)] : [];
      }),
    );
    return nested.flat();
  };
  return walk(dir);
}

/**
 * The pages two folders down (`/tin-tuc/<slug>/index.html`), where every item
 * page and most others are, whether written yet or not. Listing all of a
 * 20,000-item site takes over a second, too long to repeat every few seconds
 * while Astro writes; these few folders take milliseconds.
 */
export async function pagesTwoDown(dir: string, skip: readonly string[] = []): Promise<string[]> {
  const folders = async (path: string) => (await readdir(path, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory());
  const sections = (await folders(dir)).filter((s) => !s.name.startsWith('.') && !s.name.startsWith('_') && !skip.includes(s.name));
  const nested = await Promise.all(sections.map(async (s) => (await folders(join(dir, s.name))).map((page) => join(dir, s.name, page.name, 'index.html'))));
  return nested.flat();
}

/** What a step does with a page it is given: its file and HTML. */
export type PageHandler = (file: string, html: string) => Promise<void>;

/** Pages read at a time. */
const pagesInFlight = 8;

/**
 * Hands each page of the site in `dir` to `handle`: while Astro writes
 * (`follow`), those `pagesTwoDown` lists every few seconds; then (`finish`)
 * every page not handed over yet, and again any page that has changed size
 * since, as one caught mid-write has (Astro puts some scripts after
 * `</html>`, so a closing tag alone does not say a page is finished).
 */
export class PageReader {
  private readonly sizes = new Map<string, number>();
  private following: Promise<void> | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;

  private readonly dir: string;
  private readonly handle: PageHandler;
  private readonly skip: readonly string[];

  constructor(dir: string, handle: PageHandler, skip: readonly string[] = []) {
    this.dir = dir;
    this.handle = handle;
    this.skip = skip;
  }

  follow(everyMs = 2000): void {
    this.following = (async () => {
      while (!this.stopping) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, everyMs);
        });
        if (this.stopping) break;
        await this.read((await pagesTwoDown(this.dir, this.skip)).filter((file) => !this.sizes.has(file)), true);
      }
    })();
    // A failure surfaces in `finish`, not as an unhandled rejection before.
    this.following.catch(() => undefined);
  }

  /** Once Astro has written every page; returns every page, in path order. */
  async finish(): Promise<string[]> {
    this.stopping = true;
    this.wake?.();
    await this.following;
    const files = (await htmlFiles(this.dir, this.skip)).sort();
    const again: string[] = [];
    await Promise.all(
      files.map(async (file) => {
        const size = this.sizes.get(file);
        if (size === undefined || (await stat(file)).size !== size) again.push(file);
      }),
    );
    await this.read(again.sort(), false);
    return files;
  }

  private async read(files: string[], writing: boolean): Promise<void> {
    for (let start = 0; start < files.length && !(writing && this.stopping); start += pagesInFlight) {
      await Promise.all(
        files.slice(start, start + pagesInFlight).map(async (file) => {
          // While Astro writes, a page listed may not be there yet, or be caught before its end.
          const bytes = await readFile(file).catch((error: unknown) => {
            if (writing) return undefined;
            throw error;
          });
          const html = bytes?.toString('utf8');
          if (!bytes || !html || (writing && !html.includes('</html>'))) return;
          this.sizes.set(file, bytes.byteLength);
          await this.handle(file, html);
        }),
      );
    }
  }
}
