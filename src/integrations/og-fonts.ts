/**
 * The font files share cards are drawn with (assets/fonts, Be Vietnam Pro,
 * SIL OFL), as satori takes them. Shared by the integration, which hashes
 * them into the cache key, and the worker threads that draw.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

export async function loadCardFonts(fontDir: string): Promise<CardFont[]> {
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
