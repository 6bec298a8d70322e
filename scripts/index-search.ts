/**
 * Builds the search index of a site Astro has written:
 * `node --import ./scripts/ts-imports.ts scripts/index-search.ts <dist> [recent pages]`
 * (the second argument, for benchmarks, sets how many of the newest pages
 * the first search scope holds: src/lib/search/scopes.ts).
 *
 * With `--follow`, as `npm run build` starts it beside Astro, it copies pages
 * into the staging folder while Astro writes them (src/integrations/search-staging.ts),
 * and builds the index when its parent sends `pagesWritten`. It runs in a
 * process of its own because Astro and Pagefind would otherwise hold most of
 * their memory in one heap (docs/decisions/0002).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { failIfAbandoned } from '../src/integrations/fail-if-abandoned.ts';
import { indexListening, pagesWritten } from '../src/integrations/index-after-astro.ts';
import { indexSite } from '../src/integrations/pagefind.ts';
import { followPages } from '../src/integrations/search-staging.ts';

const { values, positionals } = parseArgs({ options: { follow: { type: 'boolean', default: false } }, allowPositionals: true });
const [dir, recent] = positionals;
if (!dir || (values.follow && !process.send)) {
  console.error('Cách dùng: node --import ./scripts/ts-imports.ts scripts/index-search.ts [--follow] <thư mục dist> [số trang mới nhất]');
  process.exit(2);
}
const site = resolve(dir);

let early;
if (values.follow) {
  const following = followPages(site);
  // The channel also keeps the process alive while it waits; a parent that goes away fails the build.
  await new Promise<void>((written, gone) => {
    process.on('message', (message) => message === pagesWritten && written());
    process.once('disconnect', () => gone(new Error('Tiến trình dựng đã dừng trước khi các trang viết xong.')));
    process.send!(indexListening);
  });
  early = await following.stop();
  process.disconnect();
}
await failIfAbandoned(
  'Chỉ mục tìm kiếm (Pagefind)',
  indexSite(site, (message) => console.log(`[hoc-tap-pagefind] ${message}`), recent ? Number(recent) : undefined, early),
);
