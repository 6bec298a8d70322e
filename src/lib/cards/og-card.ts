/**
 * `src/lib/cards/` draws the share card (Open Graph image) of every page.
 * It exists because the cards dominated build time: sharp (librsvg plus
 * libimagequant) took 19 ms of CPU per card, this folder's own rasteriser
 * and PNG writer 5.2 (docs/decisions/0001); with satori's layout a card
 * still took 11–14.5, and titles drawn without satori (`fast-card.ts`) bring
 * an item card to 1.1–1.6 (`scripts/bench/card-encode.ts`). It is checked
 * against sharp and satori: the unit tests decode every PNG with sharp
 * (`png.test.ts`, `card-png.test.ts`), compare a card with librsvg's
 * rendering of the same SVG and with one drawn shape by shape afresh
 * (`card-png.test.ts`), check the coverage maths (`raster.test.ts`), and
 * compare titles laid out here with satori's, path for path and pixel for
 * pixel (`fast-card.test.ts`).
 * Files: this module (what a card says and its layout), `raster.ts` (SVG
 * shapes to palette pixels), `png.ts` (the PNG writer), `card-png.ts`
 * (reuses what a section's cards share), `fast-card.ts` (draws titles
 * without satori, from `glyph-fonts.ts`, `text-layout.ts` and
 * `glyph-masks.ts`).
 *
 * The share card every page gets: where its PNG lives and what it says; its
 * layout is `card-layout.ts`. Pure, so the wording and layout are tested
 * without rendering; `src/integrations/og-card-worker.ts` does the drawing.
 */
import { sectionPaths } from '../site/routes.ts';
import { ui, type Section } from '../site/ui.ts';
import type { CardText } from './card-layout.ts';


/** `/tin-tuc/abc/` → `/og/tin-tuc/abc.png`; the home page is `/og/index.png`. */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/**
 * The card a page that is not an item shares: its section's, or the home
 * page's. Only item pages are shared one by one, so only they get a card of
 * their own; a list, its pages and the other pages show one card per section
 * (issue 18: cards were most of the build's time on a large site).
 */
export function sharedCard(pagePath: string): { path: string; title: string } {
  const section = sectionOfPath(pagePath);
  return section ? { path: ogImagePath(sectionPaths[section]), title: ui.sections[section] } : { path: ogImagePath('/'), title: ui.siteName };
}

/** Where a page's card is: an item page's own, else the one it shares (`sharedCard`). */
export function cardImagePath(pagePath: string, isItem: boolean): string {
  return isItem ? ogImagePath(pagePath) : sharedCard(pagePath).path;
}

/** The section a page belongs to, from its URL, for the card's small heading. */
export function sectionOfPath(pagePath: string): Section | undefined {
  const first = `/${pagePath.split('/').filter(Boolean)[0] ?? ''}/`;
  return (Object.keys(sectionPaths) as Section[]).find((s) => sectionPaths[s] === first);
}

/** Titles longer than this are cut at a word and end with "…", so the card never overflows. */
const maxTitleChars = 120;

export function cardText(pagePath: string, title: string, host: string): CardText {
  const section = sectionOfPath(pagePath);
  return {
    kicker: section ? ui.sections[section] : ui.siteTagline,
    title: shorten(title, maxTitleChars),
    footer: `${ui.siteName} · ${host}`,
  };
}

export function shorten(text: string, max: number): string {
  const chars = [...text.normalize('NFC')];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}
