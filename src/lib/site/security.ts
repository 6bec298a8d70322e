/**
 * The site's Content-Security-Policy, stated once. Pages carry it in a
 * `<meta>` tag (so hosts that cannot set headers, like GitHub Pages, still
 * enforce it); `public/_headers` carries the header form, and a test keeps
 * the two equal.
 *
 * Only the site's own origin: no inline script or style (the build writes
 * every script and stylesheet to a file under /_astro/), no frames of other
 * sites. `'wasm-unsafe-eval'` lets the search page run Pagefind's
 * WebAssembly, served from this origin; it allows no `eval` of JavaScript.
 */
const shared: [string, string[]][] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

/** Directives a `<meta>` tag cannot carry: browsers ignore them there. */
const headerOnly: [string, string[]][] = [['frame-ancestors', ["'none'"]]];

const serialise = (directives: [string, string[]][]) =>
  directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');

export const cspMeta = serialise(shared);
export const cspHeader = serialise([...shared, ...headerOnly]);

/** An absolute http(s) link to another site: it gets rel="noopener noreferrer". */
export function isExternalHref(href: string | undefined): boolean {
  return typeof href === 'string' && /^(https?:)?\/\//i.test(href.trim());
}
