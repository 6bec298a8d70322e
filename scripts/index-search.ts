/**
 * Builds the search index of a site Astro has already written:
 * `node --import ./scripts/ts-imports.ts scripts/index-search.ts <dist> [recent pages]`
 * (the second argument, for benchmarks, sets how many of the newest pages
 * the first search scope holds: src/lib/search/scopes.ts).
 *
 * `npm run build` runs it once Astro has exited rather than inside
 * `astro build`, because both hold most of their memory at the same time
 * otherwise: at 20,000 items of every collection Astro kept 10.8 GB while
 * Pagefind needed as much again (docs/decisions/0002).
 */
import { resolve } from 'node:path';
import { failIfAbandoned } from '../src/integrations/fail-if-abandoned.ts';
import { indexSite } from '../src/integrations/pagefind.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('Cách dùng: node --import ./scripts/ts-imports.ts scripts/index-search.ts <thư mục dist>');
  process.exit(2);
}
await failIfAbandoned('Chỉ mục tìm kiếm (Pagefind)', indexSite(resolve(dir), (message) => console.log(`[hoc-tap-pagefind] ${message}`), process.argv[3] ? Number(process.argv[3]) : undefined));
