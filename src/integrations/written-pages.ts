/**
 * The HTML pages of a site being built, for the steps that read them: the
 * share cards (./og-images.ts) and the search index (./search-staging.ts).
 * Both start reading while Astro is still writing, on the core Astro's one
 * render thread leaves free.
 */
import { readdir } from 'node:fs/promises';
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
 * while Astro writes; these few folders take milliseconds. Whoever reads them
 * looks at the whole site (`htmlFiles`) once Astro is done.
 */
export async function pagesTwoDown(dir: string, skip: readonly string[] = []): Promise<string[]> {
  const folders = async (path: string) => (await readdir(path, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory());
  const sections = (await folders(dir)).filter((s) => !s.name.startsWith('.') && !s.name.startsWith('_') && !skip.includes(s.name));
  const nested = await Promise.all(sections.map(async (s) => (await folders(join(dir, s.name))).map((page) => join(dir, s.name, page.name, 'index.html'))));
  return nested.flat();
}
