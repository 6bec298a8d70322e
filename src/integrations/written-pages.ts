/**
 * The HTML pages of a site being built, for the steps that read them: the
 * share cards (./og-images.ts) and the search index (./search-staging.ts).
 * Both start reading while Astro is still writing, on the core Astro's one
 * render thread leaves free.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every HTML page under `dir`, skipping dot folders (the build's own: Astro's `.prerender/`, the index's staging) and `skip`. */
export async function htmlFiles(dir: string, skip: readonly string[] = []): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => {
      if (!e.isFile() || !e.name.endsWith('.html')) return false;
      const parts = relative(dir, e.parentPath).split(sep);
      return !parts.some((part) => part.startsWith('.')) && !skip.includes(parts[0]!);
    })
    .map((e) => join(e.parentPath, e.name));
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
