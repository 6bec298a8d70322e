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
 * (src/lib/cards/fast-card.ts), on a worker thread per core. Cards are cached by
 * their text: a rebuild draws only pages whose title changed, which keeps a
 * 20,000-page site cheap to rebuild.
 *
 * Drawing starts as soon as the pages are written (`astro:build:generated`)
 * and is awaited in `astro:build:done`. This integration is listed after the
 * search index's in astro.config.mjs, so under a bare `astro build` the cards
 * draw while Pagefind indexes; `npm run build` indexes after Astro exits.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { failIfAbandoned } from './fail-if-abandoned';
import { cardImagePath, cardText, sharedCard } from '../lib/cards/og-card.ts';
import { cardTitleColour, ogCardSize } from '../lib/cards/card-layout.ts';
import { readMeta } from '../lib/site/html-meta.ts';
import { CardPool } from './og-card-pool.ts';
import { htmlFiles, pagesTwoDown } from './written-pages.ts';
import { loadCardFonts } from './og-fonts.ts';

const fontDir = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));
/** Bump when the card's look or bytes change, so cached cards are redrawn. */
const cardVersion = '4';

interface CardRun {
  drawn: number;
  /** Drawn while Astro was still rendering (see `drawEarly`). */
  early: number;
  reused: number;
  ms: number;
}

interface CardPlan {
  text: ReturnType<typeof cardText>;
  key: string;
  cached: string;
  target: string;
  /** A section's card, which every page of the section but its items names: drawn once. */
  shared: boolean;
}

/** What `drawEarly` did while Astro was writing: the pages it read, and the cards it drew. */
interface EarlyCards {
  /** Each page's size when read, so a page read before it was finished is read again. */
  pages: Map<string, { size: number; plan: CardPlan }>;
  drawn: Map<string, string>;
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
  return { text, key, cached: join(cacheDir, `${key}.png`), target: join(distDir, decodeURIComponent(url.pathname)), shared: !item };
}

/** True the first time a shared card is named: it is drawn for that page alone. Item cards are always their page's own. */
function firstToName(plan: CardPlan, claimed: Set<string>): boolean {
  if (!plan.shared) return true;
  if (claimed.has(plan.target)) return false;
  claimed.add(plan.target);
  return true;
}

const exists = (file: string) => stat(file).then(() => true, () => false);

/**
 * Gives every page in `distDir` its card, from `cacheDir` when its text was
 * drawn before. What `drawEarly` did is not done again: a page it read is
 * not read again unless its size changed, a card it drew is not redrawn.
 */
async function drawCards(distDir: string, cacheDir: string, early: EarlyCards = { pages: new Map(), drawn: new Map() }): Promise<CardRun> {
  const started = performance.now();
  await mkdir(cacheDir, { recursive: true });
  const fontStamp = await fontStampOf();
  let pool: CardPool | undefined;
  let drawn = 0;
  let reused = 0;
  let drawnEarly = 0;
  const claimed = new Set<string>();
  const cardFor = async (file: string) => {
    const before = early.pages.get(file);
    const plan = before && (await stat(file)).size === before.size ? before.plan : planCard(distDir, cacheDir, fontStamp, file, await readFile(file, 'utf8'));
    if (!firstToName(plan, claimed)) return;
    const { text, key, cached, target } = plan;
    if (early.drawn.get(target) === key && (await exists(target))) {
      drawnEarly++;
      return;
    }
    await mkdir(dirname(target), { recursive: true });
    try {
      await copyFile(cached, target);
      reused++;
      return;
    } catch {
      // Not drawn before: draw it below.
    }
    // Workers start only when a card is missing, so a fully cached build pays nothing for them.
    pool ??= new CardPool({ fontDir, titleColour: cardTitleColour, ...ogCardSize });
    await pool.draw(text, { cacheFile: cached, target });
    drawn++;
  };
  try {
    // A few pages read at a time keep the workers' queue full without holding every page in memory.
    const queue = await htmlFiles(distDir, ['og']);
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let file = queue.shift(); file; file = queue.shift()) await cardFor(file);
      }),
    );
  } finally {
    await pool?.close();
  }
  return { drawn, early: drawnEarly, reused, ms: Math.round(performance.now() - started) };
}

/**
 * Draws cards while Astro is still rendering pages, on one worker thread:
 * Astro renders on one core, so on a two-core machine the other core would
 * otherwise wait for the last page before drawing the first card (issue 18).
 * Every few seconds it picks up the pages written since (those `pagesTwoDown`
 * lists, which costs Astro's thread next to nothing), skipping any still
 * being written. Best effort only: `drawCards` looks at every page afterwards.
 */
function drawEarly(distDir: string, cacheDir: string): { stop: () => Promise<EarlyCards> } {
  const done: EarlyCards = { pages: new Map(), drawn: new Map() };
  const claimed = new Set<string>();
  let stopping = false;
  const loop = (async () => {
    await mkdir(cacheDir, { recursive: true });
    const fontStamp = await fontStampOf();
    let pool: CardPool | undefined;
    try {
      while (!stopping) {
        await new Promise((wake) => setTimeout(wake, 2000));
        const fresh = (await pagesTwoDown(distDir, ['og'])).filter((f) => !done.pages.has(f));
        for (let i = 0; i < fresh.length && !stopping; i += 16) {
          await Promise.all(
            fresh.slice(i, i + 16).map(async (file) => {
              const bytes = await readFile(file).catch(() => undefined);
              const html = bytes?.toString('utf8');
              if (!bytes || !html?.includes('</html>')) return;
              let plan: CardPlan;
              try {
                plan = planCard(distDir, cacheDir, fontStamp, file, html);
              } catch {
                return; // drawCards reports it
              }
              done.pages.set(file, { size: bytes.byteLength, plan });
              if (!firstToName(plan, claimed) || (await exists(plan.cached))) return;
              pool ??= new CardPool({ fontDir, titleColour: cardTitleColour, ...ogCardSize, threads: 1 });
              await mkdir(dirname(plan.target), { recursive: true });
              await pool.draw(plan.text, { cacheFile: plan.cached, target: plan.target });
              done.drawn.set(plan.target, plan.key);
            }),
          );
        }
      }
    } finally {
      await pool?.close();
    }
  })();
  return {
    stop: async () => {
      stopping = true;
      // A failed early card only means drawCards draws it.
      await loop.catch(() => undefined);
      return done;
    },
  };
}

export function ogImages(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let early: ReturnType<typeof drawEarly> | undefined;
  let drawing: Promise<CardRun> | undefined;
  const start = (dir: URL) => {
    drawing = (async () => drawCards(fileURLToPath(dir), cacheDir, await early?.stop()))();
    // Awaited in astro:build:done; until then a failure must not count as unhandled.
    drawing.catch(() => {});
  };
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('og-cards/', config.cacheDir));
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        early = drawEarly(outDir, cacheDir);
      },
      'astro:build:generated': ({ dir }) => start(dir),
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) start(dir);
        const run = await failIfAbandoned('Vẽ thẻ chia sẻ', drawing!, (m) => logger.error(m));
        logger.info(`${run.drawn + run.early} thẻ chia sẻ vẽ mới, ${run.reused} lấy từ bộ nhớ đệm, ${run.ms} ms (${run.early} vẽ trong lúc Astro còn dựng trang)`);
      },
    },
  };
}

function pagePathOf(distDir: string, file: string): string {
  const rel = file.slice(distDir.length).split('\\').join('/').replace(/^\/?/, '/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}
