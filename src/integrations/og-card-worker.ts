/**
 * A worker thread that draws share cards: the painter
 * (src/lib/cards/fast-card.ts) draws the card's text the main thread sends,
 * asking satori to lay out a card only for a look it has not seen (or a
 * title it cannot draw itself), and the worker writes the PNG to the card
 * cache and links it into the site (./og-card-files.ts). One while Astro
 * writes pages (the core its render thread leaves), then one per core
 * (./og-images.ts `CardDrawer`). Node runs this file directly (type
 * stripping), hence the `.ts` imports.
 */
import { rename, writeFile } from 'node:fs/promises';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import satori from 'satori';
import { placeCard } from './og-card-files.ts';
import { FastCardPainter } from '../lib/cards/fast-card.ts';
import { cardTree, type CardText } from '../lib/cards/card-layout.ts';
import { loadCardFonts } from './og-fonts.ts';

export interface CardJob {
  id: number;
  /** What the card says (src/lib/cards/og-card.ts `cardText`). */
  text: CardText;
  /** Where the PNG goes: the card cache, and the site (whose folder exists). */
  cacheFile: string;
  target: string;
}

export type CardReply = { id: number; error?: string };

const { fontDir, titleColour, width, height } = workerData as { fontDir: string; titleColour: string; width: number; height: number };
// Jobs may arrive before the fonts are read: each one waits for them.
const fonts = loadCardFonts(fontDir);
const painter = fonts.then((f) => new FastCardPainter(f, titleColour));
const svgOf = async (text: CardText) => satori(cardTree(text) as Parameters<typeof satori>[0], { width, height, fonts: await fonts });

parentPort!.on('message', async (job: CardJob) => {
  try {
    const png = await (await painter).paint(job.text, svgOf);
    // Into the cache by renaming, so a build stopped halfway never leaves a cut-off card to be reused;
    // the site gets the cached file itself.
    const partial = `${job.cacheFile}.${threadId}.part`;
    await writeFile(partial, png);
    await rename(partial, job.cacheFile);
    await placeCard(job.cacheFile, job.target);
    parentPort!.postMessage({ id: job.id } satisfies CardReply);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies CardReply);
  }
});
