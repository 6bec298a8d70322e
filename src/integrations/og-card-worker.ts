/**
 * A worker thread that draws share cards: satori lays out the element tree
 * the main thread sends (src/lib/cards/og-card.ts builds it), the painter turns the
 * SVG into a PNG (src/lib/cards/card-png.ts), and the worker writes it to the card
 * cache and to the site. One per core, so cards draw on every core while the
 * main thread feeds the search index. Node runs this file directly (type
 * stripping), hence the `.ts` imports.
 */
import { rename, writeFile } from 'node:fs/promises';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import satori from 'satori';
import { CardPainter } from '../lib/cards/card-png.ts';
import { loadCardFonts } from './og-fonts.ts';

export interface CardJob {
  id: number;
  /** The satori element tree of the card. */
  tree: unknown;
  /** Where the PNG goes: the card cache, and the site (whose folder exists). */
  cacheFile: string;
  target: string;
}

export type CardReply = { id: number; error?: string };

const { fontDir, titleColour, width, height } = workerData as { fontDir: string; titleColour: string; width: number; height: number };
// Jobs may arrive before the fonts are read: each one waits for them.
const fonts = loadCardFonts(fontDir);
const painter = new CardPainter(titleColour);

parentPort!.on('message', async (job: CardJob) => {
  try {
    const svg = await satori(job.tree as Parameters<typeof satori>[0], { width, height, fonts: await fonts });
    const png = painter.paint(svg);
    await writeFile(job.target, png);
    // Into the cache by renaming, so a build stopped halfway never leaves a cut-off card to be reused.
    const partial = `${job.cacheFile}.${threadId}.part`;
    await writeFile(partial, png);
    await rename(partial, job.cacheFile);
    parentPort!.postMessage({ id: job.id } satisfies CardReply);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies CardReply);
  }
});
