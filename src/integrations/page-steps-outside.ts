/**
 * Set by `npm run build` (scripts/build.ts) in the environment of the Astro
 * it starts: the steps that read the written pages, share cards and the
 * search index, then run in scripts/page-steps.ts, a process of its own
 * beside Astro, instead of inside `astro build`. Its own module, with no
 * imports, so the build script can read it in plain Node.
 */
export const pageStepsOutside = 'HOC_TAP_PAGE_STEPS_OUTSIDE';

/** What Astro's process tells the build script once every page is written. */
export const pagesWritten = 'hoc-tap:pages-written';

/** What the page steps' process tells the build script once it listens for `pagesWritten`. */
export const stepsListening = 'hoc-tap:page-steps-listening';
