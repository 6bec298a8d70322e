/**
 * The search scopes of a large site (src/lib/search/scopes.ts) as the search
 * page uses them: the list comes from the build, and each scope's Pagefind
 * instance is created the first time that scope is searched, so a visitor
 * who finds what they want among the newest items never fetches the rest.
 */
import { scopesPath, type SearchScope } from '../lib/search/scopes';
import type { SortOrder } from '../lib/search/state';

/** The scopes the build wrote; a site indexed in one piece (or an older build) has just the first. */
export async function loadScopes(): Promise<SearchScope[]> {
  try {
    const response = await fetch(`/${scopesPath}`);
    if (response.ok) {
      const scopes = (await response.json()) as SearchScope[];
      if (Array.isArray(scopes) && scopes.length) return scopes;
    }
  } catch {
    // Fall through: search the one index every build has.
  }
  return [{ language: 'vi', pages: 0 }];
}

/**
 * Scopes in the order a search reads them: newest first, so results read
 * scope after scope stay newest first; oldest first for "oldest first".
 */
export function scopeOrder(sort: SortOrder, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  return sort === 'asc' ? order.reverse() : order;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): unknown;
}

/**
 * A Pagefind instance for another scope of the same bundle. Pagefind picks
 * an instance's index by the page's language (`<html lang>`) when it is
 * created, with no option for it, so the language is that scope's for the
 * moment of the call; sharing the bundle's base path keeps one script,
 * worker and WebAssembly for every scope.
 */
export function scopeInstance<T>(module: PagefindModule, scope: SearchScope, options: Record<string, unknown>): T {
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', scope.language);
  try {
    return module.createInstance({ basePath: new URL('/pagefind/', location.href).pathname, ...options }) as T;
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
}

/** Filter counts of several scopes added up. */
export function addCounts(
  a: Record<string, Record<string, number>>,
  b: Record<string, Record<string, number>>,
): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const counts of [a, b]) {
    for (const [name, values] of Object.entries(counts)) {
      const into = (sum[name] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return sum;
}
