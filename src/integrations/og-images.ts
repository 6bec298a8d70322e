/**
 * Draws a share card (Open Graph image) for every built page, after the build.
 *
 * It reads each page's `og:title` and `og:image` from the HTML the layout
 * wrote, so the card and the tag pointing to it cannot disagree. Text is laid
 * out as paths by satori with the font the project ships (assets/fonts, SIL
 * OFL), so Vietnamese diacritics look the same on every machine; sharp turns
 * the SVG into a PNG. Cards are cached by their text: a rebuild draws only
 * pages whose title changed, which keeps a 20,000-page site cheap to rebuild.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import sharp from 'sharp';
import { cardText, cardTree, ogCardSize } from '../lib/og-card.ts';
import { readMeta } from '../lib/html-meta.ts';

const fontDir = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));
/** Bump when the card's look changes, so cached cards are redrawn. */
const cardVersion = '1';

async function loadFonts() {
  const files = (await readdir(fontDir)).filter((f) => f.endsWith('.woff')).sort();
  return Promise.all(
    files.map(async (file) => ({
      // One family per subset file: satori then falls back from one to the
      // next per glyph, so Latin letters and Vietnamese ones (ư, ộ, ế…) both draw.
      name: fontFamilyOf(file),
      data: await readFile(join(fontDir, file)),
      weight: (file.includes('-700-') ? 700 : 400) as 400 | 700,
      style: 'normal' as const,
    })),
  );
}

/** `be-vietnam-pro-vietnamese-700-normal.woff` → `Be Vietnam Pro vietnamese`. */
function fontFamilyOf(file: string): string {
  const subset = /^be-vietnam-pro-(.+)-\d{3}-normal\.woff$/.exec(file)?.[1] ?? file;
  return `Be Vietnam Pro ${subset}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const full = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'og' ? [] : htmlFiles(full);
      return e.name.endsWith('.html') ? [full] : [];
    }),
  );
  return nested.flat();
}

export function ogImages(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('og-cards/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const fonts = await loadFonts();
        await mkdir(cacheDir, { recursive: true });
        const fontStamp = createHash('sha1').update(fonts.map((f) => f.data).reduce((a, b) => Buffer.concat([a, b]))).digest('hex');
        let drawn = 0;
        let reused = 0;
        const drawCard = async (file: string) => {
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
          const svg = await satori(cardTree(text) as Parameters<typeof satori>[0], { ...ogCardSize, fonts });
          // 16 colours without dithering hold the card's flat colours and
          // antialiased text as well as 256 (checked by eye), and take a quarter
          // less time and a third fewer bytes: 22 ms and 17 KB a card against
          // 29 ms and 26.5 KB (BENCHMARKS.md), which counts on 20,000 pages.
          const png = await sharp(Buffer.from(svg)).png({ palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 }).toBuffer();
          await writeFile(cached, png);
          await writeFile(target, png);
          drawn++;
        };
        // sharp rasterises on libuv's thread pool while satori lays out the
        // next card on the main thread, so a few cards in flight use the cores.
        const queue = await htmlFiles(distDir);
        await Promise.all(
          Array.from({ length: 4 }, async () => {
            for (let file = queue.shift(); file; file = queue.shift()) await drawCard(file);
          }),
        );
        const ms = Math.round(performance.now() - started);
        logger.info(`${drawn} thẻ chia sẻ vẽ mới, ${reused} lấy từ bộ nhớ đệm, ${ms} ms`);
      },
    },
  };
}

function pagePathOf(distDir: string, file: string): string {
  const rel = file.slice(distDir.length).split('\\').join('/').replace(/^\/?/, '/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}
