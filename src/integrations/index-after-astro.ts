/**
 * Set by `npm run build` (scripts/build.ts) in the environment of the Astro
 * it starts: the search index is then built once Astro has exited, by
 * scripts/index-search.ts, instead of at the end of `astro build`. Its own
 * module, with no imports, so the build script can read it in plain Node.
 */
export const indexAfterAstro = 'SEARCH_INDEX_AFTER_ASTRO';
