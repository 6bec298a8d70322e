/**
 * Set by `npm run build` (scripts/build.ts) in the environment of the Astro
 * it starts: the search index is then built by scripts/index-search.ts in a
 * process of its own, which the build script starts when Astro sends it
 * `pagesWritten`, instead of at the end of `astro build`. Its own module,
 * with no imports, so the build script can read it in plain Node.
 */
export const indexAfterAstro = 'SEARCH_INDEX_AFTER_ASTRO';

/** What Astro's process tells the build script once every page is written. */
export const pagesWritten = 'hoc-tap:pages-written';

/** What the search index's process (started with `--follow`) tells the build script once it listens for `pagesWritten`. */
export const indexListening = 'hoc-tap:index-listening';
