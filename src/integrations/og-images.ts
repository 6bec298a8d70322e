/**
 * Draws the share cards (Open Graph images): one for every item page, and
 * one per section that the section's other pages share (src/lib/cards/og-card.ts).
 *
 * It reads each page's `og:title` and `og:image` from the HTML the layout
 * wrote, so the card and the tag pointing to it cannot disagree. Text is drawn
 * with the font the project ships (assets/fonts, SIL OFL), so Vietnamese
 * diacritics look the same on every machine: satori lays out the first card
 * of each look, and titles are laid out as satori would and drawn from cached
 * glyphs straight into palette indices, then written as a PNG
 * (src/lib/cards/fast-card.ts), on worker threads. Cards are cached by
 * their text: a rebuild draws only pages whose title changed, which keeps a
 * 20,000-page site cheap to rebuild.
 *
 * Pages are handed over as Astro writes them (./written-pages.ts), so cards
 * are drawn on the core Astro's one render thread leaves free. `npm run build`
 * draws them in the process that also builds the search index
 * (scripts/page-steps.ts), off Astro's thread; a bare `astro build` draws them
 * here, and awaits them in `astro:build:done`.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { failIfAbandoned } from './fail-if-abandoned';
import { pageStepsOutside } from './page-steps-outside';
import { cardImagePath, cardText, sharedCard } from '../lib/cards/og-card.ts';
import { cardTitleColour, ogCardSize } from '../lib/cards/card-layout.ts';
import { readMeta } from '../lib/site/html-meta.ts';
import { CardPool } from './og-card-pool.ts';
import { placeCard } from './og-card-files.ts';
import { PageReader } from './written-pages.ts';
import { loadCardFonts } from './og-fonts.ts';

const fontDir = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));
/** Bump when the card's look or bytes change, so cached cards are redrawn. */
const cardVersion = '4';

/** Where the cards are cached, in Astro's cache folder. */
export const cardCacheIn = (astroCacheDir: string) => join(astroCacheDir, 'og-cards');

/** Folders of the built site that hold no pages with cards: the cards themselves, and the editor's page (./admin.ts), which is not the site's. */
export const noCards = ['og', 'admin'];

export interface CardRun {
  drawn: number;
  /** Drawn while Astro was still writing pages. */
  early: number;
  reused: number;
}

interface CardPlan {
  text: ReturnType<typeof cardText>;
  key: string;
  cached: string;
  target: string;
}

async function fontStampOf(): Promise<string> {
  const fonts = await loadCardFonts(fontDir);
  return createHash('sha1').update(Buffer.concat(fonts.map((f) => f.data))).digest('hex');
}

/** What a page's card is: its text, cache key and file. */
function planCard(distDir: string, cacheDir: string, fontStamp: string, file: string, html: string): CardPlan {
  const meta = readMeta(html);
  const image = meta['og:image'];
  const title = meta['og:title'];
  if (!image || !title) throw new Error(`${file}: thiếu og:image hoặc og:title`);
  const url = new URL(image);
  const pagePath = pagePathOf(distDir, file);
  // Item pages (the ones search indexes) have a card of their own; the rest share one per section.
  const item = html.includes('data-pagefind-body');
  if (cardImagePath(pagePath, item) !== decodeURIComponent(url.pathname)) throw new Error(`${file}: og:image ${image} không phải thẻ của trang`);
  const text = item ? cardText(pagePath, title, url.host) : cardText('/', sharedCard(pagePath).title, url.host);
  const key = createHash('sha1').update(JSON.stringify([cardVersion, fontStamp, text])).digest('hex');
  return { text, key, cached: join(cacheDir, `${key}.png`), target: join(distDir, decodeURIComponent(url.pathname)) };
}

/**
 * Gives each page it is handed (`page`, a `PageHandler`) its card, from the
 * cache when its text was drawn before. `page` only queues a card to draw,
 * so whoever reads the pages is not held up by drawing. Drawing uses one
 * worker thread while Astro writes, the core it leaves free, and one per
 * core once `widen` says Astro is done; `close` waits for every card.
 */
