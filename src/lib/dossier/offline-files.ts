/**
 * Which built files the tool needs offline: its page, the stylesheets and
 * scripts the page names, every module those scripts import (lazily too:
 * the .docx and .xlsx writers must work offline) and the worker they start, the criteria data, the
 * manifest and its icons. Read from the built HTML and JavaScript, so the
 * list never goes stale when the bundler renames a chunk.
 */
export interface BuiltSite {
  read: (path: string) => string | null;
}

const assetRefs = (html: string) => [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(\/[^"#?]+)"/g)].map((m) => m[1]!);
// Every module path a bundled module names: static imports, `import(\`./x.js\`)`, preload lists, and the
// tool's worker, which Vite names from the site root: `new Worker(new URL(\`/tu-danh-gia/x.js\`, …))`.
const importRefs = (js: string, page: string) =>
  [...js.matchAll(/["'`]((?:\.{1,2}|\/[\w-]+)\/[\w.-]+\.js)["'`]/g)].map((m) => m[1]!).filter((ref) => ref.startsWith('.') || ref.startsWith('/_astro/') || ref.startsWith(page));

export function toolFiles(site: BuiltSite, page: string, extra: string[]): string[] {
  const pageFile = `${page}index.html`;
  const html = site.read(pageFile);
  if (html === null) throw new Error(`${pageFile} is missing from the build`);
  const out = new Set<string>([pageFile, ...extra]);
  const queue = assetRefs(html).filter((p) => p.startsWith('/_astro/') || p.startsWith(page));
  while (queue.length) {
    const path = queue.shift()!;
    if (out.has(path)) continue;
    out.add(path);
    if (!path.endsWith('.js')) continue;
    const js = site.read(path);
    if (js === null) throw new Error(`${path}, named by the tool, is missing from the build`);
    const base = path.slice(0, path.lastIndexOf('/') + 1);
    for (const ref of importRefs(js, page)) queue.push(new URL(ref, `http://x${base}`).pathname);
  }
  return [...out].sort();
}
