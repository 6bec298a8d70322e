/**
 * What is made from the pages Astro writes: the share cards
 * (src/integrations/og-images.ts) and the search index
 * (src/integrations/pagefind.ts), each page read once for both.
 *
 *   node --import ./scripts/ts-imports.ts scripts/page-steps.ts [--follow] <dist> [recent pages]
 *
 * `npm run build` starts it with `--follow` beside Astro: it reads pages as
 * Astro writes them, on the core Astro's one render thread leaves free, and
 * finishes once its parent sends `pagesWritten`. Without `--follow` it works
 * on a site already written. The second argument, for benchmarks, sets how
 * many of the newest pages the first search scope holds
 * (src/lib/search/scopes.ts). It is a process of its own because Astro and
 * Pagefind would otherwise hold most of their memory in one heap
 * (docs/decisions/0002).
 */
import { resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { failIfAbandoned } from '../src/integrations/fail-if-abandoned.ts';
import { cardCacheIn, cardReport, CardDrawer, noCards } from '../src/integrations/og-images.ts';
import { stepsListening, pagesWritten } from '../src/integrations/page-steps-outside.ts';
import { indexSite } from '../src/integrations/pagefind.ts';
import { IndexStaging, notPages } from '../src/integrations/search-staging.ts';
import { PageReader } from '../src/integrations/written-pages.ts';

const { values, positionals } = parseArgs({ options: { follow: { type: 'boolean', default: false } }, allowPositionals: true });
const [dir, recent] = positionals;
if (!dir || (values.follow && !process.send)) {
  console.error('Cách dùng: node --import ./scripts/ts-imports.ts scripts/page-steps.ts [--follow] <thư mục dist> [số trang mới nhất]');
  process.exit(2);
}
const site = resolve(dir);
const log = (message: string) => console.log(`[hoc-tap-page-steps] ${message}`);

// Astro's cache folder as astro.config.mjs sets it, so `astro build` and this share the cards drawn before.
const root = resolve(import.meta.dirname, '..');
const cards = new CardDrawer(site, cardCacheIn(resolve(root, process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro')));
const staging = new IndexStaging(site);
const cardless = noCards.map((folder) => resolve(site, folder) + sep);
const reader = new PageReader(
  site,
  async (file, html) => {
    await Promise.all([staging.page(file, html), cardless.some((folder) => file.startsWith(folder)) ? undefined : cards.page(file, html)]);
  },
  notPages,
);

if (values.follow) {
  reader.follow();
  // The channel also keeps the process alive while it waits; a parent that goes away fails the build.
  await new Promise<void>((written, gone) => {
    process.on('message', (message) => message === pagesWritten && written());
    process.once('disconnect', () => gone(new Error('Tiến trình dựng đã dừng trước khi các trang viết xong.')));
    process.send!(stepsListening);
  });
  process.disconnect();
  log(`${staging.count} trang tìm kiếm đã chép sẵn trong lúc Astro còn viết.`);
}
const pagesWrittenAt = performance.now();
cards.widen();
const files = await failIfAbandoned('Đọc các trang đã dựng', reader.finish());
const cardsDone = (async () => log(cardReport(await cards.close(), performance.now() - pagesWrittenAt)))();
await failIfAbandoned('Chỉ mục tìm kiếm (Pagefind)', indexSite(site, log, recent ? Number(recent) : undefined, await staging.itemsOf(files)));
await cardsDone;