export class CardDrawer {
  private readonly run: CardRun = { drawn: 0, early: 0, reused: 0 };
  /** The card each target holds, by its cache key: a section's shared card is drawn for the first page naming it. */
  private readonly done = new Map<string, string>();
  private readonly drawing: Promise<void>[] = [];
  private readonly folders = new Map<string, Promise<unknown>>();
  private readonly fontStamp: Promise<string>;
  private readonly distDir: string;
  private readonly cacheDir: string;
  private pool: CardPool | undefined;
  private threads = 1;

  constructor(distDir: string, cacheDir: string) {
    this.distDir = distDir;
    this.cacheDir = cacheDir;
    this.fontStamp = mkdir(cacheDir, { recursive: true }).then(fontStampOf);
  }

  readonly page = async (file: string, html: string): Promise<void> => {
    const plan = planCard(this.distDir, this.cacheDir, await this.fontStamp, file, html);
    if (this.done.get(plan.target) === plan.key) return;
    this.done.set(plan.target, plan.key);
    await this.folderOf(plan.target);
    try {
      await placeCard(plan.cached, plan.target);
      this.run.reused++;
      return;
    } catch {
      // Not drawn before: draw it below.
    }
    // Workers start only when a card is missing, so a fully cached build pays nothing for them.
    this.pool ??= new CardPool({ fontDir, titleColour: cardTitleColour, ...ogCardSize, threads: this.threads });
    const drawn = this.pool.draw(plan.text, { cacheFile: plan.cached, target: plan.target }).then(() => void this.run.drawn++);
    // Awaited in `close`; until then a failure must not count as unhandled.
    drawn.catch(() => {});
    this.drawing.push(drawn);
  };

  /** Makes a card's folder once for all the cards in it (a section's cards share one). */
  private folderOf(target: string): Promise<unknown> {
    const folder = dirname(target);
    let made = this.folders.get(folder);
    if (!made) this.folders.set(folder, (made = mkdir(folder, { recursive: true })));
    return made;
  }

  /** Astro is done: every core may draw from now on. */
  widen(): void {
    this.run.early = this.run.drawn;
    this.threads = availableParallelism();
    this.pool?.grow(this.threads);
  }

  async close(): Promise<CardRun> {
    try {
      await Promise.all(this.drawing);
    } finally {
      await this.pool?.close();
    }
    return { ...this.run, drawn: this.run.drawn - this.run.early };
  }
}

export function ogImages(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let drawer: CardDrawer | undefined;
  let reader: PageReader | undefined;
  let reading: Promise<unknown> | undefined;
  let pagesWrittenAt = 0;
  // `npm run build` draws the cards beside Astro, in scripts/page-steps.ts.
  const here = () => process.env[pageStepsOutside] !== '1';
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = cardCacheIn(fileURLToPath(config.cacheDir));
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (!here()) return;
        drawer = new CardDrawer(outDir, cacheDir);
        reader = new PageReader(outDir, drawer.page, noCards);
        reader.follow();
      },
      'astro:build:generated': () => {
        if (!reader) return;
        pagesWrittenAt = performance.now();
        drawer!.widen();
        reading = reader.finish();
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        reading.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!drawer) return;
        await failIfAbandoned('Vẽ thẻ chia sẻ', reading!, (m) => logger.error(m));
        logger.info(cardReport(await drawer.close(), performance.now() - pagesWrittenAt));
      },
    },
  };
}

/** The benchmark reads this line. */
export function cardReport(run: CardRun, msAfterPages: number): string {
  return `${run.drawn + run.early} thẻ chia sẻ vẽ mới, ${run.reused} lấy từ bộ nhớ đệm, ${Math.round(msAfterPages)} ms (${run.early} vẽ trong lúc Astro còn dựng trang)`;
}

function pagePathOf(distDir: string, file: string): string {
  const rel = file.slice(distDir.length).split('\\').join('/').replace(/^\/?/, '/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}
