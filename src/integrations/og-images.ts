/**
 * Draws a share card (Open Graph image) for every built page.
 *
 * It reads each page's `og:title` and `og:image` from the HTML the layout
 * wrote, so the card and the tag pointing to it cannot disagree. Text is laid
 * out as paths by satori with the font the project ships (assets/fonts, SIL
 * OFL), so Vietnamese diacritics look the same on every machine; the SVG is
 * painted straight into palette indices and written as a PNG
 * (src/lib/cards/card-png.ts), on a worker thread per core. Cards are cached by
 * their text: a rebuild draws only pages whose title changed, which keeps a
 * 20,000-page site cheap to rebuild.
 *
 * Drawing starts as soon as the pages are written (`astro:build:generated`)
 * and is awaited in `astro:build:done`. This integration is listed after the
 * search index's in astro.config.mjs, so under a bare `astro build` the cards
 * draw while Pagefind indexes; `npm run build` indexes after Astro exits.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { failIfAbandoned } from './fail-if-abandoned';
import { cardText, cardTitleColour, cardTree, ogCardSize } from '../lib/cards/og-card.ts';
import { readMeta } from '../lib/site/html-meta.ts';
import { CardPool } from './og-card-pool.ts';
import { loadCardFonts } from './og-fonts.ts';

const fontDir = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));
/** Bump when the card's look changes, so cached cards are redrawn. */
const cardVersion = '3';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const full = join(dir, e.name);
      // Dot folders are Astro's own (`.prerender/` holds build chunks it is still deleting when drawing starts).
      if (e.isDirectory()) return e.name === 'og' || e.name.startsWith('.') ? [] : htmlFiles(full);
      return e.name.endsWith('.html') ? [full] : [];
    }),
  );
  return nested.flat();
}

interface CardRun {
  drawn: number;
  reused: number;
  ms: number;
}

/** Gives every page in `distDir` its card, from `cacheDir` when its text was drawn before. */
async function drawCards(distDir: string, cacheDir: string): Promise<CardRun> {
  const started = performance.now();
  const fonts = await loadCardFonts(fontDir);
  await mkdir(cacheDir, { recursive: true });
  const fontStamp = createHash('sha1').update(Buffer.concat(fonts.map((f) => f.data))).digest('hex');
  let pool: CardPool | undefined;
  let drawn = 0;
  let reused = 0;
  const cardFor = async (file: string) => {
    const meta = readMeta(await readFile(file, 'utf8'));
    const image = meta['og:image'];
    const title = meta['og:title'];
    if (!image || !title) throw new Error(`${file}: thiếu og:image hoặc og:title`);
    const url = new URL(image);
    const text = cardText(pagePathOf(distDir, file), title, url.host);
    const key = createHash('sha1').update(JSON.stringify([cardVersion, fontStamp, text])).digest('hex');
    const cached = join(cacheDir, `${key}.png`);
    const target = join(distDir, decodeURIComponent(url.pathname));
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
    await pool.draw(cardTree(text), { cacheFile: cached, target });
    drawn++;
  };
  try {
    // A few pages read at a time keep the workers' queue full without holding every page in memory.
    const queue = await htmlFiles(distDir);
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let file = queue.shift(); file; file = queue.shift()) await cardFor(file);
      }),
    );
  } finally {
    await pool?.close();
  }
  return { drawn, reused, ms: Math.round(performance.now() - started) };
}

export function ogImages(): AstroIntegration {
  let cacheDir = '';
  let drawing: Promise<CardRun> | undefined;
  const start = (dir: URL) => {
    drawing = drawCards(fileURLToPath(dir), cacheDir);
    // Awaited in astro:build:done; until then a failure must not count as unhandled.
    drawing.catch(() => {});
  };
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('og-cards/', config.cacheDir));
      },
      'astro:build:generated': ({ dir }) => start(dir),
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) start(dir);
        const { drawn, reused, ms } = await failIfAbandoned('Vẽ thẻ chia sẻ', drawing!, (m) => logger.error(m));
        logger.info(`${drawn} thẻ chia sẻ vẽ mới, ${reused} lấy từ bộ nhớ đệm, ${ms} ms`);
      },
    },
  };
}

function pagePathOf(distDir: string, file: string): string {
  const rel = file.slice(distDir.length).split('\\').join('/').replace(/^\/?/, '/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}
